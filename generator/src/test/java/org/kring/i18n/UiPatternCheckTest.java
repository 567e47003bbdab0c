package org.kring.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.TestSites;
import org.kring.model.SourceFile;

/** A plural without the forms a language needs is refused with those forms named, wherever it comes from. */
class UiPatternCheckTest {

    private static List<String> problems(String language, String text) {
        Problems p = new Problems();
        UiTable english = UiTableReader.read("en", new SourceFile(Path.of("en.yml"), "en.yml",
                "minutes: \"{n, plural, one {# minute} other {# minutes}}\"\nsession:\n  number: \"Session {n}\"\n"), p);
        UiTableReader.read(language, new SourceFile(Path.of("ui.yml"), "translations/" + language + "/ui.yml", text),
                english, p);
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aPluralWithoutOtherListsTheFormsTheLanguageNeeds() {
        assertEquals(List.of("translations/ar/ui.yml:2: error: 'minutes': a plural needs 'other'; Arabic (ar) uses "
                + "zero, one, two, few, many, other"),
                problems("ar", "# Arabic\nminutes: \"{n, plural, one {دقيقة واحدة} few {# دقائق}}\"\n"));
        assertEquals(List.of("translations/nl/ui.yml:1: error: 'minutes': a plural needs 'other'; Dutch (nl) uses one, other"),
                problems("nl", "minutes: \"{n, plural, one {# minuut}}\"\n"));
    }

    @Test
    void aFormTheLanguageDoesNotHaveIsRefusedWithTheFormsItHas() {
        assertEquals(List.of("translations/nl/ui.yml:1: error: 'minutes': Dutch (nl) has no plural form 'few'; it uses one, other"),
                problems("nl", "minutes: \"{n, plural, one {# minuut} few {# minuten} other {# minuten}}\"\n"));
        assertEquals(List.of("translations/ar/ui.yml:1: error: 'minutes': Arabic (ar) has no plural form 'fwe'; it uses "
                + "zero, one, two, few, many, other"),
                problems("ar", "minutes: \"{n, plural, one {دقيقة} fwe {# دقائق} other {# دقيقة}}\"\n"));
        assertEquals(List.of(), problems("nl", "minutes: \"{n, plural, =0 {geen minuten} one {# minuut} other {# minuten}}\"\n"),
                "an exact number is always allowed");
    }

    @Test
    void aBrokenMessageIsReportedWhereItsValueStarts() {
        assertEquals(List.of("translations/nl/ui.yml:2:10: error: 'minutes' is not a valid message: Unknown format type \"numbr\""),
                problems("nl", "# Dutch\nminutes: \"{n, numbr}\"\n"), "found by the message format, not only the syntax");
    }

    @Test
    void bracesNestedTooDeeplyAreRefusedBeforeIcuReadsThem() {
        String select = "{g, select, f {{n, plural, one {# a} other {{h, select, x {{n} y} other {z}}}}} other {b}}";
        assertEquals(7, UiPatternCheck.braceDepth(select), "a plural inside a select inside a select, with a placeholder");
        assertNull(UiPatternCheck.problem("nl", "k", select));
        String sixteen = "{n, plural, other {".repeat(8) + "# x" + "}}".repeat(8);
        assertNull(UiPatternCheck.problem("nl", "k", sixteen));
        String seventeen = "{n, plural, other {".repeat(8) + "{g} x" + "}}".repeat(8);
        assertEquals("'k' is not a valid message: its braces { } nest 17 deep; Kring allows up to 16",
                UiPatternCheck.problem("nl", "k", seventeen));
        assertTrue(UiPatternCheck.plurals("{n, plural, other {".repeat(3000) + "x" + "}}".repeat(3000)).isEmpty(),
                "an export of the string lists no plurals rather than overflowing");
    }

    @Test
    void quotedBracesAreTextAndDoNotCount() {
        assertEquals(0, UiPatternCheck.braceDepth("'{'".repeat(100) + " and '{{{{{{{{{{{{{{{{{{{{' and it''s"));
        assertEquals(1, UiPatternCheck.braceDepth("don't {n} '{'"));
        assertEquals(2, UiPatternCheck.braceDepth("{n, plural, other {'#' is '{n}'}}"));
        assertNull(UiPatternCheck.problem("nl", "k", "'{'".repeat(40) + " {n}"));
    }

    @Test
    void twiTakesAkansRules() {
        PluralForms tw = PluralForms.of("tw");
        assertEquals(List.of("one", "other"), tw.forms());
        assertEquals("Twi (tw)", tw.name());
        assertTrue(tw.examples().startsWith("one: 0, 1; other: 2, 3, 4, …"), tw.examples());
        assertEquals("{n, plural, zero {...} one {...} two {...} few {...} many {...} other {...}}",
                PluralForms.of("ar").template("n", "plural"));
    }

    @Test
    void aLanguageWithoutRulesNeedsOnlyOther() {
        PluralForms xx = PluralForms.of("xx");
        assertEquals(List.of("other"), xx.forms());
        assertTrue(!xx.known());
        assertNull(UiPatternCheck.problem("xx", "minutes", "{n, plural, one {# a} other {# b}}"),
                "a team's 'one' is not refused because ICU does not know the language");
    }

    @Test
    void placeholdersOtherThanTheEnglishOnesAreAWarningInTheBuild() {
        assertEquals(List.of("translations/nl/ui.yml:2: warning: 'session.number': unknown placeholder {nummer}; "
                + "the English has {n}"), problems("nl", "session:\n  number: \"Sessie {nummer}\"\n"));
        assertEquals("'session.number': placeholder {n} of the English is missing; keep it as it is",
                UiPatternCheck.placeholderProblem("session.number", "Sessie", "Session {n}"));
        assertNull(UiPatternCheck.placeholderProblem("minutes", "{n, plural, one {één minuut} other {# minuten}}",
                "{n, plural, one {# minute} other {# minutes}}"));
    }

    /**
     * Kring's own strings and the example's files follow every rule, so the build's checks say nothing about them
     * (a build reads Kring's own without checking them: {@code UiTableReader.readBuiltIn}).
     */
    @Test
    void theExamplesInterfaceStringsPass() throws IOException {
        Path repo = TestSites.repo();
        Problems p = new Problems();
        UiTable english = UiTableReader.read("en", new SourceFile(repo.resolve("templates/i18n/en.yml"),
                "templates/i18n/en.yml", Files.readString(repo.resolve("templates/i18n/en.yml"))), p);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(repo.resolve("translations"))) {
            s.map(d -> d.resolve("ui.yml")).filter(Files::isRegularFile).forEach(files::add);
        }
        assertTrue(files.size() >= 5);
        for (Path f : files) {
            String code = f.getParent().getFileName().toString();
            UiTableReader.read(code, new SourceFile(f, "translations/" + code + "/ui.yml", Files.readString(f)), english, p);
        }
        assertEquals(List.of(), p.sorted());
    }
}
