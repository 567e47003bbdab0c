package org.kring.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.kring.TestSites;

/**
 * A body in which the autolink extension could find nothing is parsed without it ({@link MarkdownReader#mayAutolink}):
 * the tree, with its source spans, is the one the full dialect gives, for every Markdown file of the repository and
 * for bodies made of near misses (a colon and slashes apart, "ww", capitals, addresses split by emphasis or a line
 * end, escapes and entities, which make the body count as one that may hold an address).
 */
class AutolinkSkipTest {
    private static final Parser WITH = MarkdownReader.parser(true);
    private static final Parser WITHOUT = MarkdownReader.parser(false);

    private static final String[] PIECES = {"http", "https", "mailto", ":", "/", "//", ":/", ": //", "w", "ww", "W",
        "WWW", ".", "example", "org", " ", "\n", "\n\n", "*", "**", "_", "`", "[", "]", "(", ")", "<", ">", "!", "#",
        "- ", "1. ", "> ", "::: tip\n", ":::\n", "|", "---", "~~", "\u0627\u0644", "\u1218", "x", "\\", "&#64;",
        "&colon;", "&amp;", "@", "://", "www."};

    @Test
    void aBodyWithoutAddressesGivesTheSameTreeWithoutTheExtension() throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestSites.repo())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/target/"))
                    .toList()) {
                bodies.add(Files.readString(f));
            }
        }
        assertTrue(bodies.size() > 100, "the repository's files were found: " + bodies.size());
        Random r = new Random(11);
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            bodies.add(b.toString());
        }
        int skipped = 0;
        int linked = 0;
        for (String body : bodies) {
            String full = dump(WITH.parse(body));
            if (full.contains("Link ")) {
                linked++;
            }
            if (!MarkdownReader.mayAutolink(body)) {
                skipped++;
                assertEquals(full, dump(WITHOUT.parse(body)), body);
            }
        }
        assertTrue(skipped > 3000, "bodies parsed without the extension: " + skipped);
        assertTrue(linked > 500, "bodies in which the extension made links: " + linked);
    }

    @Test
    void everyWayTheExtensionFindsAnAddressCountsAsOneThatMayHoldIt() {
        for (String body : List.of("see https://example.org", "mail anna@example.org", "www.example.org today",
                "http\\://example.org", "anna&#64;example.org", "http&colon;//example.org")) {
            assertTrue(MarkdownReader.mayAutolink(body), body);
            assertNotEquals(dump(WITH.parse(body)), dump(WITHOUT.parse(body)), body);
        }
        assertFalse(MarkdownReader.mayAutolink("Ask the group: how was the week? **Listen** first."));
    }

    /** The tree as text: each node's type, its text or destination, and its source spans, in document order. */
    private static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ');
        if (node instanceof Text t) {
            out.append('"').append(t.getLiteral()).append('"');
        } else if (node instanceof Link l) {
            out.append(l.getDestination());
        }
        for (SourceSpan s : node.getSourceSpans()) {
            out.append(' ').append(s.getLineIndex()).append(':').append(s.getColumnIndex()).append('+')
                    .append(s.getLength());
        }
        out.append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            dump(c, depth + 1, out);
        }
    }
}
