package org.kring.markdown;

import org.commonmark.parser.Parser;

/** Adds {@code ::: kind} container blocks to a commonmark-java parser. */
public final class ContainerExtension implements Parser.ParserExtension {
    private ContainerExtension() {
    }

    public static ContainerExtension create() {
        return new ContainerExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new ContainerBlockParser.Factory());
    }
}
