package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The translation status pages of the built example, read as a team in Arabic or Dutch reads them. */
class TranslationStatusPageTest {
    /** A file or folder path as Kring prints it: programmes/parenting, topics/nutrition.md, translations/ar/ar.po. */
    private static final Pattern PATH = Pattern.compile("[\\w-]+(\\.md|\\.po)|[\\w.-]+/[\\w./-]+");

    private static Document page(String lang) throws IOException {
        Path file = ExampleBuild.out().resolve(lang + "/translation/index.html");
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static Element row(Document doc, String header) {
        for (Element tr : doc.select("table.status tbody tr")) {
            if (tr.selectFirst("th").text().equals(header)) {
                return tr;
            }
        }
        throw new AssertionError("no row '" + header + "' in " + doc.select("table.status tbody th").eachText());
    }

    @Test
    void sectionsAreNamedInThePageLanguage() throws IOException {
        Document ar = page("ar");
        List<String> sections = ar.select("table.status tbody th").eachText();
        assertEquals(List.of("الصفحة الرئيسية وصفحات أخرى", "البلدان", "الدورات التدريبية للميسّرين",
                "الرعاية الجماعية للأهل والأطفال الرضّع", "Group pregnancy care", "توصيات التنفيذ", "مواضيع النقاش",
                "الواجهة (القوائم والأزرار والتسميات)"),
                sections);
        Element untranslated = row(ar, "Group pregnancy care").selectFirst("th span");
        assertEquals("en", untranslated.attr("lang"), "a programme not yet in Arabic is named in English, marked so");
        assertEquals("ltr", untranslated.attr("dir"));
        assertNull(row(ar, "الرعاية الجماعية للأهل والأطفال الرضّع").selectFirst("[lang]"));

        Document nl = page("nl");
        assertEquals(List.of("Startpagina en andere pagina’s", "Landen", "Cursussen voor begeleiders",
                "Group care for parents and babies", "Groepszorg tijdens de zwangerschap",
                "Aanbevelingen voor de invoering", "Gespreksonderwerpen", "Interface (menu’s, knoppen, labels)"),
                nl.select("table.status tbody th").eachText());
        assertEquals("en", row(nl, "Group care for parents and babies").selectFirst("th span").attr("lang"));
    }

    @Test
    void everyPathIsIsolatedLeftToRight() throws IOException {
        for (String lang : List.of("ar", "nl", "nl-SR")) {
            Document doc = page(lang);
            int paths = 0;
            for (Element e : doc.selectFirst("main").getAllElements()) {
                for (TextNode text : e.textNodes()) {
                    if (!PATH.matcher(text.text()).find()) {
                        continue;
                    }
                    paths++;
                    Element isolate = text.parent().closest("bdi, code");
                    assertNotNull(isolate, lang + ": a path outside bdi or code: '" + text.text() + "' in " + e.outerHtml());
                    assertEquals("ltr", isolate.attr("dir"), lang + ": " + isolate.outerHtml());
                }
            }
            assertTrue(paths > 50, lang + ": the page lists the files (" + paths + " paths)");
        }
        Element missing = page("ar").selectFirst("#missing-list + ul li");
        assertEquals("(about.md)", missing.selectFirst(".meta").text());
        assertEquals("about.md", missing.selectFirst(".meta bdi[dir=ltr]").text());
        Element step = page("ar").selectFirst("#next + ol li");
        assertEquals("kring translate export ar --only todo", step.selectFirst("code[dir=ltr]").text());
        assertTrue(step.ownText().startsWith("أرسل العمل إلى مترجميك"), "the words around the command are Arabic");
    }

    @Test
    void partlyTranslatedFilesHaveAColumnAndAList() throws IOException {
        Document ar = page("ar");
        List<String> columns = ar.select("table.status thead th").eachText();
        assertEquals(8, columns.size(), columns.toString());
        assertEquals("مترجَمة جزئيًا", columns.get(3), "after translated");
        for (Element tr : ar.select("table.status tbody tr, table.status tfoot tr")) {
            assertEquals(8, tr.children().size(), tr.outerHtml());
        }
        assertEquals("Deels vertaald", page("nl").select("table.status thead th").get(3).text());
        Element partial = ar.getElementById("partial-list");
        assertNotNull(partial);
        assertEquals("صفحات مترجَمة جزئيًا", partial.text());

        Document overview = page("en");
        List<String> all = overview.select("table.status thead th").eachText();
        assertEquals("Partly translated", all.get(2), all.toString());
        for (Element tr : overview.select("table.status tbody tr")) {
            assertEquals(all.size(), tr.children().size(), tr.outerHtml());
        }
    }
}
