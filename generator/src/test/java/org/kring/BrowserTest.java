package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built example site in a real browser (Debian's headless Chromium): language switching, right-to-left
 * layout, the session page and the recommendation filter, as a reader would use them.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static StaticServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeChromium("BrowserTest");
        server = new StaticServer(ExampleBuild.out());
        browser = driver(tmp.resolve("profile"));
    }

    /** Skips a browser test class, loudly, on a machine without Chromium and ChromeDriver. */
    static void assumeChromium(String test) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String msg = "\n*** " + test + " SKIPPED: Chromium or ChromeDriver is not installed. ***\n"
                    + "*** Install them with: apt-get install -y chromium chromium-driver (.ci/run does this). ***\n";
            System.err.println(msg);
            Assumptions.abort(msg);
        }
    }

    /** Headless Chromium driven by ChromeDriver, with a profile of its own in {@code profile}, as a reader's browser. */
    static WebDriver driver(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
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

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String htmlAttr(String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    /**
     * On the root page, the English choice; the root may have sent an English-speaking browser to it already
     * (once per browser session).
     */
    private static void chooseEnglishAtTheRoot() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> htmlAttr("lang") != null);
        if (!"en".equals(htmlAttr("lang")) || browser.findElements(By.cssSelector(".language-choice")).size() > 0) {
            browser.findElement(By.cssSelector(".language-choice a[hreflang='en']")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "en".equals(htmlAttr("lang"))
                && d.findElements(By.cssSelector(".language-choice")).isEmpty());
    }

    /** Chooses a language as a reader does: opens the language menu, then clicks the language. */
    static void clickLanguage(String code) {
        WebElement link = browser.findElement(By.cssSelector("nav.languages a[lang='" + code + "']"));
        if (!link.isDisplayed()) {
            browser.findElement(By.cssSelector(".lang-menu summary")).click();
        }
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> code.equals(htmlAttr("lang")));
    }

    @Test
    void englishHomeThenArabicHomeMirrored() throws Exception {
        browser.get(server.url("en/"));
        assertEquals("en", htmlAttr("lang"));
        WebElement h1 = browser.findElement(By.cssSelector("main h1"));
        assertTrue(h1.isDisplayed());
        assertFalse(h1.getText().isBlank());
        List<WebElement> programmes = browser.findElements(By.cssSelector("main .cards .card h3 a"));
        assertTrue(programmes.size() >= 2, "programme cards shown");
        screenshot("home-en");

        clickLanguage("ar");
        assertTrue(browser.getCurrentUrl().endsWith("/ar/index.html"), browser.getCurrentUrl());
        assertEquals("rtl", htmlAttr("dir"));
        String direction = (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.body).direction");
        assertEquals("rtl", direction);
        WebElement brand = browser.findElement(By.cssSelector(".brand"));
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
        assertTrue(brand.getRect().getX() > width / 2, "the site title sits on the right in Arabic");
        String menu = browser.findElement(By.cssSelector("nav.menu a")).getText();
        assertTrue(menu.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                "Arabic menu: " + menu);
        screenshot("home-ar");
    }

    /**
     * Served from a folder of a web server (a GitHub Pages project site, a clinic's intranet under /curriculum/),
     * the site works as at the root: from the language chooser, every menu item, a session page, its PDF and
     * the language switcher lead to pages with their styles, never to a missing page.
     */
    @Test
    void theSiteWorksServedFromAFolderOfTheServer() throws Exception {
        try (StaticServer sub = new StaticServer(ExampleBuild.out().getParent())) {
            String root = sub.url("site/");
            browser.get(root + "index.html");
            chooseEnglishAtTheRoot();
            assertTrue(browser.getCurrentUrl().startsWith(root + "en/"), browser.getCurrentUrl());
            List<String> menu = browser.findElements(By.cssSelector("nav.menu a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertTrue(menu.size() >= 4, "menu items: " + menu);
            for (String href : menu) {
                assertTrue(href.startsWith(root), href + " stays inside the site's folder");
                browser.get(href);
                assertStyledPage(href);
            }
            browser.get(root + "en/programmes/pregnancy/01-welcome/");
            assertStyledPage("the session page");
            String pdf = browser.findElement(By.cssSelector("a[type='application/pdf']")).getAttribute("href");
            assertTrue(pdf.startsWith(root + "pdf/en/"), pdf);
            java.net.http.HttpResponse<byte[]> got = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdf)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, got.statusCode(), pdf);
            assertEquals("%PDF", new String(got.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            clickLanguage("ar");
            assertTrue(browser.getCurrentUrl().startsWith(root + "ar/programmes/pregnancy/01-welcome/"),
                    browser.getCurrentUrl());
            assertStyledPage("the Arabic session page");
        }
    }

    /**
     * Opened from disk (a USB stick, a clinic's PC: {@code file://}, no server), the site works the same: the
     * language chooser, every menu item, a session page, its PDF and the language switcher lead to pages (never
     * to a folder listing) with their styles.
     */
    @Test
    void theSiteWorksOpenedFromDisk() throws Exception {
        String root = ExampleBuild.out().toUri().toString();
        browser.get(root + "index.html");
        chooseEnglishAtTheRoot();
        assertEquals(root + "en/index.html", browser.getCurrentUrl());
        List<String> menu = browser.findElements(By.cssSelector("nav.menu a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(menu.size() >= 4, "menu items: " + menu);
        for (String href : menu) {
            assertTrue(href.startsWith(root) && href.endsWith(".html"), href + " names a page's file");
            browser.get(href);
            assertStyledPage(href);
        }
        browser.get(root + "en/index.html");
        browser.findElement(By.cssSelector("main .cards .card h3 a[href$='pregnancy/index.html']")).click();
        assertStyledPage("a programme page");
        browser.findElement(By.cssSelector("main a[href$='01-welcome/index.html']")).click();
        assertStyledPage("the session page");
        String pdf = browser.findElement(By.cssSelector("a[type='application/pdf']")).getAttribute("href");
        assertTrue(pdf.startsWith(root + "pdf/en/"), pdf);
        assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(pdf))), pdf + " is a file of the site");
        clickLanguage("ar");
        assertEquals(root + "ar/programmes/pregnancy/01-welcome/index.html", browser.getCurrentUrl());
        assertStyledPage("the Arabic session page");
    }

    /**
     * The Arabic offline copy, linked from the Arabic downloads page and unzipped as a practice would, opens in
     * Arabic from disk; its menu, a session, the session's PDF and the switch to English work without a server.
     */
    @Test
    void theOfflineCopyWorksUnzipped(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path downloads = ExampleBuild.out().resolve("ar/downloads/index.html");
        String href = org.jsoup.Jsoup.parse(downloads.toFile(), "UTF-8").selectFirst("a[href$=offline/ar.zip]").attr("href");
        Path zip = downloads.getParent().resolve(href).normalize();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = tmp.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(tmp), e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        String root = tmp.resolve("ar-offline").toUri().toString();
        browser.get(root + "index.html");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "ar".equals(htmlAttr("lang")));
        assertEquals(root + "ar/index.html", browser.getCurrentUrl());
        for (String item : browser.findElements(By.cssSelector("nav.menu a")).stream().map(a -> a.getAttribute("href"))
                .toList()) {
            browser.get(item);
            assertStyledPage(item);
        }
        browser.get(root + "ar/programmes/parenting/03-crying/index.html");
        assertStyledPage("an Arabic session");
        String pdf = browser.findElement(By.cssSelector("main a[type='application/pdf']")).getAttribute("href");
        assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(pdf))), pdf + " is in the offline copy");
        clickLanguage("en");
        assertStyledPage("the English session in the Arabic offline copy");
        // Search works in the copy as on the site: the Arabic index is in it.
        browser.get(root + "ar/search/index.html?q=" + java.net.URLEncoder.encode("البكاء",
                java.nio.charset.StandardCharsets.UTF_8));
        WebElement status = browser.findElement(By.cssSelector("[role=status]"));
        String loading = browser.findElement(By.cssSelector("form[data-search]")).getAttribute("data-loading");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !status.getText().isBlank()
                && !status.getText().equals(loading));
        browser.findElement(By.cssSelector(".search-results li a")).click();
        assertStyledPage("a search result in the offline copy");
        assertTrue(browser.getCurrentUrl().startsWith(root + "ar/"), browser.getCurrentUrl());
    }

    /** The page is one of the site's (a heading in its main part) and its style sheet was found and applied. */
    private static void assertStyledPage(String what) {
        assertFalse(browser.getPageSource().contains("not found") && browser.findElements(By.cssSelector("main h1"))
                .isEmpty(), what + " is missing");
        assertTrue(browser.findElement(By.cssSelector("main h1")).isDisplayed(), what + " has its heading");
        // A style of the site's own sheet (a file:// page may not read a sheet's rules, but it is styled by them).
        Object display = ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('.brand')).display");
        assertTrue(String.valueOf(display).contains("flex"), what + " has its styles (the brand is a flex box, not a "
                + "plain link): " + display);
    }

    @Test
    void sessionPageSwitchesToTheSameSessionInDutch() throws Exception {
        browser.get(server.url("en/programmes/pregnancy/01-welcome/"));
        WebElement agenda = browser.findElement(By.cssSelector("table.agenda"));
        assertTrue(agenda.isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("table.agenda tbody tr")).size() >= 4);
        String englishTitle = browser.findElement(By.cssSelector("main h1")).getText();
        assertTrue(browser.findElement(By.cssSelector(".box-facilitator")).isDisplayed());
        screenshot("session-en");

        clickLanguage("nl");
        assertTrue(browser.getCurrentUrl().endsWith("/nl/programmes/pregnancy/01-welcome/index.html"),
                browser.getCurrentUrl());
        String dutchTitle = browser.findElement(By.cssSelector("main h1")).getText();
        assertFalse(dutchTitle.equals(englishTitle), "the Dutch session has a Dutch title: " + dutchTitle);
        assertTrue(browser.findElements(By.cssSelector(".notice-fallback")).isEmpty(), "translated, no notice");
        assertEquals("Doelen", browser.findElement(By.id("objectives")).getText());
        screenshot("session-nl");

        clickLanguage("tw");
        assertTrue(browser.getCurrentUrl().endsWith("/tw/programmes/pregnancy/01-welcome/index.html"));
    }

    @Test
    void untranslatedPageShowsTheNoticeInThePagesLanguage() throws Exception {
        browser.get(server.url("tw/programmes/parenting/04-sleep/"));
        WebElement notice = browser.findElement(By.cssSelector(".notice-fallback"));
        assertTrue(notice.isDisplayed());
        assertEquals("en", browser.findElement(By.cssSelector("main h1")).getAttribute("lang"));
        screenshot("fallback-tw");
    }

    // axe-core on every kind of page, on a phone and a desktop: PhoneLayoutTest.

    @Test
    void recommendationsCanBeFilteredByLevel() throws Exception {
        browser.get(server.url("en/recommendations/"));
        List<WebElement> buttons = browser.findElements(By.cssSelector("[data-filter] button"));
        assertEquals(5, buttons.size(), "a button for all levels and one per level");
        WebElement policy = browser.findElement(By.cssSelector("[data-filter] button[data-level='policy']"));
        policy.click();
        assertEquals("true", policy.getAttribute("aria-pressed"));
        assertTrue(browser.findElement(By.id("level-policy")).isDisplayed());
        assertFalse(browser.findElement(By.id("level-provider")).isDisplayed());
        screenshot("recommendations-policy");
        browser.findElement(By.cssSelector("[data-filter] button[data-level='all']")).click();
        assertTrue(browser.findElement(By.id("level-provider")).isDisplayed());
    }
}
