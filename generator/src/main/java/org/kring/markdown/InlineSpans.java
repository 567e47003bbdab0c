package org.kring.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Where the inline text of a paragraph, heading or table cell is in the source: one span per line, without
 * markers such as "## " or "- ". After reading, only these are kept: the parser gives every inline node (each
 * word run, emphasis, link) a list of spans, a quarter of a large site's model, and nothing after the reader
 * needs them one by one.
 */
public final class InlineSpans {
    private InlineSpans() {
    }

    /** The spans of a block's inline content, one per line. */
    public static List<SourceSpan> of(Node block) {
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

    /**
     * Replaces the spans of every inline node under {@code root} by the per-line spans of their block, kept on
     * the block's first child, so {@link #of} gives the same answer as before and the rest is garbage.
     */
    static void compact(Node root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) {
                Node first = n.getFirstChild();
                if (first != null) {
                    List<SourceSpan> lines = of(n);
                    for (Node c = first; c != null; c = c.getNext()) {
                        clear(c);
                    }
                    first.setSourceSpans(lines);
                }
            } else if (n instanceof Block || n.getFirstChild() != null) {
                compact(n);
            }
        }
    }

    private static void clear(Node inline) {
        inline.setSourceSpans(List.of());
        for (Node c = inline.getFirstChild(); c != null; c = c.getNext()) {
            clear(c);
        }
    }
}
