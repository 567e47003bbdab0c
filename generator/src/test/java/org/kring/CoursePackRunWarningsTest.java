package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.cli.CliRun;

/**
 * A course run on the example site from the command line: a Dutch spreadsheet's participants, warnings for a
 * weekend and a listed holiday, and the English papers dated the way the example's en-GB writes dates.
 */
class CoursePackRunWarningsTest {
    @TempDir
    Path tmp;

    @Test
    void aWeekendRunWarnsAndPrintsBritishDates() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path csv = tmp.resolve("cohort.csv");
        Files.writeString(csv, "\uFEFFNaam;Organisatie\r\nAnna de Vries;Verloskundigenpraktijk Noord\r\n");
        Path run = tmp.resolve("run");
        CliRun r = CliRun.of("course", "pack", "pregnancy-facilitator", "--site", site.toString(), "--lang", "en",
                "--date", "2027-03-06", "--holidays", "2027-03-07,2027-04-27", "--participants", csv.toString(),
                "--out", run.toString());
        assertEquals(0, r.code(), r.summary());
        String index = "content/courses/pregnancy-facilitator/index.md";
        assertTrue(r.err().matches("(?s).*" + index + ":\\d+: warning: day 1 is on Saturday.*"), r.err());
        assertTrue(r.err().contains(": warning: day 1 is on Saturday 2027-03-06, a weekend day: "
                + "check --date\n"), r.err());
        assertTrue(r.err().contains("warning: day 2 is on Sunday 2027-03-07, a public holiday (--holidays): check "
                + "--date\n"), r.err());
        String pack = CourseRunTest.text(run.resolve("pregnancy-facilitator-2027-03-06-trainer.pdf"));
        assertTrue(pack.contains("Sunday, 7 March 2027"), "en-GB in the schedule: " + pack);
        String certificate = CourseRunTest.text(run.resolve("pregnancy-facilitator-2027-03-06-certificates.pdf"));
        assertTrue(certificate.contains(PdfTest.norm("Anna de Vries")), certificate);
        assertTrue(certificate.contains("March 2027") && !certificate.contains("March 6"), certificate);
    }
}
