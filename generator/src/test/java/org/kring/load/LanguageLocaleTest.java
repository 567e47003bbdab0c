package org.kring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildOptions;
import org.kring.Kring;
import org.kring.Problem;
import org.kring.TestSites;
import org.kring.i18n.Dates;

/** A language's {@code locale} in site.yml: a BCP 47 tag ICU can write dates for, or an error at its place. */
class LanguageLocaleTest {
    @TempDir
    Path tmp;

    @Test
    void aLocaleMustBeATagIcuKnows() {
        assertEquals(null, Dates.localeProblem("en-GB"));
        assertEquals(null, Dates.localeProblem("fr-BE"));
        assertEquals(null, Dates.localeProblem("es-419"));
        assertEquals("'en_GB' is not a well-formed BCP 47 tag such as en-GB, nl-BE or fr-BE",
                Dates.localeProblem("en_GB"));
        assertEquals("'english' names a language ICU has no date formats for ('english')",
                Dates.localeProblem("english"));
        assertEquals("'en-XY' names a region ICU does not know ('XY')", Dates.localeProblem("en-XY"));
    }

    @Test
    void aBadLocaleIsAnErrorAtItsLineAndColumn() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TestSites.replaceInFile(site.resolve("site.yml"), "locale: en-GB", "locale: en_GB");
        int line = TestSites.lineOf(site.resolve("site.yml"), "locale: en_GB");
        List<String> errors = Kring.check(new BuildOptions(site, null, List.of(), null, true, null)).stream()
                .filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(List.of("site.yml:" + line + ":13: error: locale 'en_GB' is not a well-formed BCP 47 tag such as "
                + "en-GB, nl-BE or fr-BE"), errors);
    }
}
