package org.kring.load;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composed YAML nodes as bytes for {@link ReadCache}: what {@link YamlMap} reads of them (kind, tag, scalar value
 * and style, flow style, the line and column where each starts), nothing else. Marks carry no text: they only
 * place problems.
 */
final class YamlCodec {
    private static final DumperOptions.ScalarStyle[] SCALAR = DumperOptions.ScalarStyle.values();
    private static final DumperOptions.FlowStyle[] FLOW = DumperOptions.FlowStyle.values();
    /** The tags a front matter's nodes have, written as their place here; any other is written out. */
    private static final Tag[] TAGS = {Tag.STR, Tag.MAP, Tag.SEQ, Tag.NULL, Tag.INT, Tag.BOOL, Tag.FLOAT,
        Tag.TIMESTAMP};

    private YamlCodec() {
    }

    /** Whether {@code root} is a tree (no node reached twice, as an alias makes), within the composer's depth. */
    static boolean tree(Node root) {
        return tree(root, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static boolean tree(Node n, Set<Node> seen, int depth) {
        if (!seen.add(n) || depth > YamlNodes.MAX_DEPTH + 1) {
            return false;
        }
        if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                if (!tree(item, seen, depth + 1)) {
                    return false;
                }
            }
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!tree(t.getKeyNode(), seen, depth + 1) || !tree(t.getValueNode(), seen, depth + 1)) {
                    return false;
                }
            }
        } else if (!(n instanceof ScalarNode)) {
            return false;
        }
        return true;
    }

    static void write(Node n, ReadCache.Out out) {
        Mark m = n.getStartMark();
        out.integer(m == null ? -1 : m.getLine());
        out.integer(m == null ? -1 : m.getColumn());
        int tag = java.util.Arrays.asList(TAGS).indexOf(n.getTag());
        out.integer(tag);
        if (tag < 0) {
            out.string(n.getTag().getValue());
        }
        if (n instanceof ScalarNode s) {
            out.integer(0);
            out.integer(s.getScalarStyle().ordinal());
            out.string(s.getValue());
        } else if (n instanceof SequenceNode s) {
            out.integer(1);
            out.integer(s.getFlowStyle().ordinal());
            out.integer(s.getValue().size());
            s.getValue().forEach(item -> write(item, out));
        } else {
            MappingNode map = (MappingNode) n;
            out.integer(2);
            out.integer(map.getFlowStyle().ordinal());
            out.integer(map.getValue().size());
            for (NodeTuple t : map.getValue()) {
                write(t.getKeyNode(), out);
                write(t.getValueNode(), out);
            }
        }
    }

    static Node read(ByteBuffer in, int depth) {
        if (depth > YamlNodes.MAX_DEPTH + 1) {
            throw new IllegalArgumentException("deeper than YAML is composed");
        }
        int line = in.getInt();
        int column = in.getInt();
        Mark mark = line < 0 ? null : new Mark("", 0, line, column, new int[0], 0);
        int code = in.getInt();
        Tag tag = code == -1 ? new Tag(ReadCache.string(in)) : TAGS[code];
        int kind = in.getInt();
        int style = in.getInt();
        switch (kind) {
            case 0 -> {
                return new ScalarNode(tag, ReadCache.string(in), mark, mark, SCALAR[style]);
            }
            case 1 -> {
                int n = in.getInt();
                List<Node> items = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    items.add(read(in, depth + 1));
                }
                return new SequenceNode(tag, true, items, mark, mark, FLOW[style]);
            }
            case 2 -> {
                int n = in.getInt();
                List<NodeTuple> tuples = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    tuples.add(new NodeTuple(read(in, depth + 1), read(in, depth + 1)));
                }
                return new MappingNode(tag, true, tuples, mark, mark, FLOW[style]);
            }
            default -> throw new IllegalArgumentException("not a YAML node");
        }
    }
}
