package org.kring.segment;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
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
    /** Front matter keys whose values are texts to translate (single texts or lists of texts). */
    static final Set<String> TEXT_KEYS = Set.of("title", "short_title", "description", "when", "audience",
            "objectives", "materials", "self_check", "questions", "key_messages", "refer_when", "languages", "accreditation");

    private final MarkdownReader markdown = new MarkdownReader();

    public List<Segment> segments(SourceFile file) {
        return segments(file, null);
    }

    /**
     * The segments of {@code file}; {@code parsed}, when not null, is its body as the loader already parsed
     * it (same reader, same text), so it is not parsed again.
     */
    public List<Segment> segments(SourceFile file, Markdown parsed) {
        String text = file.text();
        List<Segment> out = new ArrayList<>();
        if (!text.startsWith("---\n")) {
            return out;
        }
        int close = closingLine(text);
        if (close < 0) {
            return out;
        }
        frontMatter(text.substring(4, close), 4, COURSE_FILE.matcher(file.name()).find(), out);
        int bodyStart = text.indexOf('\n', close);
        bodyStart = bodyStart < 0 ? text.length() : bodyStart + 1;
        int bodyLine = lineAt(text, bodyStart);
        Markdown md = parsed != null && parsed.file() == file ? parsed
                : markdown.read(file, text.substring(bodyStart), bodyLine - 1, new Problems());
        body(md.root(), bodyStart, bodyLine, text, out);
        return out;
    }

    /** Index of the closing "---" line of the front matter, or -1. */
    public static int closingLine(String text) {
        int pos = 4;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, end);
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (eol < 0) {
                return -1;
            }
            pos = eol + 1;
        }
        return -1;
    }

    /** A course file: its {@code languages} are language codes (structure), not names to translate. */
    private static final java.util.regex.Pattern COURSE_FILE = java.util.regex.Pattern.compile(
            "(^|/)courses/[^/]+/index\\.md$");

    private static void frontMatter(String yaml, int offset, boolean course, List<Segment> out) {
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            return; // reported by the loader with its line
        }
        if (!(root instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                continue;
            }
            String key = k.getValue();
            org.yaml.snakeyaml.nodes.Node v = t.getValueNode();
            if (TEXT_KEYS.contains(key) && !(course && key.equals("languages"))) {
                if (v instanceof ScalarNode s) {
                    scalar(key, key, s, offset, out);
                } else if (v instanceof SequenceNode seq) {
                    int i = 1;
                    for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                        if (item instanceof ScalarNode s) {
                            scalar(key + "/" + i, key, s, offset, out);
                        }
                        i++;
                    }
                }
            } else if (key.equals("days") && v instanceof SequenceNode seq) {
                courseDays(seq, offset, out);
            } else if ((key.equals("agenda") || key.equals("timeline")) && v instanceof SequenceNode seq) {
                int i = 1;
                for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                    if (item instanceof MappingNode m) {
                        for (NodeTuple it : m.getValue()) {
                            String sub = it.getKeyNode() instanceof ScalarNode sk ? sk.getValue() : "";
                            if ((sub.equals("activity") || sub.equals("what") || sub.equals("when"))
                                    && it.getValueNode() instanceof ScalarNode s) {
                                scalar(key + "/" + i + "/" + sub, key + " " + sub, s, offset, out);
                            }
                        }
                    }
                    i++;
                }
            }
        }
    }

    /** A course's day titles and block titles; times, minutes and module ids are structure. */
    private static void courseDays(SequenceNode days, int offset, List<Segment> out) {
        int i = 1;
        for (org.yaml.snakeyaml.nodes.Node day : days.getValue()) {
            if (day instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    String sub = t.getKeyNode() instanceof ScalarNode sk ? sk.getValue() : "";
                    if (sub.equals("title") && t.getValueNode() instanceof ScalarNode s) {
                        scalar("days/" + i + "/title", "day title", s, offset, out);
                    } else if (sub.equals("blocks") && t.getValueNode() instanceof SequenceNode blocks) {
                        int j = 1;
                        for (org.yaml.snakeyaml.nodes.Node block : blocks.getValue()) {
                            if (block instanceof MappingNode bm) {
                                for (NodeTuple bt : bm.getValue()) {
                                    if (bt.getKeyNode() instanceof ScalarNode bk && bk.getValue().equals("title")
                                            && bt.getValueNode() instanceof ScalarNode s) {
                                        scalar("days/" + i + "/blocks/" + j + "/title", "course block title", s,
                                                offset, out);
                                    }
                                }
                            }
                            j++;
                        }
                    }
                }
            }
            i++;
        }
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
                for (SourceSpan span : inlineSpans(node)) {
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

    /** The spans of a block's inline content: per line, without markers such as "## " or "- ". */
    static List<SourceSpan> inlineSpans(Node block) {
        List<SourceSpan> lines = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            for (SourceSpan s : child.getSourceSpans()) {
                if (!lines.isEmpty() && lines.get(lines.size() - 1).getLineIndex() == s.getLineIndex()) {
                    SourceSpan last = lines.get(lines.size() - 1);
                    int end = Math.max(last.getInputIndex() + last.getLength(), s.getInputIndex() + s.getLength());
                    lines.set(lines.size() - 1, SourceSpan.of(last.getLineIndex(), last.getColumnIndex(),
                            last.getInputIndex(), end - last.getInputIndex()));
                } else {
                    lines.add(s);
                }
            }
        }
        return lines;
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
