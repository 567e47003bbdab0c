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
 * what the reader gives (the tree with its source spans, heading ids, anchors, links with their places, problems) is
 * what the full dialect gives, for every Markdown file of the repository and for bodies made of near misses (a colon
 * and slashes apart, "ww", capitals, addresses split by emphasis or a line end, headings with an {#id} after
 * emphasis, escapes and entities, which make the body count as one that may hold an address).
 */
class AutolinkSkipTest {
    private static final Parser WITH = MarkdownReader.parser(true);
    private static final Parser WITHOUT = MarkdownReader.parser(false);

    private static final String[] PIECES = {"http", "https", "mailto", ":", "/", "//", ":/", ": //", "w", "ww", "W",
        "WWW", ".", "example", "org", " ", "\n", "\n\n", "*", "**", "_", "`", "[", "]", "(", ")", "<", ">", "!", "#",
        "- ", "1. ", "> ", "::: tip\n", ":::\n", "|", "---", "~~", "\u0627\u0644", "\u1218", "x", "\\", "&#64;",
        "&colon;", "&amp;", "@", "://", "www.", "## ", "{#x}", " {#id}", "  ", "\n## "};
    private static final MarkdownReader READER = new MarkdownReader();

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
            String full = read(body, true);
            if (full.contains("Link ")) {
                linked++;
            }
            if (!MarkdownReader.mayAutolink(body)) {
                skipped++;
                assertEquals(full, read(body, false), body);
            }
        }
        assertTrue(skipped > 3000, "bodies read without the extension: " + skipped);
        assertTrue(linked > 500, "bodies in which the extension made links: " + linked);
    }

    /** What the reader gives for {@code body}, as text. */
    private static String read(String body, boolean autolinks) {
        org.kring.Problems problems = new org.kring.Problems();
        org.kring.model.Markdown md = READER.read(new org.kring.model.SourceFile(Path.of("t.md"), "t.md", body), body,
                3, problems, autolinks);
        StringBuilder out = new StringBuilder(dump(md.root()));
        List<Node> headings = new ArrayList<>();
        collect(md.root(), org.commonmark.node.Heading.class, headings);
        for (Node h : headings) {
            out.append("id ").append(md.headingIds().get(h)).append('\n');
        }
        out.append("anchors ").append(new java.util.TreeSet<>(md.anchors())).append('\n');
        for (org.kring.model.Markdown.LinkUse l : md.links()) {
            out.append("link ").append(l.destination()).append(' ').append(l.image()).append(' ').append(l.text())
                    .append(' ').append(l.line()).append(':').append(l.column()).append('\n');
        }
        problems.sorted().forEach(p -> out.append(p).append('\n'));
        return out.toString();
    }

    private static void collect(Node node, Class<?> type, List<Node> out) {
        if (type.isInstance(node)) {
            out.add(node);
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, type, out);
        }
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
