package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.ContentException;
import org.kring.Problems;
import org.kring.TestSites;
import org.kring.i18n.UiTable;
import org.kring.i18n.UiTableReader;
import org.kring.load.SiteConfigReader;
import org.kring.model.Language;
import org.kring.model.SiteConfig;
import org.kring.model.SourceFile;
import org.kring.model.TextDirection;

/** {@code kring translate add}: what it writes into site.yml and translations/, and what it refuses. */
class LanguageAdderTest {
    @TempDir
    Path tmp;

    private static LanguageAdder.Request plain(String code) {
        return new LanguageAdder.Request(code, null, null, null);
    }

    private static SiteConfig read(Path site) throws IOException {
        Problems problems = new Problems();
        SiteConfig c = SiteConfigReader.read(new SourceFile(site.resolve("site.yml"), "site.yml",
                Files.readString(site.resolve("site.yml"))), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return c;
    }

    @Test
    void ukrainianIsAppendedAfterTheLastLanguageAndEverythingElseStaysByteForByte() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String before = Files.readString(site.resolve("site.yml"));
        LanguageAdder.Added added = LanguageAdder.add(site, plain("uk"));

        String after = Files.readString(site.resolve("site.yml"));
        String entry = "  - code: uk\n    name: Українська\n";
        int at = before.indexOf("    name: Shqip\n") + "    name: Shqip\n".length();
        assertEquals(before.substring(0, at) + entry + before.substring(at), after,
                "only the new entry is added; comments, blank lines and the menu stay as they were");
        assertEquals(new Language("uk", "Українська", TextDirection.LTR, List.of("en")), added.language());
        assertEquals(added.language(), read(site).language("uk"));
        assertTrue(added.uiCreated());
    }

    @Test
    void theNewUiFileExplainsPluralsAndHasNoStringsYet() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        LanguageAdder.Added added = LanguageAdder.add(site, plain("uk"));
        assertEquals(site.resolve("translations/uk/ui.yml"), added.uiFile());
        String ui = Files.readString(added.uiFile());
        assertTrue(ui.startsWith("# "), ui);
        assertTrue(ui.contains("templates/i18n/en.yml"), "says where the strings to translate are");
        assertTrue(ui.contains("Ukrainian needs 4 forms"), ui);
        for (String category : List.of("one ", "few ", "many ", "other ")) {
            assertTrue(ui.contains("#   " + category), "plural category " + category + ": " + ui);
        }
        assertTrue(ui.contains("#   one    1, 21, 31"), ui);
        assertTrue(ui.contains("{n, plural, one {# ...} few {# ...} many {# ...} other {# ...}}"), ui);
        Problems problems = new Problems();
        UiTable table = UiTableReader.read("uk", new SourceFile(added.uiFile(), "translations/uk/ui.yml", ui), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        assertTrue(table.keys().isEmpty(), "no strings yet: everything falls back to English");
    }

    @Test
    void twiTakesItsPluralsFromAkan() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml"))
                .replace("  - code: tw\n    name: Twi\n", ""));
        TestSites.copyTree(site.resolve("translations/tw"), tmp.resolve("tw-kept"));
        LanguageAdder.Added added = LanguageAdder.add(site, plain("tw"));
        assertEquals(List.of("one", "other"), added.plurals().stream().map(p -> p.keyword()).toList());
        assertFalse(added.uiCreated(), "the team's own ui.yml is kept");
        assertEquals(Files.readString(tmp.resolve("tw-kept/ui.yml")), Files.readString(added.uiFile()));
        assertEquals("Twi", added.language().name());
    }

    @Test
    void aRegionalVariantFallsBackToItsParentAndNamesItselfInItsOwnLanguage() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        LanguageAdder.Added added = LanguageAdder.add(site, plain("nl-be"));
        assertEquals(new Language("nl-BE", "Nederlands (België)", TextDirection.LTR, List.of("nl", "en")),
                added.language());
        assertTrue(Files.readString(site.resolve("site.yml")).contains("  - code: nl-BE\n    name: Nederlands (België)\n"
                + "\n# The main menu"), "no fallback line: the reader finds the parent itself");
    }

    @Test
    void rightToLeftLanguagesSaySoInSiteYml() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        for (String code : List.of("fa", "ps", "ur", "ckb", "he", "yi")) {
            assertEquals(TextDirection.RTL, LanguageAdder.add(site, plain(code)).language().direction(), code);
        }
        String yml = Files.readString(site.resolve("site.yml"));
        assertTrue(yml.contains("  - code: he\n    name: עברית\n    dir: rtl\n"), yml);
        assertTrue(yml.contains("  - code: ps\n    name: پښتو\n    dir: rtl\n"), yml);
        assertEquals(TextDirection.LTR, LanguageAdder.add(site, plain("uk")).language().direction());
    }

    @Test
    void givenNameDirectionAndFallbackAreWritten() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        LanguageAdder.Added added = LanguageAdder.add(site,
                new LanguageAdder.Request("li", "Limburgs: plat", TextDirection.LTR, List.of("nl")));
        assertEquals(new Language("li", "Limburgs: plat", TextDirection.LTR, List.of("nl", "en")), added.language());
        assertTrue(Files.readString(site.resolve("site.yml"))
                .contains("  - code: li\n    name: \"Limburgs: plat\"\n    fallback: [nl]\n"), "quoted where YAML needs it");
        assertEquals(added.language(), read(site).language("li"));
    }

    @Test
    void windowsLineEndsAndAListInFlowStyleAreKept() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        String crlf = "\uFEFFtitle: T\r\n# our languages\r\nlanguages:\r\n  - code: en   # the source\r\n"
                + "    name: English\r\nnavigation: []\r\n";
        Files.writeString(site.resolve("site.yml"), crlf);
        LanguageAdder.add(site, plain("uk"));
        assertEquals(crlf.replace("nav", "  - code: uk\r\n    name: Українська\r\nnav"),
                Files.readString(site.resolve("site.yml")));

        String flow = "title: T\nlanguages: [{code: en, name: English}, {code: ar, name: العربية}]  # two\n";
        Files.writeString(site.resolve("site.yml"), flow);
        LanguageAdder.add(site, plain("uk"));
        assertEquals("title: T\nlanguages: [{code: en, name: English}, {code: ar, name: العربية}, "
                + "{code: uk, name: Українська}]  # two\n", Files.readString(site.resolve("site.yml")));
    }

    @Test
    void refusesAnEditThatDoesNotReadBackAndWritesNothing() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String before = Files.readString(site.resolve("site.yml"));
        // A name with a character YAML cannot hold (a non-character pasted along with it): site.yml would break.
        ContentException e = assertThrows(ContentException.class, () -> LanguageAdder.add(site,
                new LanguageAdder.Request("uk", "Українська\uFFFE", null, null)));
        assertTrue(e.problems().get(0).message().contains("add it under 'languages:' by hand"), e.getMessage());
        assertEquals(before, Files.readString(site.resolve("site.yml")));
        assertFalse(Files.exists(site.resolve("translations/uk")), "no folder for a language the site does not have");
    }

    @Test
    void wrongArgumentsAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String before = Files.readString(site.resolve("site.yml"));
        LanguageAdder.WrongArgument twice = assertThrows(LanguageAdder.WrongArgument.class,
                () -> LanguageAdder.add(site, plain("nl-sr")));
        assertEquals("site.yml:" + org.kring.TestSites.lineOf(site.resolve("site.yml"), "- code: nl-SR")
                + ": error: 'nl-SR' is already a language of this site (Nederlands (Suriname))",
                twice.problem().toString());
        assertTrue(assertThrows(LanguageAdder.WrongArgument.class, () -> LanguageAdder.add(site, plain("uk_UA")))
                .getMessage().contains("did you mean 'uk-UA'?"));
        assertThrows(LanguageAdder.WrongArgument.class, () -> LanguageAdder.add(site, plain("ukrainian")));
        assertThrows(LanguageAdder.WrongArgument.class, () -> LanguageAdder.add(site, plain("")));
        assertTrue(assertThrows(LanguageAdder.WrongArgument.class, () -> LanguageAdder.add(site,
                new LanguageAdder.Request("li", null, null, List.of("nll")))).getMessage().contains("did you mean 'nl'?"));
        assertThrows(LanguageAdder.WrongArgument.class, () -> LanguageAdder.add(site,
                new LanguageAdder.Request("li", null, null, List.of("li"))));
        assertEquals(before, Files.readString(site.resolve("site.yml")));
        assertFalse(Files.exists(site.resolve("translations/li")));
        assertFalse(Files.exists(site.resolve("translations/uk")));
    }
}
