package org.kring.markdown;

import org.commonmark.parser.Parser;

/**
 * How deeply a Markdown body may nest, checked once where it is parsed, so that every later stage (our
 * visitors, commonmark's renderer, FreeMarker, jsoup, the PDF engine) can walk a tree of bounded depth.
 * The limits are far beyond what any real text uses (a curriculum nests lists three or four deep) and far
 * below what the recursive stages can take on a thread's normal stack.
 */
public final class NestingLimit {
    /** Block quotes, lists and {@code :::} blocks inside each other. */
    public static final int BLOCKS = 16;
    /** Emphasis, strikethrough, links, pictures and raw HTML tags inside each other. */
    public static final int INLINES = 16;
    /**
     * The marks that can open emphasis or a link in one paragraph, heading or table cell. The inline parser
     * recurses once per level of emphasis before anything can be checked, and each level needs a mark of its
     * own, so this bounds that recursion to a depth the parser takes on any thread (it overflows near 3000).
     */
    public static final int MARKS = 500;
    /**
     * Open blocks the block parser keeps at once; deeper lines become text. This keeps parsing linear on
     * hostile input while leaving room to see, and report, how far beyond {@link #BLOCKS} a file goes.
     */
    static final int OPEN_BLOCKS = 4 * BLOCKS;

    private NestingLimit() {
    }

    /**
     * Adds the limits to a parser being built: call before adding extensions, so the depth is checked before
     * any extension's post-processor walks the tree. A parse then throws {@link TooDeep} instead of
     * returning a tree deeper than the limits.
     */
    public static Parser.Builder apply(Parser.Builder builder) {
        return builder.maxOpenBlockParsers(OPEN_BLOCKS)
                .inlineParserFactory(new MarkBudget())
                .postProcessor(new NestingCheck());
    }

    /**
     * A body that nests more deeply than Kring allows; {@code lineIndex} is 0-based in the parsed text,
     * {@code column} 1-based (0 when unknown).
     */
    public static final class TooDeep extends RuntimeException {
        private final int lineIndex;
        private final int column;

        TooDeep(int lineIndex, int column, String message) {
            super(message, null, false, false);
            this.lineIndex = lineIndex;
            this.column = column;
        }

        public int lineIndex() {
            return lineIndex;
        }

        public int column() {
            return column;
        }
    }
}
