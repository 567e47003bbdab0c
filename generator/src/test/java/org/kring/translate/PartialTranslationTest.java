package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildOptions;
import org.kring.BuildSession;
import org.kring.Kring;
import org.kring.Problems;
import org.kring.TinySite;
import org.kring.cli.Main;
import org.kring.segment.FileState;

/**
 * Partly translated files as a state of their own: counted as such, shown without a "changed" notice, their
 * English parts marked as English on the page and in what goes into the PDF; the same words in two roles are
 * two entries; and with --strict, a translation left behind by the source stops the build.
 */
class PartialTranslationTest {
    @TempDir
    Path tmp;

    private static final String SESSION = "programmes/p/01-first.md";

    private Path site() {
        Map<String, String> files = TinySite.files();
        files.put("content/" + SESSION, files.get("content/" + SESSION)
                .replace("  - minutes: 30\n    activity: Talk", "  - minutes: 30\n    activity: Closing circle")
                .replace("## Start\n", "## Start\n\nWe start with tea.\n\n## Closing circle\n"));
        return TinySite.write(tmp.resolve("site"), files);
    }

    private static List<Message> export(Path site) {
        return new Exporter(BuildSession.translations(site)).messages("nl", Exporter.Only.ALL).stream()
                .filter(m -> m.path().equals(SESSION)).toList();
    }

    private void importTranslations(Path site, Map<String, String> byRoleAndText) throws IOException {
        List<Message> out = new ArrayList<>();
        for (Message m : export(site)) {
            String t = byRoleAndText.get(m.role() + "|" + m.source());
            out.add(t == null ? m : m.translated(t));
        }
        Path po = tmp.resolve("nl.po");
        Files.writeString(po, PoFile.write("nl", out));
        Problems problems = new Problems();
        new Importer(BuildSession.translations(site)).importFiles(List.of(po), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
    }

    @Test
    void theSameWordsInTwoRolesAreTwoEntriesTranslatedApart() throws IOException {
        Path site = site();
        List<Message> entries = export(site);
        assertEquals(2, entries.stream().filter(m -> m.source().equals("Closing circle")).count());
        assertTrue(entries.stream().anyMatch(m -> m.source().equals("Closing circle") && "heading".equals(m.role())));
        assertTrue(entries.stream().anyMatch(m -> m.source().equals("Closing circle")
                && "agenda activity".equals(m.role())));
        assertTrue(PoFile.write("nl", entries).contains("msgctxt \"" + SESSION + "|agenda activity\""));

        importTranslations(site, Map.of("heading|Closing circle", "Afsluitende kring",
                "agenda activity|Closing circle", "Afsluiten"));
        Path out = tmp.resolve("out");
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false));
        Document page = Jsoup.parse(Files.readString(out.resolve("nl/programmes/p/01-first/index.html")));
        assertTrue(page.select("h2,h3,h4").stream().anyMatch(h -> h.text().contains("Afsluitende kring")));
        assertTrue(page.select("table.agenda tbody th").stream().anyMatch(th -> th.text().equals("Afsluiten")));
        assertFalse(page.text().contains("Closing circle"));
    }

    @Test
    void aPartlyTranslatedFileIsPartialAndItsEnglishPartsSaySoOnThePageAndInPrint() throws IOException {
        Path site = site();
        importTranslations(site, Map.of("title|First meeting", "Eerste bijeenkomst",
                "text|Talk about [food](topic:food).", "Praat over [eten](topic:food)."));
        var status = StatusReports.of(BuildSession.translations(site), "nl").files().stream()
                .filter(f -> f.path().equals(SESSION)).findFirst().orElseThrow();
        assertEquals(FileState.PARTIAL, status.state());
        assertEquals(2, status.translated());

        Path out = tmp.resolve("out");
        Path printHtml = tmp.resolve("print-html");
        System.setProperty("kring.printHtml", printHtml.toString());
        try {
            Kring.build(BuildOptions.of(site).withOut(out).withCache(tmp.resolve("cache")));
        } finally {
            System.clearProperty("kring.printHtml");
        }
        for (Document d : List.of(Jsoup.parse(Files.readString(out.resolve("nl/programmes/p/01-first/index.html"))),
                Jsoup.parse(Files.readString(printHtml.resolve("pdf/nl/p-01-facilitator.html"))))) {
            assertEquals("Eerste bijeenkomst", d.selectFirst("h1").text());
            assertFalse(d.selectFirst("h1").hasAttr("lang"), "the translated title is in the page's language");
            Element objective = d.select("li").stream().filter(li -> li.text().equals("Know each other."))
                    .findFirst().orElseThrow();
            assertEquals("en", objective.attr("lang"), "an objective still in English");
            assertEquals("ltr", objective.attr("dir"));
            Element tea = d.select("p").stream().filter(p -> p.text().equals("We start with tea.")).findFirst()
                    .orElseThrow();
            assertEquals("en", tea.attr("lang"), "a paragraph still in English");
            Element food = d.select("p").stream().filter(p -> p.text().startsWith("Praat over")).findFirst()
                    .orElseThrow();
            assertFalse(food.hasAttr("lang"), "the translated paragraph");
            assertTrue(d.select(".notice-outdated").isEmpty(), "no 'the English changed' notice");
        }
    }

    @Test
    void strictTurnsATranslationLeftBehindIntoAnErrorAndWritesNothing() throws IOException {
        Path site = site();
        importTranslations(site, Map.of("title|First meeting", "Eerste bijeenkomst"));
        // The English gains a text the translation does not have yet.
        Path source = site.resolve("content/" + SESSION);
        Files.writeString(source, Files.readString(source).replace("description: The first meeting.",
                "description: The first meeting.\nwhen: Week 12"));
        Path out = tmp.resolve("out");
        assertEquals(Main.OK, Main.run("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf",
                "--quiet"), "a warning: the site builds, with the English text meanwhile");
        Path strictOut = tmp.resolve("strict");
        assertEquals(Main.CONTENT_ERRORS, Main.run("build", "--site", site.toString(), "--out", strictOut.toString(),
                "--no-pdf", "--strict"));
        assertFalse(Files.exists(strictOut.resolve("nl")), "nothing written");
        Document page = Jsoup.parse(Files.readString(out.resolve("nl/programmes/p/01-first/index.html")));
        assertTrue(page.text().contains("Week 12"), "the English text is shown until it is translated");
    }
}
