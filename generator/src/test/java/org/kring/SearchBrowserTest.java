package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search as a reader uses it, in headless Chromium on the example site opened from disk ({@code file://}, where a
 * page may not fetch a file): Arabic with and without short vowels, a Dutch word, a result that opens its page,
 * and the keyboard alone. What is asserted is what the reader sees: the status line, the result links and the
 * page a link opens.
 */
class SearchBrowserTest {
    @TempDir
    static Path tmp;
    static WebDriver browser;
    static String root;

    @BeforeAll
    static void start() {
        BrowserTest.assumeChromium("SearchBrowserTest");
        root = ExampleWebBuild.out().toUri().toString();
        browser = BrowserTest.driver(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A result as the reader sees it: the link's text, what it is, and where it leads. */
    record Result(String title, String kind, String href) {
    }

    /** Opens a language's search page with {@code ?q=}, as the header's form does, and reads the results. */
    private static List<Result> search(String lang, String query) {
        browser.get(root + lang + "/search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return results();
    }

    /** The results once the search has run: the status line no longer says it is loading. */
    private static List<Result> results() {
        WebElement form = browser.findElement(By.cssSelector("form[data-search]"));
        String loading = form.getAttribute("data-loading");
        WebElement status = browser.findElement(By.cssSelector("[role=status]"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            String text = status.getText();
            return !text.isBlank() && !text.equals(loading);
        });
        return browser.findElements(By.cssSelector(".search-results li")).stream()
                .map(li -> new Result(li.findElement(By.tagName("a")).getText(),
                        li.findElement(By.cssSelector(".search-kind")).getText(),
                        li.findElement(By.tagName("a")).getAttribute("href")))
                .toList();
    }

    private static String status() {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Arabic is written with or without its short vowels (tashkeel), and readers type either: a word of a session's
     * title with vowels finds what it finds without, and a word the text writes with a shadda is found typed
     * without one (and with a plain hamza seat).
     */
    @Test
    void arabicWithAndWithoutShortVowelsFindsTheSameSession() throws Exception {
        String crying = root + "ar/programmes/parenting/03-crying/index.html";
        List<Result> vowelled = search("ar", "البُكَاء");
        assertEquals("rtl", ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('.search-results')).direction"));
        screenshot("search-ar");
        List<Result> plain = search("ar", "البكاء");
        assertFalse(plain.isEmpty(), "found: " + status());
        assertEquals(plain, vowelled, "the same results with and without tashkeel");
        assertTrue(plain.stream().anyMatch(r -> r.href().equals(crying) && r.title().equals("البكاء والتهدئة")
                && r.kind().startsWith("الجلسة 3")), "the crying session, as session 3: " + plain);
        assertTrue(status().contains("عدد النتائج"), "the count is said in Arabic: " + status());
        List<Result> shadda = search("ar", "مهدّئة");
        List<Result> folded = search("ar", "مهديه");
        assertEquals(shadda, folded, "shadda, the hamza's seat and ta marbuta fold away");
        assertTrue(folded.stream().anyMatch(r -> r.href().equals(crying)), "the crying session: " + folded);
        List<Result> hamza = search("ar", "للأهل");
        List<Result> alef = search("ar", "للاهل");
        assertFalse(alef.isEmpty(), status());
        assertEquals(hamza, alef, "alef with hamza is found typed as a plain alef");
    }

    /**
     * A Dutch reader types "borstvoeding" in the header of the home page and finds the breastfeeding topic. The
     * home page has not loaded the index: only the search page does.
     */
    @Test
    void dutchBorstvoedingFromTheHeaderFindsTheBreastfeedingTopic() throws Exception {
        browser.get(root + "nl/index.html");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                "return window.kringSearch === undefined && window.MiniSearch === undefined"), "nothing loaded");
        WebElement field = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        assertEquals("Zoeken op deze site", browser.findElement(By.cssSelector("label[for='" + field.getAttribute("id")
                + "']")).getText(), "the field's label, in Dutch");
        field.sendKeys("borstvoeding", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("nl/search/index.html"));
        List<Result> found = results();
        screenshot("search-nl");
        assertTrue(found.contains(new Result("Borstvoeding en je baby voeden", "Gespreksonderwerp",
                root + "nl/topics/breastfeeding/index.html")), "the topic: " + found);
        assertTrue(status().startsWith("Resultaten: "), status());
        assertEquals("borstvoeding", browser.findElement(By.id("search-q")).getAttribute("value"));
        Result topic = new Result("Borstvoeding en je baby voeden", "Gespreksonderwerp",
                root + "nl/topics/breastfeeding/index.html");
        assertTrue(search("nl", "borstvoed").contains(topic), "a word's beginning finds it");
        assertTrue(search("nl", "borstvoeeding").contains(topic), "a typo in a long word finds it");
    }

    /** Latin accents fold (Albanian ë typed as e), and Twi's ɛ is a letter the search keeps. */
    @Test
    void latinAccentsFoldAndTwiLettersStay() {
        List<Result> sq = search("sq", "njeri");
        assertTrue(sq.stream().anyMatch(r -> r.title().equals("Njihemi me njëri-tjetrin")), "ë typed as e: " + sq);
        List<Result> tw = search("tw", "nhwehwɛmu");
        assertTrue(tw.stream().anyMatch(r -> r.href().equals(root + "tw/programmes/pregnancy/01-welcome/index.html")),
                "a Twi word with ɛ: " + tw);
    }

    /** Opened from disk, a result's link opens its page: the page's file, with its heading, no folder listing. */
    @Test
    void aResultOpensItsPageFromDisk() {
        List<Result> found = search("en", "breastfeeding");
        assertFalse(found.isEmpty(), status());
        Result first = found.get(0);
        browser.findElement(By.cssSelector(".search-results li a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(first.href()));
        assertTrue(first.href().startsWith(root) && first.href().endsWith("/index.html"), first.href());
        assertEquals(first.title(), browser.findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("nav.menu a")).size() >= 4, "a page of the site");
    }

    /**
     * With the keyboard alone: Tab to the header's field, type, Enter; on the search page the field keeps the
     * focus, and Tab leads past the button to the first result, which Enter opens.
     */
    @Test
    void theKeyboardAloneSearchesAndReachesTheResults() {
        browser.get(root + "en/index.html");
        WebElement field = browser.findElement(By.id("site-search-q"));
        for (int i = 0; i < 60 && !field.equals(browser.switchTo().activeElement()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(field, browser.switchTo().activeElement(), "Tab reaches the search field");
        browser.switchTo().activeElement().sendKeys("sleep", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("en/search/"));
        List<Result> found = results();
        assertFalse(found.isEmpty(), status());
        assertEquals("search-q", browser.switchTo().activeElement().getAttribute("id"), "the field has the focus");
        // Typing on, and Enter again, searches in place: the focus stays in the field.
        browser.switchTo().activeElement().sendKeys(" baby", Keys.ENTER);
        List<Result> narrowed = results();
        assertFalse(narrowed.isEmpty(), status());
        assertEquals("search-q", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("button", browser.switchTo().activeElement().getTagName());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals(narrowed.get(0).href(), focused.getAttribute("href"), "the next Tab is on the first result");
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(narrowed.get(0).href()));
        assertEquals(narrowed.get(0).title(), browser.findElement(By.cssSelector("main h1")).getText());
    }

    /** Served from a folder of a web server, the search finds pages and its links stay inside the folder. */
    @Test
    void searchWorksServedFromAFolderOfTheServer() throws Exception {
        try (StaticServer sub = new StaticServer(ExampleWebBuild.out().getParent())) {
            String site = sub.url("site/");
            browser.get(site + "en/index.html");
            browser.findElement(By.id("site-search-q")).sendKeys("welcome", Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("en/search/"));
            List<Result> found = results();
            assertFalse(found.isEmpty(), status());
            found.forEach(r -> assertTrue(r.href().startsWith(site + "en/"), r.href()));
            browser.findElement(By.cssSelector(".search-results li a")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(found.get(0).href()));
            assertEquals(found.get(0).title(), browser.findElement(By.cssSelector("main h1")).getText());
        }
    }

    /** Words that match nothing say so, in the page's language. */
    @Test
    void nothingFoundIsSaid() {
        assertTrue(search("sq", "xqzvw").isEmpty());
        assertEquals("Nuk u gjet asgjë. Provoni një fjalë tjetër ose më pak fjalë.", status());
    }

    /** Without JavaScript the search page says, in its language, that search needs it. */
    @Test
    void withoutJavaScriptThePageSaysSo() throws Exception {
        Document ar = Jsoup.parse(ExampleWebBuild.out().resolve("ar/search/index.html").toFile());
        assertTrue(Jsoup.parse(ar.selectFirst("noscript").html()).text().startsWith("يحتاج البحث إلى JavaScript"),
                ar.selectFirst("noscript").html());
    }

    /** axe-core's WCAG 2.1 A and AA rules on the search page with results, left to right and right to left. */
    @Test
    void theSearchPageMeetsWcag21AA() {
        List<String> failures = new java.util.ArrayList<>();
        for (String[] q : List.of(new String[] {"en", "breastfeeding"}, new String[] {"ar", "البكاء"},
                new String[] {"ti", "ምድላይ"})) {
            search(q[0], q[1]);
            Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            for (Rule rule : r.getViolations()) {
                failures.add(q[0] + ": " + rule.getId() + " " + rule.getHelp() + " — " + rule.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        browser.get(root + "nl/index.html");
        Results home = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        home.getViolations().forEach(rule -> failures.add("nl home: " + rule.getId() + " " + rule.getHelp()));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
