package org.kring.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.kring.model.TextDirection;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Adds a language to the text of site.yml. The file is the site's author's: its comments, blank lines, key
 * order and quoting stay exactly as they were, so the new entry is inserted as text after the last
 * language, in the style of the first one, instead of dumping the parsed YAML again.
 *
 * <p>Works on text with {@code \n} line ends; the caller keeps the file's own line ends and byte order mark.
 */
final class SiteYmlEdit {
    /** A scalar YAML reads back as the same text without quotes: no indicator first, no ": " or " #" inside. */
    private static final Pattern PLAIN = Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s][^,\\[\\]{}\\p{Cntrl}]*");
    private static final Resolver RESOLVER = new Resolver();

    private SiteYmlEdit() {
    }

    /**
     * A language as site.yml lists it.
     *
     * @param dir      written only when not null: the reader's default needs no line
     * @param fallback written only when not empty
     */
    record Entry(String code, String name, TextDirection dir, List<String> fallback) {
    }

    /** The 1-based line where site.yml lists {@code code} (compared case-insensitively), or 0. */
    static int lineOf(String text, String code) {
        SequenceNode languages = languages(text);
        if (languages == null) {
            return 0;
        }
        for (Node item : languages.getValue()) {
            if (item instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("code")
                            && t.getValueNode() instanceof ScalarNode v && v.getValue().equalsIgnoreCase(code)) {
                        return v.getStartMark().getLine() + 1;
                    }
                }
            }
        }
        return 0;
    }

    /**
     * The text with {@code entry} after the last language. Returns null when site.yml has no list of
     * languages to add to (the reader reports that file's own problems).
     */
    static String appendLanguage(String text, Entry entry) {
        SequenceNode languages = languages(text);
        if (languages == null) {
            return null;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (languages.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            // [ {code: en, name: English} ]: the new entry goes before the closing bracket, in flow style too.
            Mark end = languages.getEndMark();
            String line = lines.get(end.getLine());
            int bracket = line.offsetByCodePoints(0, end.getColumn() - 1);
            String item = (languages.getValue().isEmpty() ? "" : ", ") + flowEntry(entry);
            lines.set(end.getLine(), line.substring(0, bracket) + item + line.substring(bracket));
            return String.join("\n", lines);
        }
        List<Node> items = languages.getValue();
        Node first = items.get(0);
        String firstLine = lines.get(first.getStartMark().getLine());
        String lead = firstLine.substring(0, firstLine.offsetByCodePoints(0, first.getStartMark().getColumn()));
        String prefix = lead.matches("\\s*-\\s+") ? lead
                : " ".repeat(Math.max(0, first.getStartMark().getColumn() - 2)) + "- ";
        String indent = " ".repeat(prefix.length());
        List<String> block = new ArrayList<>();
        block.add(prefix + "code: " + scalar(entry.code()));
        block.add(indent + "name: " + scalar(entry.name()));
        if (entry.dir() != null) {
            block.add(indent + "dir: " + entry.dir().attr());
        }
        if (!entry.fallback().isEmpty()) {
            block.add(indent + "fallback: " + flowList(entry.fallback()));
        }
        Mark end = lastLeaf(items.get(items.size() - 1)).getEndMark();
        // A block scalar ends at the start of the line after it; anything else ends on its last line, which may
        // carry a comment that belongs to it.
        int at = end.getColumn() == 0 ? end.getLine() : end.getLine() + 1;
        if (at >= lines.size()) {
            if (!lines.get(lines.size() - 1).isEmpty()) {
                lines.add("");
            }
            at = lines.size() - 1;
        }
        lines.addAll(at, block);
        return String.join("\n", lines);
    }

    /** The deepest last node of an item in block style: where its text ends, before what follows it. */
    private static Node lastLeaf(Node node) {
        Node n = node;
        while (true) {
            if (n instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW
                    && !m.getValue().isEmpty()) {
                n = m.getValue().get(m.getValue().size() - 1).getValueNode();
            } else if (n instanceof SequenceNode s && s.getFlowStyle() != DumperOptions.FlowStyle.FLOW
                    && !s.getValue().isEmpty()) {
                n = s.getValue().get(s.getValue().size() - 1);
            } else {
                return n;
            }
        }
    }

    private static SequenceNode languages(String text) {
        Node root = org.kring.load.YamlNodes.compose(text);
        if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("languages")
                        && t.getValueNode() instanceof SequenceNode s
                        && (s.getFlowStyle() == DumperOptions.FlowStyle.FLOW || !s.getValue().isEmpty())) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String flowEntry(Entry e) {
        StringBuilder sb = new StringBuilder("{code: ").append(scalar(e.code())).append(", name: ")
                .append(scalar(e.name()));
        if (e.dir() != null) {
            sb.append(", dir: ").append(e.dir().attr());
        }
        if (!e.fallback().isEmpty()) {
            sb.append(", fallback: ").append(flowList(e.fallback()));
        }
        return sb.append('}').toString();
    }

    private static String flowList(List<String> values) {
        return "[" + String.join(", ", values.stream().map(SiteYmlEdit::scalar).toList()) + "]";
    }

    /** A text as YAML reads it back unchanged: plain when that is safe, else double-quoted. */
    static String scalar(String s) {
        boolean plain = PLAIN.matcher(s).matches() && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":")
                && !s.endsWith(" ") && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c < 0x20) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }
}
