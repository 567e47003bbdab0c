package org.kring.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.model.Markdown;
import org.kring.model.SourceFile;

/** Where exactly the Markdown limits lie, what counts towards them and what does not. */
class NestingLimitTest {
    private final MarkdownReader reader = new MarkdownReader();

    /** The problems of {@code text} read as a body that starts on line 11 of x.md. */
    private List<Problem> problems(String text) {
        Problems p = new Problems();
        Markdown md = reader.read(new SourceFile(Path.of("x.md"), "x.md", text), text, 10, p);
        if (p.hasErrors()) {
            assertTrue(md.isEmpty(), "a body beyond the limits is read as empty, so no later stage walks it");
        }
        return p.sorted();
    }

    private static String quotes(int n) {
        return "> ".repeat(n) + "text\n";
    }

    private static String lists(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        return sb.toString();
    }

    private static String emphasis(int n) {
        return "*a _".repeat(n / 2) + (n % 2 == 1 ? "*a " : "") + "x" + (n % 2 == 1 ? " a*" : "") + "_ a*".repeat(n / 2)
                + "\n";
    }

    @Test
    void sixteenLevelsOfBlocksAreAllowedSeventeenAreNot() {
        assertEquals(List.of(), problems(quotes(16)));
        assertEquals(List.of(), problems(lists(16)));
        assertEquals(List.of(), problems("::: tip\n".repeat(16) + "x\n" + ":::\n".repeat(16)));
        assertEquals(List.of(Problem.error("x.md", 11, 33, "block quotes, lists and '::: ' blocks nest 17 deep here; "
                + "Kring allows up to 16")), problems(quotes(17)));
        assertEquals(List.of(Problem.error("x.md", 27, 33, "block quotes, lists and '::: ' blocks nest 17 deep here; "
                + "Kring allows up to 16")), problems(lists(17)));
    }

    @Test
    void sixteenLevelsOfEmphasisLinksAndTagsAreAllowedSeventeenAreNot() {
        assertEquals(List.of(), problems(emphasis(16)));
        assertEquals(List.of(), problems("<b>".repeat(16) + "x" + "</b>".repeat(16) + "\n"));
        assertEquals(List.of(), problems("*a [b " + "<i>".repeat(14) + "x" + "</i>".repeat(14) + "](u) a*\n"));
        List<Problem> p = problems(emphasis(17));
        assertEquals(1, p.size(), p.toString());
        assertEquals(11, p.get(0).line());
        assertEquals("emphasis, links, pictures and HTML tags nest 17 deep here; Kring allows up to 16", p.get(0).message());
        assertEquals("emphasis, links, pictures and HTML tags nest 17 deep here; Kring allows up to 16",
                problems("*a [b " + "<i>".repeat(15) + "x" + "</i>".repeat(15) + "](u) a*\n").get(0).message());
    }

    @Test
    void closedTagsAndVoidTagsDoNotAddUp() {
        assertEquals(List.of(), problems("<b>x</b> ".repeat(100) + "<br>".repeat(100) + "<wbr/>\n"));
        assertEquals(List.of(), problems("<!-- <b><b><b> -->\n\n".repeat(20)));
    }

    @Test
    void theInlineParserIsNeverHandedMoreMarksThanItCanNest() {
        // Each *a* has one mark that can open (the closing star is followed by a space).
        assertEquals(List.of(), problems("*a* ".repeat(500) + "\n"), "500 marks: the parser takes them at any depth");
        List<Problem> p = problems("*a* ".repeat(500) + "[x\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals(Problem.error("x.md", 11, 2001, "this paragraph has more than 500 marks that can open emphasis "
                + "or a link ('*', '_', '~', '['); Kring reads up to 500 in one paragraph: split it, or write a mark that "
                + "is text with a backslash (\\*)"), p.get(0));
    }

    @Test
    void marksThatCannotOpenAnythingAreNotCounted() {
        // Blanks to fill in (a run followed by a space or the end of the line), escaped marks, stars spaced apart.
        String blanks = "Name: __________ Date: ______\n".repeat(100);
        String escaped = "\\*".repeat(2000) + "\n";
        String spaced = "Twice 2 * 3 = 12, ".repeat(1000) + "\n";
        assertEquals(List.of(), problems(blanks));
        assertEquals(List.of(), problems(escaped));
        assertEquals(List.of(), problems(spaced));
        assertEquals(List.of(), problems(("| a | b |\n|---|---|\n" + ("| *a* [b](u) | *c* |\n").repeat(300))),
                "each table cell is counted on its own");
    }
}
