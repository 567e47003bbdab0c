package org.kring.segment;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.kring.Problems;
import org.kring.markdown.ContainerBlock;
import org.kring.markdown.MarkdownReader;
import org.kring.model.Markdown;
import org.kring.model.SourceFile;
import org.kring.load.FrontMatter;
import org.kring.model.Field;
import org.kring.model.Schema;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Splits a content file into its translatable segments, in file order, with where each one is in the text
 * so a translation can be written back in place. Structural values (numbers, minutes, ids) are not
 * segments; code blocks and raw HTML are kept as they are.
 */
public final class Segmenter {
    private final MarkdownReader markdown = new MarkdownReader();
    private final org.kring.load.ReadCache cache;

    public Segmenter() {
        this(null);
    }

    /** @param cache the segments an earlier build made of the same texts, or null to make every file's now */
    public Segmenter(org.kring.load.ReadCache cache) {
        this.cache = cache;
    }

    public List<Segment> segments(SourceFile file) {
        return segments(file, null);
    }

    /**
     * The segments of {@code file}; {@code parsed}, when not null, is its body as the loader already parsed
     * it (same reader, same text), so it is not parsed again.
     */
    public List<Segment> segments(SourceFile file, Markdown parsed) {
        return cache == null ? make(file, parsed) : cache.segments(file, () -> make(file, parsed));
    }

    private List<Segment> make(SourceFile file, Markdown parsed) {
        String text = file.text();
        List<Segment> out = new ArrayList<>();
        FrontMatter.Split split = FrontMatter.split(text);
        if (split == null) {
            return out;
        }
        Schema schema = Schema.forPath(file.contentPath());
        MappingNode map = compose(split.yaml(text));
        if (schema != null && map != null) {
            fields(map, schema, "", null, split.yamlStart(), out);
        }
        Markdown md = parsed != null && parsed.file() == file ? parsed
                : markdown.read(file, split.body(text), split.bodyLine() - 1, new Problems());
        body(md.root(), split.bodyStart(), split.bodyLine(), text, out);
        return out;
    }

    /**
     * The places of the structure (numbers, minutes, ids, times) in a file's front matter, as character ranges
     * to delete so that only text is left, with each list item kept in its place: what a translation file holds.
     * A map left without keys becomes {@code {}}. Empty when the file has no structure or is not readable.
     */
    public static List<Cut> structure(SourceFile file) {
        String text = file.text();
        List<Cut> out = new ArrayList<>();
        FrontMatter.Split split = FrontMatter.split(text);
        Schema schema = Schema.forPath(file.contentPath());
        MappingNode map = split == null || schema == null ? null : compose(split.yaml(text));
        if (map != null) {
            structure(map, schema, text, split.yamlStart(), out);
        }
        return out;
    }

    private static MappingNode compose(String yaml) {
        try {
            return org.kring.load.YamlNodes.compose(yaml) instanceof MappingNode m ? m : null;
        } catch (RuntimeException e) {
            return null; // reported by the loader with its line
        }
    }

    /** The text keys of one map (the front matter, or an item of a list such as the agenda), in file order. */
    private static void fields(MappingNode map, Schema schema, String path, String parent, int offset,
            List<Segment> out) {
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                continue;
            }
            Field field = schema.field(k.getValue());
            if (field == null) {
                continue;
            }
            String key = path + field.name();
            org.yaml.snakeyaml.nodes.Node v = t.getValueNode();
            if (field.isText()) {
                String context = field.context(parent);
                if (v instanceof ScalarNode s) {
                    scalar(key, context, s, offset, out);
                } else if (v instanceof SequenceNode seq) {
                    int i = 1;
                    for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                        if (item instanceof ScalarNode s) {
                            scalar(key + "/" + i, context, s, offset, out);
                        }
                        i++;
                    }
                }
            } else if (field.isList() && v instanceof SequenceNode seq) {
                int i = 1;
                for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                    if (item instanceof MappingNode m) {
                        fields(m, field.items(), key + "/" + i + "/", path.isEmpty() ? field.name() : parent + " "
                                + field.name(), offset, out);
                    }
                    i++;
                }
            }
        }
    }

    /** Characters {@code [start, end)} of a file's text to replace with {@code replacement}. */
    public record Cut(int start, int end, String replacement) {
    }

    private static void structure(MappingNode map, Schema schema, String text, int offset, List<Cut> out) {
        List<NodeTuple> tuples = map.getValue();
        boolean[] remove = new boolean[tuples.size()];
        int removed = 0;
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple t = tuples.get(i);
            Field field = t.getKeyNode() instanceof ScalarNode k ? schema.field(k.getValue()) : null;
            if (field == null) {
                continue;
            }
            if (field.isList()) {
                if (t.getValueNode() instanceof SequenceNode seq) {
                    for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                        if (item instanceof MappingNode m) {
                            structure(m, field.items(), text, offset, out);
                        }
                    }
                }
            } else if (field.isStructure()) {
                remove[i] = true;
                removed++;
            }
        }
        if (removed == 0) {
            return;
        }
        if (removed == tuples.size()) {
            boolean flow = map.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW;
            out.add(flow ? new Cut(offset + map.getStartMark().getIndex(), offset + map.getEndMark().getIndex(), "{}")
                    : new Cut(offset + start(tuples.get(0)), end(tuples.get(tuples.size() - 1), text, offset), "{}"));
            return;
        }
        for (int i = 0; i < tuples.size(); i++) {
            if (!remove[i]) {
                continue;
            }
            int j = i;
            while (j < tuples.size() && remove[j]) {
                j++;
            }
            if (j < tuples.size()) {
                // Up to the next kept key, so a list item's "- " stays with the key that is left.
                out.add(new Cut(offset + start(tuples.get(i)), offset + start(tuples.get(j)), ""));
            } else {
                // The last keys: from the end of the last kept value, so the line break before "---" stays.
                out.add(new Cut(end(tuples.get(i - 1), text, offset), end(tuples.get(j - 1), text, offset), ""));
            }
            i = j;
        }
    }

    private static int start(NodeTuple t) {
        return t.getKeyNode().getStartMark().getIndex();
    }

    /** The end of a key's value, without the line breaks and spaces a block value's end mark includes. */
    private static int end(NodeTuple t, String text, int offset) {
        int end = offset + t.getValueNode().getEndMark().getIndex();
        while (end > offset && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void scalar(String key, String context, ScalarNode s, int offset, List<Segment> out) {
        if (s.getValue().isBlank()) {
            return;
        }
        int start = offset + s.getStartMark().getIndex();
        int end = offset + s.getEndMark().getIndex();
        out.add(new Segment(key, s.getValue(), context, s.getStartMark().getLine() + 2,
                List.of(new Segment.Range(start, end)), true));
    }

    private static void body(Node root, int bodyStart, int bodyLine, String text, List<Segment> out) {
        int[] n = {0};
        root.accept(new AbstractVisitor() {
            String where = "text";

            @Override
            public void visit(Heading heading) {
                add(heading, "heading");
            }

            @Override
            public void visit(Paragraph paragraph) {
                add(paragraph, where);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell cell) {
                    add(cell, "table cell");
                } else {
                    visitChildren(node);
                }
            }

            @Override
            public void visit(CustomBlock block) {
                String before = where;
                if (block instanceof ContainerBlock c) {
                    if (c.title() != null && !block.getSourceSpans().isEmpty()) {
                        SourceSpan first = block.getSourceSpans().get(0);
                        int lineStart = bodyStart + first.getInputIndex();
                        int lineEnd = text.indexOf('\n', lineStart);
                        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                        int at = text.lastIndexOf(c.title(), lineEnd);
                        if (at >= lineStart) {
                            out.add(new Segment("body/" + (++n[0]), c.title(), c.kindName() + " title",
                                    bodyLine + first.getLineIndex(), List.of(new Segment.Range(at, at + c.title().length())),
                                    false));
                        }
                    }
                    where = c.kindName() == null ? where : c.kindName();
                }
                visitChildren(block);
                where = before;
            }

            private void add(Node node, String context) {
                List<Segment.Range> ranges = new ArrayList<>();
                StringBuilder sb = new StringBuilder();
                for (SourceSpan span : org.kring.markdown.InlineSpans.of(node)) {
                    int start = bodyStart + span.getInputIndex();
                    int end = start + span.getLength();
                    ranges.add(new Segment.Range(start, end));
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(text, start, end);
                }
                if (ranges.isEmpty()) {
                    return;
                }
                String s = sb.toString();
                if (node instanceof Heading) {
                    // Keep an explicit {#id} out of the text to translate; it stays in the file.
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*\\{#[\\p{L}\\p{N}_-]+\\}\\s*$").matcher(s);
                    if (m.find()) {
                        Segment.Range last = ranges.get(ranges.size() - 1);
                        ranges.set(ranges.size() - 1, new Segment.Range(last.start(), last.end() - (s.length() - m.start())));
                        s = s.substring(0, m.start());
                    }
                }
                if (s.isBlank()) {
                    return;
                }
                out.add(new Segment("body/" + (++n[0]), s, context, bodyLine + node.getSourceSpans().get(0).getLineIndex(),
                        List.copyOf(ranges), false));
            }
        });
    }

    static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
