package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Your own look", done as a country team would: the theme example copied from README into the site's
 * templates/assets/theme.css, its own logo and its own name in site.yml; nothing of Kring's touched.
 */
class ThemeTest {
    @Test
    void aTeamChangesColoursLogoAndNameWithoutTouchingKring(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Matcher css = Pattern.compile("```css\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(TestSites.repo().resolve("README.md")));
        assertTrue(css.find(), "README has the theme example");
        String theme = css.group(1).replaceAll("(?m)^  ", "");
        assertTrue(theme.contains("--accent: #2e6b30"), theme);
        Files.createDirectories(site.resolve("templates/assets"));
        Files.writeString(site.resolve("templates/assets/theme.css"), theme);
        Files.writeString(site.resolve("content/images/green.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#2e6b30\"/></svg>\n");
        TestSites.replaceInFile(site.resolve("site.yml"), "logo: images/logo.svg", "logo: images/green.svg");
        TestSites.replaceInFile(site.resolve("site.yml"), "title: Group care in the first 1000 days",
                "title: Stichting Groene Kring");
        Path out = tmp.resolve("out");
        TestSites.build(site, out);

        Document en = Jsoup.parse(out.resolve("en/topics/index.html").toFile());
        List<String> sheets = en.select("link[rel=stylesheet]").eachAttr("href");
        assertEquals(1, sheets.size(), "one stylesheet: " + sheets);
        String built = Files.readString(out.resolve("en/topics").resolve(sheets.get(0)).normalize());
        assertTrue(built.endsWith(theme) || built.endsWith(theme + "\n"), "the theme comes last, as written");
        assertTrue(built.indexOf("--accent: #a4471c") < built.indexOf("--accent: #2e6b30"), "after Kring's colours");

        assertEquals("Stichting Groene Kring", en.selectFirst(".brand span").text(), "site.yml's title names the site");
        assertTrue(en.title().endsWith("Stichting Groene Kring"), en.title());
        Document nl = Jsoup.parse(out.resolve("nl/topics/index.html").toFile());
        assertEquals("Groepszorg in de eerste 1000 dagen", nl.selectFirst(".brand span").text(),
                "a language's own name for the site stays");
        assertTrue(en.selectFirst(".brand img").attr("src").endsWith("images/green.svg"), "the logo in the header");
        assertTrue(en.selectFirst("link[rel=icon]").attr("href").endsWith("images/green.svg"), "and as the icon");
        assertTrue(Files.isRegularFile(out.resolve("images/green.svg")));
    }
}
