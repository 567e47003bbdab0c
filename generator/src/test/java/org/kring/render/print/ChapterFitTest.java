package org.kring.render.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kring.TestSites;
import org.kring.render.Templates;
import org.kring.render.print.browser.Browser;

/**
 * A chapter starts on a new page; when its last page would hold only a few lines (and is not the document's
 * last page), the engine prints it tightened, so no page before the last is left under a third full.
 */
class ChapterFitTest {
    static final PdfFonts FONTS = new PdfFonts(new Templates(Path.of("/nonexistent")));
    static PdfEngine engine;
    static String css;
    /** Paragraphs that make a chapter spill two or three paragraphs onto a second page, untightened. */
    static int spilling;

    @BeforeAll
    static void start() throws Exception {
        engine = new PdfEngine(FONTS, Browser.find(null).orElseThrow(), TestSites.repo().resolve("content"),
                java.util.Set.of());
        css = Files.readString(TestSites.repo().resolve("templates/print/print.css"));
        // The most paragraphs that still fit on one page, found by printing: fonts decide, not this test.
        int n = 25;
        while (pages(print(chapter("plain", "One", n) + chapter("plain", "Two", 1))) == 2) {
            n++;
        }
        spilling = n + 1;
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static String chapter(String cls, String title, int paragraphs) {
        StringBuilder sb = new StringBuilder("<div class=\"" + cls + "\" style=\"break-before: page\"><h1>" + title + "</h1>");
        for (int i = 1; i <= paragraphs; i++) {
            sb.append("<p>").append(title).append(" paragraph ").append(i).append(".</p>");
        }
        return sb.append("</div>").toString();
    }

    static byte[] print(String body) {
        String html = "<html lang=\"en\" dir=\"ltr\"><head><title>T</title><style>" + css + "body{font-family:"
                + PdfFonts.FAMILIES + "}</style></head><body>" + body + "</body></html>";
        return engine.render(html, new PdfEngine.Meta("T", "S", "en", false, "K"), 1).bytes();
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static String page(byte[] pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }

    @Test
    void aChapterThatWouldLeaveAFewLinesOnAPageIsTightenedOntoItsPages() throws Exception {
        byte[] plain = print(chapter("plain", "One", spilling) + chapter("plain", "Two", 3));
        assertEquals(3, pages(plain), "untightened, chapter one spills onto a second page");
        byte[] fitted = print(chapter("chapter", "One", spilling) + chapter("chapter", "Two", 3));
        assertEquals(2, pages(fitted), "tightened, chapter one fits its page");
        assertTrue(page(fitted, 1).contains("One paragraph " + spilling + "."), "all of chapter one on page 1");
        assertTrue(page(fitted, 2).startsWith("Two"), "chapter two still starts a page");
        assertArrayEquals(fitted, print(chapter("chapter", "One", spilling) + chapter("chapter", "Two", 3)),
                "the same page prints the same bytes");
    }

    @Test
    void theLastPageAndChaptersOfOnePageAreLeftAsTheyAre() throws Exception {
        // The document's last page may be short: the last chapter is not tightened.
        byte[] last = print(chapter("chapter", "One", spilling));
        assertEquals(2, pages(last));
        assertTrue(page(last, 2).contains("One paragraph " + spilling + "."));
        // A chapter of one short page has nothing to move back: it stays, and so does the next one.
        byte[] shortOne = print(chapter("chapter", "One", 2) + chapter("chapter", "Two", 2));
        assertEquals(2, pages(shortOne));
    }

    @Test
    void aChapterWhoseLastPageIsWellFilledIsNotTouched() throws Exception {
        int half = spilling + spilling / 2;
        byte[] plain = print(chapter("plain", "One", half) + chapter("plain", "Two", 2));
        byte[] chapters = print(chapter("chapter", "One", half) + chapter("chapter", "Two", 2));
        assertEquals(3, pages(chapters));
        assertEquals(page(plain, 2), page(chapters, 2), "the same lines on its last page");
    }

    @Test
    void aContentsListGetsThePagesOfTheTightenedChaptersAndTheFinalPrintingShowsEverything() throws Exception {
        // The first printings of a document with contents only tell where things land (hidden, untagged); the
        // last one is the real one: tagged, every line shown, the numbers those of the pages as printed.
        String contents = "<div><a class=\"pgref\" href=\"#one\">?</a> <a class=\"pgref\" href=\"#two\">?</a></div>";
        String body = contents + chapter("chapter", "One", spilling).replace("<h1>", "<h1 id=\"one\">")
                + chapter("chapter", "Two", 3).replace("<h1>", "<h1 id=\"two\">");
        byte[] pdf = print(body);
        assertEquals(3, pages(pdf), "contents, chapter one tightened onto one page, chapter two");
        assertTrue(page(pdf, 1).strip().startsWith("2 3"), "contents: " + page(pdf, 1));
        assertTrue(page(pdf, 2).contains("One paragraph " + spilling + "."), "all of chapter one on page 2");
        assertTrue(page(pdf, 3).startsWith("Two"), page(pdf, 3));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
        }
        assertArrayEquals(pdf, print(body), "the same page prints the same bytes");
    }
}
