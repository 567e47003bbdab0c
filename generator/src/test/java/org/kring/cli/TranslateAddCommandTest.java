package org.kring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TestSites;

/** {@code kring translate add} on the command line: what it says, its exit codes, and that a refusal writes nothing. */
class TranslateAddCommandTest {
    @TempDir
    Path tmp;

    @Test
    void addsALanguageAndSaysWhatToDoNext() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        CliRun r = CliRun.of("translate", "add", "ar-MA", "--fallback", "ar", "--site", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Added ar-MA (العربية (المغرب), right to left) to site.yml; where it has no "
                + "translation it shows ar, then en.\n"), r.out());
        assertTrue(r.out().contains("(plurals: zero, one, two, few, many, other)"), r.out());
        assertTrue(r.out().contains("kring translate status ar-MA --site " + site), r.out());
        assertTrue(r.out().contains("kring translate export ar-MA --only todo --site " + site), r.out());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(site.resolve("translations/ar-MA/ui.yml")));
        assertTrue(CliRun.of("translate", "--help").out().contains("add"), "listed among the translate commands");
    }

    @Test
    void wrongUsageIsOneLineWithExitCodeTwoAndWritesNothing() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Map<String, String> before = TestSites.tree(site);
        String s = site.toString();
        assertRefused(2, "site.yml:" + TestSites.lineOf(site.resolve("site.yml"), "- code: nl-SR") + ": error: 'nl-SR' is already a language of this site (Nederlands (Suriname))",
                CliRun.of("translate", "add", "nl-SR", "--site", s));
        assertRefused(2, "error: 'uk_UA' is not a BCP 47 language tag such as 'uk', 'nl-SR' or 'sr-Latn' "
                + "(did you mean 'uk-UA'?)", CliRun.of("translate", "add", "uk_UA", "--site", s));
        assertRefused(2, "error: --fallback: 'nll' is not a language of this site; it has en, nl, nl-SR, ar, tw, ti, "
                + "sq (did you mean 'nl'?)", CliRun.of("translate", "add", "li", "--fallback", "nll", "--site", s));
        assertRefused(2, "error: --dir must be rtl or ltr, not 'rtr'",
                CliRun.of("translate", "add", "ur", "--dir", "rtr", "--site", s));
        assertEquals(before, TestSites.tree(site), "nothing written");
    }

    @Test
    void aBrokenSiteYmlIsAContentErrorWithItsLine() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TestSites.replaceInFile(site.resolve("site.yml"), "    name: Shqip\n", "    name: Shqip\n    nmae: x\n");
        Map<String, String> before = TestSites.tree(site);
        CliRun r = CliRun.of("translate", "add", "uk", "--site", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("site.yml:" + TestSites.lineOf(site.resolve("site.yml"), "nmae: x")
                + ":5: error: unknown key 'nmae'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals(before, TestSites.tree(site));
    }

    private static void assertRefused(int code, String line, CliRun r) {
        assertEquals(code, r.code(), r.err());
        assertEquals(line + "\n", r.err(), "one line");
        assertEquals("", r.out());
    }
}
