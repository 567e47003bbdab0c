package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@code reviewed} in front matter (a date, structure, on every kind) is shown under the page's text and near
 * the title in PDFs, in the page's language; a translation shows its source's date, and a page without one
 * the edition's (site.yml {@code reviewed}).
 */
class ReviewedDateTest {

    private static Element reviewed(String page) throws IOException {
        Document d = Jsoup.parse(Files.readString(ExampleBuild.out().resolve(page)));
        return d.selectFirst("main .reviewed");
    }

    @Test
    void pagesShowTheReviewDateInTheirLanguage() throws IOException {
        assertEquals("Last reviewed: 15 September 2026",
                reviewed("en/programmes/pregnancy/01-welcome/index.html").text());
        assertEquals("Laatst herzien: 15 september 2026",
                reviewed("nl/programmes/pregnancy/01-welcome/index.html").text(), "the source's date, in Dutch");
        assertTrue(reviewed("ar/topics/nutrition/index.html").text().startsWith("آخر مراجعة:"));
        assertEquals("Last reviewed: 2 November 2026",
                reviewed("en/courses/pregnancy-facilitator/group-care-model/index.html").text(), "a course module");
        assertEquals("Last reviewed: 30 June 2026", reviewed("en/about/index.html").text(), "a free page");
        assertEquals("Last reviewed: 1 November 2026",
                reviewed("en/programmes/pregnancy/02-eating-and-moving/index.html").text(),
                "no date of its own: the edition's, site.yml reviewed");
        assertEquals("آخر مراجعة: 1 نوفمبر 2026", reviewed("ar/index.html").text(), "the home page, which has no text");
    }

    @Test
    void pdfsShowTheReviewDate() throws IOException {
        Path out = ExampleBuild.out();
        assertTrue(text(out.resolve("pdf/en/pregnancy-01-facilitator.pdf")).contains("Last reviewed: 15 September 2026"));
        assertTrue(text(out.resolve("pdf/en/pregnancy-01-participant.pdf")).contains("Last reviewed: 15 September 2026"));
        assertTrue(text(out.resolve("pdf/nl/pregnancy-manual.pdf")).contains("Laatst herzien: 15 september 2026"));
        assertTrue(text(out.resolve("pdf/en/pregnancy-facilitator-pack-trainer.pdf")).contains("Last reviewed: 2 November 2026"));
        assertTrue(text(out.resolve("pdf/en/pregnancy-02-facilitator.pdf")).contains("Last reviewed: 1 November 2026"),
                "no date of its own: the edition's");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
