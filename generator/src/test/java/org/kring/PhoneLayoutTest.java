package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site on a phone (360 x 740, as a midwife's phone shows it) and on a desktop, in a real browser:
 * every kind of page fits the screen's width, the header leaves the screen to the content, the menus work with
 * the keyboard alone, and axe-core finds nothing against WCAG 2.2 AA and its best practices.
 */
class PhoneLayoutTest {
    @TempDir
    static Path tmp;
    static StaticServer server;
    static WebDriver browser;

    /** One page of every kind, by its path under a language's folder. */
    static final List<String> PAGE_KINDS = List.of("", "programmes/pregnancy/", "programmes/pregnancy/06-preparing-for-birth/",
            "topics/", "topics/breastfeeding/", "recommendations/", "recommendations/welcome-partners/", "countries/",
            "countries/netherlands/", "downloads/", "courses/", "courses/pregnancy-facilitator/",
            "courses/pregnancy-facilitator/facilitation-skills/", "about/", "search/", "translation/");

    @BeforeAll
    static void start() throws Exception {
        BrowserTest.assumeChromium("PhoneLayoutTest");
        server = new StaticServer(ExampleBuild.out());
        browser = BrowserTest.driver(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void screen(int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static double number(String script) {
        return ((Number) js(script)).doubleValue();
    }

    /** On a phone, in English and Arabic: no page is wider than the screen, and the header takes at most 20 %. */
    @Test
    void everyKindOfPageFitsAPhone() {
        screen(360, 740);
        List<String> failures = new ArrayList<>();
        try {
            for (String lang : List.of("en", "ar")) {
                List<String> paths = new ArrayList<>(PAGE_KINDS.stream().map(k -> lang + "/" + k).toList());
                if (lang.equals("en")) {
                    paths.add("404.html"); // the server's page for a missing address, one for all languages
                }
                for (String path : paths) {
                    browser.get(server.url(path));
                    double page = number("return document.documentElement.scrollWidth");
                    double screen = number("return document.documentElement.clientWidth");
                    if (page > screen) {
                        failures.add(path + ": the page is " + page + " px wide on a " + screen + " px screen: "
                                + js("return [...document.querySelectorAll('main *')].filter(e => "
                                        + "e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 "
                                        + "|| e.getBoundingClientRect().left < -1).slice(0, 3).map(e => e.tagName + "
                                        + "'.' + e.className).join(', ')"));
                    }
                    // (The 404 page, in every language at once, has no header.)
                    double header = number("var h = document.querySelector('.site-header'); "
                            + "return h ? h.getBoundingClientRect().height : 0");
                    double height = number("return window.innerHeight");
                    if (header > 0.2 * height) {
                        failures.add(path + ": the header is " + header + " px high, more than 20 % of " + height);
                    }
                    if (lang.equals("ar")) {
                        // Mirrored: the site's name on the right, the menu button on the left.
                        double brand = number("return document.querySelector('.brand').getBoundingClientRect().left");
                        double menu = number("return document.querySelector('.menu-button summary').getBoundingClientRect().left");
                        if (!(brand > menu)) {
                            failures.add(path + ": not mirrored (brand at " + brand + ", menu at " + menu + ")");
                        }
                    }
                }
            }
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertEquals(List.of(), failures);
    }

    /**
     * On a phone, with the keyboard only: the menu button opens the menu (Enter), Escape closes it and gives the
     * focus back, Enter opens and closes it again; a link in it is reached with Tab and followed. The language
     * menu likewise leads to the Arabic page, where the same works right to left.
     */
    @Test
    void theMenusWorkWithTheKeyboard() {
        screen(360, 740);
        try {
            browser.get(server.url("en/programmes/pregnancy/"));
            WebElement details = browser.findElement(By.cssSelector(".menu-button"));
            tabTo(".menu-button summary");
            assertFalse(browser.findElement(By.cssSelector("nav.menu-phone")).isDisplayed(), "closed at first");
            press(Keys.ENTER);
            assertEquals("true", String.valueOf(details.getDomProperty("open")));
            assertTrue(browser.findElement(By.cssSelector("nav.menu-phone a")).isDisplayed(), "its links show");
            press(Keys.ESCAPE);
            assertEquals("false", String.valueOf(details.getDomProperty("open")), "Escape closes it");
            assertTrue((Boolean) js("return document.activeElement.matches('.menu-button summary')"),
                    "the focus is back on the button");
            press(Keys.ENTER);
            assertEquals("true", String.valueOf(details.getDomProperty("open")));
            press(Keys.ENTER);
            assertEquals("false", String.valueOf(details.getDomProperty("open")), "Enter closes it too");
            press(Keys.ENTER);
            tabTo("nav.menu-phone a[href$='topics/index.html']");
            press(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/en/topics/index.html"));

            tabTo(".lang-menu summary");
            press(Keys.ENTER);
            tabTo("nav.languages a[lang='ar']");
            press(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/ar/topics/index.html"));
            tabTo(".menu-button summary");
            press(Keys.ENTER);
            assertTrue(browser.findElement(By.cssSelector("nav.menu-phone a")).isDisplayed(), "the Arabic menu opens");
            double panelRight = number("return document.querySelector('nav.menu-phone a').getBoundingClientRect().right");
            assertTrue(panelRight > 300, "its items start on the right: " + panelRight);
            press(Keys.ESCAPE);
            assertFalse(browser.findElement(By.cssSelector("nav.menu-phone")).isDisplayed());
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules and its best practices, on every kind of page in English,
     * Arabic and Tigrinya, on a phone and on a desktop; on the phone also with the menu (and its search field)
     * open and with the language menu open.
     */
    @Test
    void everyKindOfPageMeetsWcag22AAOnAPhoneAndADesktop() {
        List<String> failures = new ArrayList<>();
        try {
            for (int[] size : new int[][] {{360, 740}, {1280, 900}}) {
                screen(size[0], size[1]);
                for (String lang : List.of("en", "ar", "ti")) {
                    for (String kind : PAGE_KINDS) {
                        check(lang + "/" + kind, size[0], null, failures);
                    }
                }
                check("index.html", size[0], null, failures);
                check("404.html", size[0], null, failures);
                for (String extra : List.of("nl/programmes/pregnancy/06-preparing-for-birth/",
                        "tw/programmes/parenting/04-sleep/", "nl/translation/")) {
                    check(extra, size[0], null, failures);
                }
            }
            screen(360, 740);
            for (String lang : List.of("en", "ar", "ti")) {
                check(lang + "/programmes/pregnancy/01-welcome/", 360, ".menu-button", failures);
                check(lang + "/programmes/pregnancy/01-welcome/", 360, ".lang-menu", failures);
            }
            // Dark mode (the reader's system setting) keeps every contrast.
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            for (String path : List.of("en/", "ar/programmes/pregnancy/03-body-changes/", "en/topics/breastfeeding/",
                    "en/downloads/", "ti/recommendations/")) {
                check(path, 360, null, failures);
            }
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(String path, int width, String open, List<String> failures) {
        browser.get(server.url(path));
        if (open != null) {
            js("document.querySelector('" + open + "').open = true");
        }
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(browser);
        for (Rule rule : results.getViolations()) {
            failures.add("/" + path + " at " + width + " px" + (open == null ? "" : " with " + open + " open") + ": "
                    + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
        }
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Presses Tab until the focus is on the element {@code selector} matches (as a keyboard user would). */
    private static void tabTo(String selector) {
        for (int i = 0; i < 60; i++) {
            if ((Boolean) js("return document.activeElement != null && document.activeElement.matches(\""
                    + selector + "\")")) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + selector + "; the focus is on "
                + js("return document.activeElement.outerHTML.slice(0, 120)"));
    }
}
