package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF is in the language of its folder, and a page offers the edition of the language a text is really in:
 * for a language that falls back to another before the source (Frisian to Dutch), and for a build of only
 * some languages, which links no edition it does not make. The example's languages are in {@link PdfTest}.
 */
class PrintLanguageTest {
    @TempDir
    Path tmp;

    /** TinySite with Frisian, which reads Dutch where it has no text, and the session translated into Dutch. */
    static Map<String, String> files() {
        Map<String, String> f = TinySite.files();
        f.put("site.yml", f.get("site.yml").replace("  - {code: nl, name: Nederlands}\n",
                "  - {code: nl, name: Nederlands}\n  - {code: fy, name: Frysk, fallback: [nl]}\n"));
        f.put("translations/nl/programmes/p/01-first.md", """
                ---
                title: Eerste bijeenkomst
                description: De eerste bijeenkomst.
                objectives:
                  - Elkaar leren kennen.
                materials:
                  - Stoelen
                agenda:
                  - activity: Aankomst
                  - activity: Praten
                ---
                ## Begin

                Praat over [eten](topic:food).

                ![Een kring van stoelen](images/c.svg)
                """);
        return f;
    }

    private static Element downloadsBox(Path page) throws IOException {
        return Jsoup.parse(page.toFile()).selectFirst(".downloads-box");
    }

    @Test
    void aLanguageThatFallsBackToDutchOffersTheDutchEditionLabelledAsDutch() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"), files());
        Path out = tmp.resolve("out");
        TestSites.buildWithPdf(site, out);
        assertTrue(Files.exists(out.resolve("pdf/nl/p-01-facilitator.pdf")));
        assertFalse(Files.exists(out.resolve("pdf/fy")), "nothing is translated into Frisian: no Frisian PDF");

        Element box = downloadsBox(out.resolve("fy/programmes/p/01-first/index.html"));
        assertEquals(List.of("../../../../pdf/nl/p-01-facilitator.pdf", "../../../../pdf/nl/p-01-participant.pdf"),
                box.select("a").eachAttr("href"), "the Dutch text's edition, not the English one");
        for (Element li : box.select("li")) {
            assertEquals("nl", li.selectFirst("a").attr("hreflang"));
            assertEquals("Nederlands", li.selectFirst("span[lang=nl]").text());
            assertTrue(li.text().endsWith("· Nederlands (not yet in Frysk)"), li.text());
        }

        // The programme (index.md) and the recommendations are English only: both languages offer English.
        for (String lang : List.of("nl", "fy")) {
            Document downloads = Jsoup.parse(out.resolve(lang + "/downloads/index.html").toFile());
            Element manual = downloads.selectFirst("a[href=../../pdf/en/p-manual.pdf]");
            assertNotNull(manual, lang + ": the English manual");
            assertEquals("English (not yet in " + (lang.equals("nl") ? "Nederlands" : "Frysk") + ")",
                    manual.closest("tr").select("td").get(1).text());
            assertNotNull(downloads.selectFirst("a[href=../../pdf/en/recommendations.pdf][hreflang=en]"), lang);
            assertFalse(Files.exists(out.resolve("pdf/" + lang + "/p-manual.pdf")));
            assertFalse(Files.exists(out.resolve("pdf/" + lang + "/recommendations.pdf")));
        }
        Element own = downloadsBox(out.resolve("nl/programmes/p/01-first/index.html"));
        assertEquals(List.of("../../../../pdf/nl/p-01-facilitator.pdf", "../../../../pdf/nl/p-01-participant.pdf"),
                own.select("a").eachAttr("href"));
        assertTrue(own.select("[lang]").isEmpty(), "Dutch PDFs on a Dutch page need no label: " + own);
    }

    /**
     * One of two recommendations translated: the Dutch booklet is made, names the other on its cover as
     * printed in English, and its link says it is partly translated; with none translated (Frisian) there is
     * no booklet of its own.
     */
    @Test
    void aPartlyTranslatedBookletNamesItsEnglishRecommendationsOnItsCover() throws IOException {
        Map<String, String> f = files();
        f.put("content/recommendations/s.md", """
                ---
                title: Keep groups small
                level: provider
                description: Eight at most.
                countries: [ghana]
                ---
                Why small.
                """);
        f.put("translations/nl/recommendations/r.md", """
                ---
                title: Plan vooruit
                description: Plan het jaar.
                ---
                Waarom.
                """);
        Path site = TinySite.write(tmp.resolve("site"), f);
        Path out = tmp.resolve("out");
        TestSites.buildWithPdf(site, out);
        assertFalse(Files.exists(out.resolve("pdf/fy/recommendations.pdf")));
        String[] pages = org.kring.render.print.Pdftotext.text(out.resolve("pdf/nl/recommendations.pdf"), null).split("\f");
        String cover = pages[0].replaceAll("\\s+", " ");
        assertTrue(cover.contains("Not yet translated into Nederlands, so printed in English: Keep groups small"), cover);
        assertFalse(cover.contains("Plan vooruit"), "a translated recommendation is not listed: " + cover);
        Element item = Jsoup.parse(out.resolve("nl/downloads/index.html").toFile())
                .selectFirst("a[href=../../pdf/nl/recommendations.pdf]").parent();
        assertTrue(item.text().endsWith("· partly translated"), item.text());
        Element frisian = Jsoup.parse(out.resolve("fy/downloads/index.html").toFile())
                .selectFirst("a[href$=recommendations.pdf]");
        assertEquals("../../pdf/nl/recommendations.pdf", frisian.attr("href"), "Frisian reads Dutch first");
        assertTrue(frisian.parent().text().endsWith("· Nederlands (not yet in Frysk)"), frisian.parent().text());
    }

    /** A build of some languages links only the editions it makes: no link leads to a file it did not write. */
    @Test
    void aBuildOfSomeLanguagesLinksOnlyTheEditionsItMakes() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"), files());
        Path frisian = tmp.resolve("fy-only");
        Kring.build(new BuildOptions(site, frisian, List.of("fy"), null, true, null));
        assertFalse(Files.exists(frisian.resolve("pdf")), "no PDF at all: Frisian has no text of its own");
        assertNull(downloadsBox(frisian.resolve("fy/programmes/p/01-first/index.html")));
        assertFalse(Files.readString(frisian.resolve("fy/downloads/index.html")).contains(".pdf"));

        Path withDutch = tmp.resolve("fy-nl");
        Kring.build(new BuildOptions(site, withDutch, List.of("fy", "nl"), null, true, null));
        assertEquals(List.of("../../../../pdf/nl/p-01-facilitator.pdf", "../../../../pdf/nl/p-01-participant.pdf"),
                downloadsBox(withDutch.resolve("fy/programmes/p/01-first/index.html")).select("a").eachAttr("href"));
        assertFalse(Files.exists(withDutch.resolve("pdf/en")));
        for (String page : TestSites.tree(withDutch).keySet()) {
            if (page.endsWith(".html")) {
                String html = Files.readString(withDutch.resolve(page));
                assertFalse(html.contains("pdf/en/"), page + " links an English PDF this build did not make");
            }
        }
    }
}
