package org.kring.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.model.Markdown;
import org.kring.model.SourceFile;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    private Markdown read(String text, Problems problems) {
        return reader.read(new SourceFile(Path.of("x.md"), "x.md", text), text, 10, problems);
    }

    private static List<ContainerBlock> containers(Node root) {
        List<ContainerBlock> out = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof ContainerBlock c) {
                    out.add(c);
                }
                visitChildren(block);
            }
        });
        return out;
    }

    @Test
    void containerHoldsMarkdownAndEndsAtFence() {
        Problems p = new Problems();
        Markdown md = read("::: facilitator\nWatch the *time*.\n\n- one\n- two\n:::\n\nAfter.\n", p);
        List<ContainerBlock> c = containers(md.root());
        assertEquals(1, c.size());
        assertEquals(ContainerKind.FACILITATOR, c.get(0).kind());
        assertTrue(c.get(0).isClosed());
        assertNull(c.get(0).title());
        assertTrue(c.get(0).getNext() instanceof Paragraph after
                && ((Text) after.getFirstChild()).getLiteral().equals("After."));
        assertTrue(p.sorted().isEmpty(), p.sorted().toString());
    }

    @Test
    void activityTakesATitle() {
        Markdown md = read("::: activity Pass the bowl\nEveryone takes a card.\n:::\n", new Problems());
        ContainerBlock c = containers(md.root()).get(0);
        assertEquals(ContainerKind.ACTIVITY, c.kind());
        assertEquals("Pass the bowl", c.title());
    }

    @Test
    void containersNest() {
        Markdown md = read("::: facilitator\nOuter.\n\n::: refer\nInner.\n:::\n\nStill outer.\n:::\nOutside.\n",
                new Problems());
        List<ContainerBlock> c = containers(md.root());
        assertEquals(2, c.size());
        assertEquals(c.get(0), c.get(1).getParent());
        assertTrue(c.get(0).isClosed() && c.get(1).isClosed());
        assertTrue(c.get(0).getLastChild() instanceof Paragraph last
                && ((Text) last.getFirstChild()).getLiteral().equals("Still outer."));
    }

    @Test
    void unclosedAndUnknownContainersAreReportedWithTheirLine() {
        Problems p = new Problems();
        read("Intro.\n\n::: facilitatr\nText.\n", p);
        List<Problem> problems = p.sorted();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(13, problems.get(0).line());
        assertTrue(problems.stream().anyMatch(x -> x.message().contains("did you mean 'facilitator'")));
        assertTrue(problems.stream().anyMatch(x -> x.message().contains("is not closed")));
    }

    @Test
    void strayClosingFenceIsReported() {
        Problems p = new Problems();
        read("Text.\n\n:::\n", p);
        assertEquals(13, p.sorted().get(0).line());
    }

    @Test
    void headingAnchorsAreStableUniqueAndCanBeSetExplicitly() {
        Markdown md = read("## Opening circle\n\n## Opening circle\n\n## Kringgesprek {#opening}\n\n## Agenda\n\n"
                + "## الدائرة الافتتاحية\n", new Problems());
        assertTrue(md.anchors().containsAll(List.of("opening-circle", "opening-circle-1", "opening", "agenda-1",
                "الدائرة-الافتتاحية")), md.anchors().toString());
    }

    @Test
    void linksAndImagesAreCollectedWithLines() {
        Markdown md = read("Intro.\n\nSee [food](topic:nutrition) and\n![A circle](images/circle.svg).\n",
                new Problems());
        assertEquals(2, md.links().size());
        assertEquals(13, md.links().get(0).line());
        assertEquals(5, md.links().get(0).column());
        assertEquals(14, md.links().get(1).line());
        assertEquals("A circle", md.links().get(1).text());
    }
}
