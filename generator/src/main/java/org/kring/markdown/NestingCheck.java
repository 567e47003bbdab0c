package org.kring.markdown;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.PostProcessor;

/**
 * Measures how deeply a parsed body nests, without recursion (the tree may be thousands of levels deep
 * here), and throws {@link NestingLimit.TooDeep} at the first place that goes beyond the limits. Runs as
 * the first post-processor, before any extension walks the tree. Raw HTML tags count as inline levels:
 * commonmark keeps them flat, but the page and the PDF nest them; a tag left open counts until closed.
 */
final class NestingCheck implements PostProcessor {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?>");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    @Override
    public Node process(Node document) {
        Walk w = new Walk();
        Node n = document.getFirstChild();
        int blocks = 0;
        int inlines = 0;
        int open = 0;
        while (n != null) {
            int b = blocks + (countsAsBlock(n) ? 1 : 0);
            int i = inlines + (countsAsInline(n) ? 1 : 0);
            int o = open + (countsAsBlock(n) || n instanceof ListItem ? 1 : 0);
            w.block(n, b, o);
            if (n instanceof HtmlInline h) {
                w.raw(n, i, h.getLiteral());
            } else if (n instanceof HtmlBlock h) {
                w.raw(n, i, h.getLiteral());
            } else {
                w.inline(n, i);
            }
            if (n.getFirstChild() != null) {
                blocks = b;
                inlines = i;
                open = o;
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n.getNext() == null) {
                n = n.getParent();
                if (n == null || n == document) {
                    n = null;
                    break;
                }
                blocks -= countsAsBlock(n) ? 1 : 0;
                inlines -= countsAsInline(n) ? 1 : 0;
                open -= countsAsBlock(n) || n instanceof ListItem ? 1 : 0;
            }
            n = n == null ? null : n.getNext();
        }
        w.throwIfTooDeep();
        return document;
    }

    private static boolean countsAsBlock(Node n) {
        return n instanceof BlockQuote || n instanceof ListBlock || n instanceof ContainerBlock;
    }

    /** Emphasis, strikethrough, links and pictures: every inline node that holds others. */
    private static boolean countsAsInline(Node n) {
        return !(n instanceof Block) && n.getFirstChild() != null;
    }

    /** What the walk found: the deepest levels, and the first node beyond a limit. */
    private static final class Walk {
        int deepestBlocks;
        int deepestOpen;
        int deepestInlines;
        int rawOpen;
        Node first;
        boolean firstIsBlock;

        void block(Node n, int depth, int open) {
            deepestBlocks = Math.max(deepestBlocks, depth);
            deepestOpen = Math.max(deepestOpen, open);
            if (depth > NestingLimit.BLOCKS && first == null) {
                first = n;
                firstIsBlock = true;
            }
        }

        void inline(Node n, int depth) {
            deepestInlines = Math.max(deepestInlines, depth);
            if (depth > NestingLimit.INLINES && first == null) {
                first = n;
            }
        }

        void raw(Node n, int depth, String html) {
            Matcher m = TAG.matcher(withoutComments(html));
            while (m.find()) {
                String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
                if (!m.group(1).isEmpty()) {
                    rawOpen = Math.max(0, rawOpen - 1);
                } else if (!VOID.contains(name) && !m.group().endsWith("/>")) {
                    rawOpen++;
                    inline(n, depth + rawOpen);
                }
            }
        }

        /** The HTML without its comments (an unclosed one runs to the end), in one pass. */
        private static String withoutComments(String html) {
            int start = html.indexOf("<!--");
            if (start < 0) {
                return html;
            }
            StringBuilder sb = new StringBuilder(html.length());
            int from = 0;
            while (start >= 0) {
                sb.append(html, from, start);
                int end = html.indexOf("-->", start + 4);
                from = end < 0 ? html.length() : end + 3;
                start = html.indexOf("<!--", from);
            }
            return sb.append(html, from, html.length()).toString();
        }

        void throwIfTooDeep() {
            if (first == null) {
                return;
            }
            String message;
            if (firstIsBlock) {
                // The block parser stops opening blocks at OPEN_BLOCKS; what lies deeper was read as text.
                boolean cut = deepestOpen >= NestingLimit.OPEN_BLOCKS - 1;
                message = "block quotes, lists and '::: ' blocks nest " + (cut ? "more than " : "") + deepestBlocks
                        + " deep here; Kring allows up to " + NestingLimit.BLOCKS;
            } else {
                message = "emphasis, links, pictures and HTML tags nest " + deepestInlines + " deep here; Kring allows "
                        + "up to " + NestingLimit.INLINES;
            }
            Node at = first;
            while (at != null && at.getSourceSpans().isEmpty()) {
                at = at.getParent();
            }
            List<SourceSpan> spans = at == null ? List.of() : at.getSourceSpans();
            throw new NestingLimit.TooDeep(spans.isEmpty() ? 0 : spans.get(0).getLineIndex(),
                    spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1, message);
        }
    }
}
