package org.kring.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Counts, before commonmark parses a paragraph's inline text, the marks there that could open emphasis or
 * a link, and refuses a paragraph with more than {@link NestingLimit#MARKS}. The inline parser recurses once
 * per level of emphasis while it builds the tree, so a paragraph of thousands of {@code *} would overflow the
 * stack before {@link NestingCheck} could look at the tree. Each level needs one opening mark of its own, so
 * the count bounds the depth. Counted as commonmark would find them: a run of {@code *}, {@code _} or
 * {@code ~} counts only when followed by something other than a space (a run of underscores as a blank to
 * fill in, {@code ____ }, does not), every {@code [} counts, and a backslash-escaped mark does not.
 */
final class MarkBudget implements InlineParserFactory {

    @Override
    public InlineParser create(InlineParserContext context) {
        // commonmark's own inline parser: the builder offers no public way to wrap its default.
        InlineParser parser = new InlineParserImpl(context);
        return (lines, node) -> {
            check(lines, node);
            parser.parse(lines, node);
        };
    }

    private static void check(SourceLines lines, Node node) {
        int length = 0;
        for (SourceLine line : lines.getLines()) {
            length += line.getContent().length();
        }
        if (length <= NestingLimit.MARKS) {
            return; // most paragraphs: too short to hold too many marks
        }
        int marks = 0;
        for (SourceLine line : lines.getLines()) {
            String s = line.getContent().toString(); // a String already: its charAt is inlined, an interface's is not
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                int start = i;
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    marks++;
                } else if (c == '*' || c == '_' || c == '~') {
                    int end = i;
                    while (end + 1 < n && s.charAt(end + 1) == c) {
                        end++;
                    }
                    boolean opens = end + 1 < n && !Character.isWhitespace(s.charAt(end + 1))
                            && !Character.isSpaceChar(s.charAt(end + 1));
                    if (opens) {
                        marks += end - i + 1;
                    }
                    i = end;
                }
                if (marks > NestingLimit.MARKS) {
                    SourceSpan span = line.getSourceSpan();
                    throw new NestingLimit.TooDeep(span == null ? 0 : span.getLineIndex(),
                            span == null ? 0 : span.getColumnIndex() + start + 1, tooMany(node));
                }
            }
        }
    }

    private static String tooMany(Node node) {
        String what = node instanceof Heading ? "heading" : node instanceof TableCell ? "table cell" : "paragraph";
        return "this " + what + " has more than " + NestingLimit.MARKS + " marks that can open emphasis or a link "
                + "('*', '_', '~', '['); Kring reads up to " + NestingLimit.MARKS + " in one " + what + ": split it, "
                + "or write a mark that is text with a backslash (\\*)";
    }
}
