package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kring.render.print.Pdftotext;

/**
 * The example's site.yml names a licence (CC BY-SA 4.0), an edition ("Edition 2026") and the edition's review
 * date, so a country team sees on every page and every PDF what it may adapt and how current it is.
 */
class LicenceTest {
    static final String NAME = "CC BY-SA 4.0";
    static final String URL = "https://creativecommons.org/licenses/by-sa/4.0/";
    static final String EDITION = "Edition 2026";

    @Test
    void everyPageNamesTheLicenceInItsFooterAndWhenItWasReviewed() throws IOException {
        Path out = ExampleBuild.out();
        for (String lang : List.of("en", "ar")) {
            List<Path> pages;
            try (Stream<Path> files = Files.walk(out.resolve(lang))) {
                pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            }
            assertTrue(pages.size() > 50, lang + ": " + pages.size() + " pages");
            for (Path page : pages) {
                Document d = Jsoup.parse(Files.readString(page));
                String where = out.relativize(page).toString();
                Element link = d.selectFirst("footer a[rel=license]");
                assertNotNull(link, where + ": no licence link in the footer");
                assertEquals(URL, link.attr("href"), where);
                assertEquals(NAME, link.text(), where);
                assertTrue(d.selectFirst("footer").text().contains(EDITION), where + ": no edition in the footer");
                Element reviewed = d.selectFirst("main .reviewed");
                assertNotNull(reviewed, where + ": no review date");
                assertTrue(reviewed.text().matches(".*\\d{4}.*"), where + ": " + reviewed.text());
            }
        }
        Document ar = Jsoup.parse(Files.readString(out.resolve("ar/index.html")));
        assertEquals("يجوز لك مشاركة هذه المواد وتكييفها وفق الترخيص، مع ذكر المصدر.",
                ar.selectFirst("footer .licence-terms").text(), "the terms in the page's language");
        assertEquals("en", ar.selectFirst("footer .edition").attr("lang"), "site.yml's edition is English text");
    }

    /** One PDF of each kind the example prints, in a left-to-right and a right-to-left language. */
    @Test
    void everyKindOfPdfNamesTheLicenceAndEditionAndCarriesItInItsMetadata() throws IOException {
        Path out = ExampleBuild.out();
        List<String> pdfs = List.of("en/pregnancy-01-facilitator", "en/pregnancy-01-participant", "en/pregnancy-manual",
                "en/recommendations", "en/pregnancy-facilitator-pack-trainer", "en/pregnancy-facilitator-pack-trainee",
                "ar/parenting-01-facilitator", "ar/parenting-01-participant", "ar/parenting-manual");
        for (String name : pdfs) {
            Path pdf = out.resolve("pdf/" + name + ".pdf");
            String letters = Pdftotext.letters(Pdftotext.text(pdf, null));
            assertTrue(letters.contains(Pdftotext.letters(NAME)), name + " lacks the licence's name");
            assertTrue(letters.contains(Pdftotext.letters(URL)), name + " lacks the licence's address");
            assertTrue(letters.contains(Pdftotext.letters(EDITION)), name + " lacks the edition");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertTrue(xmp.contains("<dc:rights>") && xmp.contains(NAME + ", " + URL), name + ": " + xmp);
                assertTrue(xmp.contains("<xmpRights:WebStatement>" + URL + "</xmpRights:WebStatement>"), name);
                assertTrue(xmp.contains("<xmpRights:Marked>True</xmpRights:Marked>"), name);
            }
        }
    }
}
