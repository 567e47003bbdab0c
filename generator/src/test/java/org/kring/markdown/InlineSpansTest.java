package org.kring.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.kring.TestSites;

/**
 * After reading, a body keeps one source span per line of each paragraph, heading and table cell, not one per
 * inline node: translation segments are cut from those, so they must come out as the parser gave them.
 */
class InlineSpansTest {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
                    ContainerExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private static final String[] HOSTILE = {
        "# Title {#own-id}\n\nA *b* **c** `d` [e](f) ![g](h.png) <span>i</span>  \nnext line\\\nthird\n",
        "Setext heading\n==============\n\n> quoted *text*\n> - item **one**\n>   continued\n",
        "| a | *b* |\n|---|---|\n| `c` | [d](e) |\n|  | x |\n",
        "1. one\n   - two *nested*\n\n     para in item\n\n::: tip Title here\nInside **tip**\n:::\n",
        "    code block\n\n```\nfenced\n```\n\n<div>\nhtml block\n</div>\n\n***\n\ntext &amp; &#x41; \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u1218\u1295\n",
        "", "\n\n", "*", "[unclosed", "a\u2028b\u00a0c\u200bd",
    };

    @Test
    void everyBlockKeepsItsPerLineSpansAndInlineNodesKeepNone() throws IOException {
        List<String> bodies = new ArrayList<>(List.of(HOSTILE));
        try (Stream<Path> files = Files.walk(TestSites.repo())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/target/"))
                    .toList()) {
                bodies.add(Files.readString(f));
            }
        }
        assertTrue(bodies.size() > 100, "the example's files were found: " + bodies.size());
        int blocks = 0;
        for (String body : bodies) {
            Node root = PARSER.parse(body);
            List<String> before = spans(root);
            InlineSpans.compact(root);
            assertEquals(before, spans(root), body);
            blocks += before.size();
            assertNoInlineSpans(root, false, body);
        }
        assertTrue(blocks > 1000, "blocks compared: " + blocks);
    }

    /** Each paragraph's, heading's and cell's own spans and inline spans, in document order. */
    private static List<String> spans(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) {
            out.add(n.getClass().getSimpleName() + n.getSourceSpans() + " " + InlineSpans.of(n));
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            walk(c, out);
        }
    }

    private static void assertNoInlineSpans(Node n, boolean inline, String body) {
        boolean firstOfBlock = n.getPrevious() == null && (n.getParent() instanceof Paragraph
                || n.getParent() instanceof Heading || n.getParent() instanceof TableCell);
        if (inline && !firstOfBlock) {
            assertTrue(n.getSourceSpans().isEmpty(), n + " in " + body);
        }
        boolean under = inline || n instanceof Paragraph || n instanceof Heading || n instanceof TableCell;
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            assertNoInlineSpans(c, under && !(c instanceof Block), body);
        }
    }
}
