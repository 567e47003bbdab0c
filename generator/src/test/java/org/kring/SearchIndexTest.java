package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.jr.ob.JSON;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The search index of each language of the example site, as the search page reads it: every page the language
 * publishes once (and nothing else), with its title, what it is and a link to a file the build wrote; small
 * enough to download over a slow connection.
 */
class SearchIndexTest {
    static final int BUDGET_GZIP = 300 * 1024;

    /** The documents of a language's index: the object the script assigns, read as JSON. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> docs(Path site, String lang) throws IOException {
        String script = Files.readString(site.resolve(lang).resolve("search-index.js"));
        String prefix = "window.kringSearch=";
        assertTrue(script.startsWith(prefix), "the index is a script that sets window.kringSearch");
        String json = script.substring(prefix.length(), script.lastIndexOf(';'));
        Map<String, Object> index = JSON.std.mapFrom(json);
        assertEquals(lang, index.get("lang"));
        return (List<Map<String, Object>>) index.get("docs");
    }

    /** The pages of a language the build wrote, from the site's root, but for the search page itself. */
    static Set<String> pages(Path site, String lang) throws IOException {
        try (Stream<Path> s = Files.walk(site.resolve(lang))) {
            Set<String> out = new TreeSet<>();
            s.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    // The search page, and the translation report (every text's title: it would answer every search).
                    .filter(p -> !p.equals(lang + "/search/index.html") && !p.equals(lang + "/translation/index.html"))
                    .forEach(out::add);
            return out;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "nl-SR", "ar", "tw", "ti", "sq"})
    void everyPublishedPageIsInItsLanguagesIndexOnce(String lang) throws IOException {
        Path site = ExampleWebBuild.out();
        List<Map<String, Object>> docs = docs(site, lang);
        List<String> links = new ArrayList<>();
        for (Map<String, Object> d : docs) {
            String link = (String) d.get("u");
            links.add(link);
            assertFalse(((String) d.get("t")).isBlank(), link + " has a title");
            assertFalse(((String) d.get("k")).isBlank(), link + " says what it is");
            assertFalse(((String) d.get("x")).isBlank(), link + " has its text");
            assertTrue(link.endsWith("index.html"), link + " names its file, so it opens from disk");
            assertTrue(Files.isRegularFile(site.resolve(link)), link + " is a file the build wrote");
        }
        assertEquals(links.size(), new TreeSet<>(links).size(), "no page twice: " + links);
        assertEquals(pages(site, lang), new TreeSet<>(links), "the index has the pages the site publishes, no other");
        assertTrue(Files.isRegularFile(site.resolve(lang + "/translation/index.html")), "the report is published");
    }

    @Test
    void entriesSayWhatTheyAreInThePagesLanguageAndMarkTextInAnother() throws IOException {
        Path site = ExampleWebBuild.out();
        Map<String, Object> session = doc(site, "nl", "nl/programmes/pregnancy/08-feeding-your-baby/index.html");
        assertEquals("Je baby voeden", session.get("t"));
        assertEquals("Bijeenkomst 8 van Groepszorg tijdens de zwangerschap", session.get("k"));
        assertEquals(null, session.get("l"), "Dutch text in the Dutch index needs no mark");
        Map<String, Object> topic = doc(site, "nl", "nl/topics/breastfeeding/index.html");
        assertEquals("Gespreksonderwerp", topic.get("k"));
        assertTrue(((String) topic.get("x")).contains("borstvoeding"), "the page's text: " + topic.get("x"));
        Map<String, Object> english = doc(site, "tw", "tw/programmes/parenting/04-sleep/index.html");
        assertEquals("en", english.get("l"), "an untranslated page's text is marked as English");
        Map<String, Object> arabic = doc(site, "ar", "ar/topics/crying/index.html");
        assertEquals("موضوع نقاش", arabic.get("k"));
        assertEquals("Session 3 of Group pregnancy care", doc(site, "en",
                "en/programmes/pregnancy/03-body-changes/index.html").get("k"));
        Map<String, Object> course = doc(site, "en", "en/courses/pregnancy-facilitator/index.html");
        assertEquals("Facilitator course", course.get("k"));
    }

    @Test
    void unpublishedFilesAndTheSearchPageAreNotInTheIndex() throws IOException {
        Path site = ExampleWebBuild.out();
        for (Map<String, Object> d : docs(site, "en")) {
            String link = (String) d.get("u");
            assertFalse(link.startsWith("en/search/"), "the search page does not find itself");
            assertTrue(link.startsWith("en/"), link + " is a page of the language");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "nl-SR", "ar", "tw", "ti", "sq"})
    void theIndexFitsTheBudget(String lang) throws IOException {
        byte[] raw = Files.readAllBytes(ExampleWebBuild.out().resolve(lang).resolve("search-index.js"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(raw);
        }
        assertTrue(gz.size() <= BUDGET_GZIP, lang + ": " + gz.size() + " bytes gzipped, more than 300 KB");
    }

    @Test
    void theSearchPageAndMiniSearchWithItsLicenceArePublished() throws IOException {
        Path site = ExampleWebBuild.out();
        String page = Files.readString(site.resolve("ar/search/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("data-index=\"../search-index.js?v="), "the page names its index's version");
        String license = Files.readString(site.resolve("assets/minisearch.LICENSE.txt"));
        assertTrue(license.contains("Permission is hereby granted, free of charge"), "MiniSearch's MIT licence");
        try (Stream<Path> s = Files.list(site.resolve("assets"))) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().matches("minisearch\\.[0-9a-f]{10}\\.js")),
                    "MiniSearch, fingerprinted like the site's own script");
        }
    }

    /** {@code kring bench --search-only} prints each language's index, raw and gzipped. */
    @Test
    void benchPrintsTheIndexSizes() {
        org.kring.cli.CliRun run = org.kring.cli.CliRun.of("bench", "--search-only", "--site",
                TestSites.repo().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("raw (KB)") && run.out().contains("gzip (KB)"), run.out());
        for (String lang : List.of("en", "nl", "nl-SR", "ar", "tw", "ti", "sq")) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(lang)
                    + " +87 +[0-9.]+ +[0-9.]+")), lang + " row: " + run.out());
        }
    }

    private static Map<String, Object> doc(Path site, String lang, String link) throws IOException {
        Map<String, Object> d = docs(site, lang).stream().filter(x -> link.equals(x.get("u"))).findFirst().orElse(null);
        assertNotNull(d, link + " is in the " + lang + " index");
        return d;
    }
}
