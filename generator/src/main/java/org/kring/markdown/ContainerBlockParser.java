package org.kring.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code ::: kind [title]} ... {@code :::}. Containers may nest: a closing fence belongs to the
 * innermost open container, so each parser counts the containers opened inside it.
 */
final class ContainerBlockParser extends AbstractBlockParser {
    private static final Pattern OPEN = Pattern.compile(":::\\s*([A-Za-z][A-Za-z0-9-]*)\\s*(.*?)\\s*");
    private static final Pattern CLOSE = Pattern.compile(":::\\s*");

    private final ContainerBlock block;
    private final ContainerBlockParser parent;
    private int openChildren;

    private ContainerBlockParser(ContainerBlock block, ContainerBlockParser parent) {
        this.block = block;
        this.parent = parent;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < 4 && CLOSE.matcher(rest(state)).matches()) {
            if (openChildren > 0) {
                return BlockContinue.atIndex(state.getIndex());
            }
            block.close();
            if (parent != null) {
                parent.openChildren--;
            }
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    private static String rest(ParserState state) {
        CharSequence line = state.getLine().getContent();
        return line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            Matcher m = OPEN.matcher(rest(state));
            if (!m.matches()) {
                return BlockStart.none();
            }
            ContainerBlockParser parent = enclosing(matched.getMatchedBlockParser());
            String title = m.group(2).isEmpty() ? null : m.group(2);
            ContainerBlockParser parser = new ContainerBlockParser(new ContainerBlock(m.group(1), title), parent);
            if (parent != null) {
                parent.openChildren++;
            }
            return BlockStart.of(parser).atIndex(state.getLine().getContent().length());
        }

        private static ContainerBlockParser enclosing(BlockParser matched) {
            return matched instanceof ContainerBlockParser c ? c : null;
        }
    }
}
