package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the bundled example curriculum and checks the whole site the way a reader meets it. */
class ExampleSiteTest {
    static Path out;
    static BuildResult result;
    static SiteLinkChecker site;

    @BeforeAll
    static void build() {
        out = ExampleBuild.out();
        result = ExampleBuild.result();
        site = new SiteLinkChecker(out);
    }

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>();
        for (Path p : site.htmlFiles()) {
            String rel = out.relativize(p).toString();
            if (!rel.equals("index.html") && !rel.equals("404.html")) {
                pages.add(p);
            }
        }
        return pages;
    }

    @Test
    void buildsEveryConfiguredLanguageWithTheSamePages() {
        assertEquals(List.of("en", "nl", "nl-SR", "ar", "tw", "ti", "sq"), List.copyOf(result.pages().keySet()));
        int en = result.pages().get("en");
        assertTrue(en > 60, "English pages: " + en);
        result.pages().forEach((lang, n) -> assertEquals(en, n, "pages in " + lang));
        assertTrue(Files.isRegularFile(out.resolve("en/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("ar/programmes/pregnancy/index.html")));
    }

    @Test
    void noticesAndListsAreInThePagesOwnLanguageAndPunctuation() {
        // "The text here is in English", with English named in the reader's language.
        assertTrue(site.page(out.resolve("ar/about/index.html")).selectFirst(".notice-fallback").text()
                .endsWith("باللغة الإنجليزية."));
        assertTrue(site.page(out.resolve("tw/about/index.html")).selectFirst(".notice-fallback").text()
                .contains("Borɔfo"));
        assertTrue(site.page(out.resolve("ti/about/index.html")).selectFirst(".notice-fallback").text()
                .contains("እንግሊዝኛ"));
        for (Path p : pages()) {
            String lang = out.relativize(p).getName(0).toString();
            if (lang.equals("en")) {
                continue;
            }
            Element notice = site.page(p).selectFirst(".notice-fallback");
            if (notice != null) {
                assertFalse(notice.text().contains("English"), "English named in English on " + p);
            }
        }
        // A PDF's facts are listed with the language's comma: Arabic "،", Tigrinya "፣".
        String ar = site.page(out.resolve("ar/programmes/parenting/03-crying/index.html")).select(".meta").text();
        assertTrue(ar.contains("(PDF، "), ar);
        assertFalse(ar.contains("(PDF, "), ar);
        String ti = site.page(out.resolve("ti/programmes/parenting/01-getting-to-know/index.html")).select(".meta").text();
        assertTrue(ti.contains("(PDF፣ "), ti);
    }

    /**
     * Built without an address (as README's first command does), no page claims one: no canonical, hreflang or
     * share-card address, no sitemap; every page still has a description, share tags and its icon, and no link is
     * nofollow (the curriculum's links are its owners').
     */
    @Test
    void withoutABaseUrlNoPageClaimsAnAddress(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path plain = tmp.resolve("site");
        TestSites.build(TestSites.repo(), plain);
        assertFalse(Files.exists(plain.resolve("sitemap.xml")));
        assertFalse(Files.exists(plain.resolve("robots.txt")));
        int n = 0;
        try (java.util.stream.Stream<Path> files = Files.walk(plain)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("index.html")
                    && !f.getParent().equals(plain)).toList()) {
                Document doc = org.jsoup.Jsoup.parse(p.toFile(), "UTF-8");
                assertNull(doc.selectFirst("link[rel=canonical], link[rel=alternate][hreflang], meta[property=og:url]"),
                        p.toString());
                assertFalse(doc.selectFirst("meta[name=description]").attr("content").isBlank(), "description on " + p);
                assertNotNull(doc.selectFirst("meta[property=og:title]"), p.toString());
                assertNotNull(doc.selectFirst("meta[name=twitter:card]"), p.toString());
                Element icon = doc.selectFirst("link[rel=icon]");
                assertTrue(Files.isRegularFile(p.getParent().resolve(icon.attr("href")).normalize()), "icon on " + p);
                assertNull(doc.selectFirst("a[rel~=nofollow]"), "nofollow on " + p);
                n++;
            }
        }
        assertTrue(n > 600, "pages: " + n);
    }

    /** True when the page shows its own text: no notice that it is not translated. */
    private boolean translated(Path page) {
        return Files.isRegularFile(page) && site.page(page).selectFirst(".notice-fallback") == null;
    }

    @Test
    void everyPageHasLangDirAndHreflangOnlyForItsTranslations() {
        int fallbacks = 0;
        for (Path p : pages()) {
            Document doc = site.page(p);
            String lang = out.relativize(p).getName(0).toString();
            Path rest = out.resolve(lang).relativize(p);
            Element html = doc.selectFirst("html");
            assertEquals(lang, html.attr("lang"), p + " lang");
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", html.attr("dir"), p + " dir");
            Set<String> hreflangs = new TreeSet<>();
            for (Element l : doc.select("link[rel=alternate][hreflang]")) {
                hreflangs.add(l.attr("hreflang"));
                assertTrue(l.attr("href").startsWith("https://kring.example.org/"), "absolute alternate on " + p);
            }
            // A language is declared only where the page is in it: an Arabic page that shows English is not.
            Set<String> expected = new TreeSet<>();
            for (String code : List.of("ar", "en", "nl", "nl-SR", "sq", "ti", "tw")) {
                if (translated(out.resolve(code).resolve(rest))) {
                    expected.add(code);
                }
            }
            if (expected.contains("en")) {
                expected.add("x-default");
            }
            assertEquals(expected, hreflangs, p.toString());
            if (!translated(p)) {
                fallbacks++;
                assertNotNull(doc.selectFirst("nav.languages li.untranslated a[aria-current=page] .lang-note"),
                        "the switcher says this language does not have the page: " + p);
                Path folder = rest.getParent();
                assertEquals("https://kring.example.org/en/" + (folder == null ? "" : folder.toString().replace('\\', '/')
                        + "/"), doc.selectFirst("link[rel=canonical]").attr("href"), "a fallback's canonical is the page it shows");
            }
            assertNotNull(doc.selectFirst("a.skip[href=#main]"), "skip link on " + p);
            assertNotNull(doc.getElementById("main"), "main landmark on " + p);
            assertEquals(1, doc.select("h1").size(), "one h1 on " + p);
        }
        assertTrue(fallbacks > 300, "the example has many fallback pages: " + fallbacks);
    }

    /**
     * Every block of English text in a page of another language says it is English, so a screen reader reads it
     * as English and a search engine does not take it for Arabic: any element whose text is that of an
     * English page's block (three words or more) has all its text inside {@code lang="en"}.
     */
    @Test
    void englishTextInAnotherLanguagesPageIsMarkedEnglish() {
        String blocks = "p, li, h1, h2, h3, h4, td, th, a, dt, dd, figcaption, summary, caption, span, strong, em, "
                + "title, button, label";
        Set<String> english = new java.util.HashSet<>();
        for (Path p : pages()) {
            if (out.relativize(p).getName(0).toString().equals("en")) {
                for (Element e : site.page(p).select(blocks)) {
                    if (e.text().split(" ").length >= 3) {
                        english.add(e.text());
                    }
                }
            }
        }
        List<String> unmarked = new ArrayList<>();
        int checked = 0;
        for (Path p : pages()) {
            if (out.relativize(p).getName(0).toString().equals("en")) {
                continue;
            }
            for (Element e : site.page(p).select(blocks)) {
                if (!english.contains(e.text())) {
                    continue;
                }
                checked++;
                for (org.jsoup.nodes.TextNode t : allText(e)) {
                    if (!t.isBlank() && !effectiveLang(t).equals("en")) {
                        unmarked.add(out.relativize(p) + ": <" + e.tagName() + "> " + e.text());
                        break;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "English blocks found in other languages' pages: " + checked);
        assertEquals(List.of(), unmarked.stream().distinct().limit(20).toList());
    }

    private static List<org.jsoup.nodes.TextNode> allText(Element e) {
        List<org.jsoup.nodes.TextNode> out = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                out.add(t);
            }
        }, e);
        return out;
    }

    private static String effectiveLang(org.jsoup.nodes.Node n) {
        for (org.jsoup.nodes.Node x = n; x != null; x = x.parent()) {
            if (x instanceof Element el && el.hasAttr("lang")) {
                return el.attr("lang");
            }
        }
        return "";
    }

    @Test
    void languageSwitcherLeadsToTheSamePageInTheOtherLanguage() {
        for (Path p : pages()) {
            Document doc = site.page(p);
            String rel = out.relativize(p).toString();
            String rest = rel.substring(rel.indexOf('/') + 1);
            List<Element> links = doc.select("nav.languages a");
            assertEquals(7, links.size(), "switcher on " + p);
            for (Element a : links) {
                String target = a.attr("lang");
                Path file = site.resolve(p, a.attr("href"));
                assertEquals(out.resolve(target).resolve(rest), file, "switcher link " + a.attr("href") + " on " + p);
                assertTrue(Files.isRegularFile(file), "switcher target exists: " + file);
                assertEquals(target, site.page(file).selectFirst("html").attr("lang"));
            }
            assertEquals(1, doc.select("nav.languages a[aria-current=page]").size());
        }
    }

    @Test
    void noBrokenLinksOrAnchorsAnywhere() {
        List<String> broken = site.broken();
        assertTrue(broken.isEmpty(), broken.size() + " broken links:\n" + String.join("\n", broken.subList(0,
                Math.min(30, broken.size()))));
    }

    @Test
    void nothingIsLoadedFromElsewhere() {
        assertEquals(Set.of(), site.externalResources());
        for (Path p : pages()) {
            for (Element img : site.page(p).select("img")) {
                // A card's or a page head's picture repeats what its title says: decorative, alt="" (WCAG H67).
                boolean decorative = img.hasClass("card-picture") || img.hasClass("session-picture")
                        || img.hasClass("session-head-picture") || img.hasClass("brand-mark");
                assertTrue(img.hasAttr("alt"), "an alt attribute on " + img + " in " + p);
                assertFalse(!decorative && img.attr("alt").isBlank(), "alt text on " + img + " in " + p);
            }
        }
    }

    @Test
    void fallbackPagesSayInTheirLanguageThatTheyAreNotTranslated() {
        // Twi has one session translated; the rest of the Twi site falls back to English.
        int fallbacks = 0;
        int translated = 0;
        for (Path p : pages()) {
            String lang = out.relativize(p).getName(0).toString();
            if (lang.equals("en")) {
                assertTrue(site.page(p).select(".notice-fallback").isEmpty(), "no notice in the source: " + p);
                continue;
            }
            Document doc = site.page(p);
            Element notice = doc.selectFirst(".notice-fallback");
            Element h1 = doc.selectFirst("main h1");
            if (notice != null) {
                fallbacks++;
                assertFalse(notice.hasAttr("lang"), "notice is in the page's language: " + p);
                assertFalse(doc.select("main [lang=en]").isEmpty(), "fallback text marked as English on " + p);
                if (!h1.attr("lang").isEmpty()) {
                    assertEquals("en", h1.attr("lang"), p.toString());
                }
                assertFalse(notice.text().contains("["), "notice text is translated: " + notice.text());
            } else {
                translated++;
                assertEquals("", h1.attr("lang"), "translated title is in the page's language on " + p);
            }
        }
        assertTrue(fallbacks > 50, "fallback pages: " + fallbacks);
        assertTrue(translated > 15, "translated pages: " + translated);
    }

    @Test
    void outdatedAndAdaptedPagesSaySo() {
        Document nl = site.page(out.resolve("nl/programmes/pregnancy/02-eating-and-moving/index.html"));
        assertNotNull(nl.selectFirst(".notice-outdated"), "the English of this session changed after translation");
        assertNull(site.page(out.resolve("nl/programmes/pregnancy/03-body-changes/index.html"))
                .selectFirst(".notice-outdated"));
        Document sr = site.page(out.resolve("nl-SR/programmes/pregnancy/02-eating-and-moving/index.html"));
        assertNotNull(sr.selectFirst(".notice-adapted"));
        assertTrue(sr.text().contains("roti"), "the Surinamese food list");
        Document srDutch = site.page(out.resolve("nl-SR/programmes/pregnancy/03-body-changes/index.html"));
        assertNull(srDutch.selectFirst(".notice-fallback"), "Surinamese Dutch reads the Dutch text without a notice");
        assertEquals("Je veranderende lichaam", srDutch.selectFirst("main h1").text());
        Document status = site.page(out.resolve("nl/translation/index.html"));
        assertTrue(status.text().contains("02-eating-and-moving.md"), "the status page lists the outdated session");
        assertNotNull(status.selectFirst("table.status"));
        Document overview = site.page(out.resolve("en/translation/index.html"));
        assertEquals(6, overview.select("table.status tbody tr").size(), "one row per language to translate into");
    }

    @Test
    void everyAgendaAddsUpToTheSessionDuration() {
        int sessions = 0;
        for (Path p : pages()) {
            Document doc = site.page(p);
            Element agenda = doc.selectFirst("table.agenda:not(.schedule)"); // a course schedule has clock times
            if (agenda == null) {
                continue;
            }
            sessions++;
            int sum = 0;
            String lastEnd = "0:00";
            for (Element row : agenda.select("tbody tr")) {
                sum += Integer.parseInt(row.selectFirst("td.num").text());
                String[] times = row.selectFirst("td.time").text().split("–");
                assertEquals(lastEnd, times[0], "agenda rows follow each other on " + p);
                lastEnd = times[1];
            }
            int total = Integer.parseInt(agenda.selectFirst("tfoot td.num").text());
            assertEquals(total, sum, "agenda total on " + p);
            int hours = Integer.parseInt(lastEnd.split(":")[0]);
            int minutes = Integer.parseInt(lastEnd.split(":")[1]);
            assertEquals(total, hours * 60 + minutes, "agenda ends at the duration on " + p);
        }
        assertEquals(19 * 7, sessions, "sessions in seven languages");
    }

    @Test
    void sessionPagesShowTheGuideAndSetFacilitatorNotesApart() {
        Document doc = site.page(out.resolve("en/programmes/pregnancy/01-welcome/index.html"));
        assertEquals("Session 1 of Group pregnancy care".substring(0, 10),
                doc.selectFirst(".eyebrow").text().substring(0, 10));
        for (String id : List.of("objectives", "materials", "self-checks", "agenda", "topics", "plan")) {
            assertNotNull(doc.getElementById(id), "section #" + id);
        }
        assertFalse(doc.select(".box-facilitator .box-label").isEmpty(), "facilitator notes are labelled");
        assertEquals("For facilitators", doc.selectFirst(".box-facilitator .box-label").text());
        assertFalse(doc.select("#topics ~ ul a, section:has(#topics) a").isEmpty(), "topics are linked");
    }

    @Test
    void topicPagesListTheSessionsThatUseThem() {
        Document doc = site.page(out.resolve("en/topics/breastfeeding/index.html"));
        List<String> sessions = doc.select("ul.session-links a").eachAttr("href");
        assertTrue(sessions.stream().anyMatch(h -> h.contains("pregnancy/08-feeding-your-baby/")), sessions.toString());
        assertTrue(sessions.stream().anyMatch(h -> h.contains("parenting/01-getting-to-know/")), sessions.toString());
    }

    @Test
    void recommendationsAreGroupedByAllFourLevels() {
        Document doc = site.page(out.resolve("en/recommendations/index.html"));
        int total = 0;
        for (String level : List.of("policy", "organisation", "provider", "participant")) {
            Element section = doc.getElementById("level-" + level);
            assertNotNull(section, level);
            int n = section.select("li.card").size();
            assertTrue(n >= 4, level + " has " + n);
            total += n;
        }
        assertTrue(total >= 16, "recommendations: " + total);
        assertEquals(4, doc.select("[data-filter] a[data-level]").size() - 1, "a filter per level plus 'all'");
    }

    @Test
    void arabicPagesAreRightToLeftWithArabicInterface() {
        Document doc = site.page(out.resolve("ar/index.html"));
        assertEquals("rtl", doc.selectFirst("html").attr("dir"));
        String menu = doc.select("nav.menu a").first().text();
        assertTrue(menu.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                "Arabic menu: " + menu);
    }

    @Test
    void rootOffersEveryLanguageAndAStylesheetForPrint() throws Exception {
        Document root = site.page(out.resolve("index.html"));
        assertEquals(7, root.select(".language-choice a").size());
        String css = Files.readString(out.resolve(site.page(out.resolve("en/index.html"))
                .selectFirst("link[rel=stylesheet]").attr("href").replace("../", "")));
        assertTrue(css.contains("@media print"), "print stylesheet");
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("hreflang=\"ar\""));
    }
}
