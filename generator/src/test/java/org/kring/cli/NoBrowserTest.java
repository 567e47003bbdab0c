package org.kring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TinySite;

/** A machine without Chromium, Chrome or Edge: the website is built, the PDFs are said to be missing, in one line. */
class NoBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void theSiteIsBuiltAndTheCommandSaysWhyThereAreNoPdfs() throws Exception {
        Path site = TinySite.write(tmp.resolve("site"));
        System.setProperty("kring.browser.none", "true");
        try {
            CliRun run = CliRun.of("build", "--site", site.toString(), "--out", tmp.resolve("out").toString());
            assertEquals(1, run.code(), run.summary());
            assertTrue(Files.exists(tmp.resolve("out/index.html")), "the website is there");
            assertFalse(Files.exists(tmp.resolve("out/pdf")), "no PDFs");
            String[] errors = run.err().lines().filter(l -> l.startsWith("error:")).toArray(String[]::new);
            assertEquals(1, errors.length, run.summary());
            assertTrue(errors[0].contains("PDFs need Chromium, Chrome or Edge") && errors[0].contains("apt-get install "
                    + "chromium") && errors[0].contains("--no-pdf"), errors[0]);
            assertTrue(run.out().contains("without PDFs"), run.summary());

            // Asked not to make PDFs, the same machine builds without a word.
            CliRun noPdf = CliRun.of("build", "--site", site.toString(), "--out", tmp.resolve("out2").toString(),
                    "--no-pdf");
            assertEquals(0, noPdf.code(), noPdf.summary());
            assertFalse(noPdf.err().contains("error"), noPdf.summary());

            // The next build tries again (it is not "up to date" without its PDFs).
            CliRun again = CliRun.of("build", "--site", site.toString(), "--out", tmp.resolve("out").toString());
            assertEquals(1, again.code(), again.summary());
        } finally {
            System.clearProperty("kring.browser.none");
        }
        CliRun withBrowser = CliRun.of("build", "--site", site.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, withBrowser.code(), withBrowser.summary());
        assertTrue(Files.exists(tmp.resolve("out/pdf")), withBrowser.summary());
    }

    @Test
    void aBrowserNamedThatIsNotThereStopsTheBuild() {
        CliRun run = CliRun.of("build", "--site", TinySite.write(tmp.resolve("site")).toString(), "--out",
                tmp.resolve("out").toString(), "--browser", "/no/such/browser");
        assertEquals(1, run.code(), run.summary());
        assertEquals(java.util.List.of("error: no browser at '/no/such/browser' (from --browser): the file does not "
                + "exist or cannot be run"), run.err().lines().filter(l -> l.startsWith("error")).toList());
    }
}
