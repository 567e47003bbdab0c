package org.kring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TinyCourse;
import org.kring.TinySite;

/**
 * What a user gets wrong on the command line (a missing file, a folder that is a file, a bad value) is said in
 * one line with a usage exit code, never as a Kring bug with a stack trace.
 */
class UserErrorsTest {
    @TempDir
    Path tmp;
    private Path site;
    private Path empty;
    private Path file;

    @BeforeEach
    void files() throws Exception {
        site = TinySite.write(tmp.resolve("site"), TinyCourse.files());
        empty = Files.createDirectories(tmp.resolve("empty"));
        file = Files.writeString(tmp.resolve("a-file"), "not a folder\n");
    }

    /** Runs the command; checks the exit code, one line on standard error holding {@code says}, no trace. */
    private static void oneLine(int code, String says, String... args) {
        CliRun r = CliRun.of(args);
        String what = String.join(" ", args) + "\n" + r.summary();
        assertEquals(code, r.code(), what);
        // SLF4J's notice that it has no logger is the test class path's (the jar has none), not Kring's.
        List<String> lines = r.err().lines().filter(l -> !l.startsWith("SLF4J")).toList();
        assertEquals(1, lines.size(), "one line: " + what);
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(says), what);
        assertFalse(r.err().contains("internal error") || r.err().contains("at org.")
                || r.err().contains("Exception"), what);
    }

    @Test
    void aFolderWithoutSiteYml() {
        String says = "no site.yml in " + empty.toAbsolutePath() + "; is this a Kring site folder?";
        oneLine(2, says, "build", "--site", empty.toString(), "--no-pdf");
        oneLine(2, says, "check", "--site", empty.toString());
        oneLine(2, says, "serve", "--site", empty.toString(), "--port", "0", "--no-pdf");
        oneLine(2, says, "translate", "status", "--site", empty.toString());
        oneLine(2, says, "translate", "add", "uk", "--site", empty.toString());
        oneLine(2, "no site.yml in " + tmp.resolve("nowhere").toAbsolutePath(), "build", "--site",
                tmp.resolve("nowhere").toString(), "--no-pdf");
    }

    @Test
    void anOutputOrCacheFolderThatIsAFileOrInsideOne() {
        String[] build = {"build", "--site", site.toString(), "--no-pdf"};
        oneLine(2, "--out: '" + file + "' is a file, not a folder", concat(build, "--out", file.toString()));
        oneLine(2, "is inside '" + file + "', which is a file", concat(build, "--out", file.resolve("out").toString()));
        oneLine(2, "--cache: ", concat(build, "--out", tmp.resolve("out").toString(), "--cache",
                file.resolve("cache").toString()));
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
        oneLine(2, "--out: ", "course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date",
                "2027-03-04", "--out", file.resolve("run").toString());
    }

    @Test
    void aParticipantsFileThatCannotBeRead() {
        String[] pack = {"course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date", "2027-03-04",
            "--out", tmp.resolve("run").toString()};
        oneLine(2, "--participants: no file '" + tmp.resolve("nope.csv") + "'",
                concat(pack, "--participants", tmp.resolve("nope.csv").toString()));
        oneLine(2, "--participants: '" + empty + "' is a folder, not a file", concat(pack, "--participants",
                empty.toString()));
        oneLine(2, "no course 'tt' (did you mean 't'?)", "course", "pack", "tt", "--site", site.toString(),
                "--lang", "en", "--date", "2027-03-04");
        assertFalse(Files.exists(tmp.resolve("run")), "nothing written");
    }

    @Test
    void aBrowserThatIsNotThere() {
        oneLine(1, "no browser at '/no/such/browser' (from --browser)", "build", "--site", site.toString(), "--out",
                tmp.resolve("out").toString(), "--browser", "/no/such/browser", "--quiet");
    }

    @Test
    void servePortOutOfRange() {
        oneLine(2, "--port must be between 0 and 65535, not 99999", "serve", "--site", site.toString(), "--port",
                "99999");
    }

    @Test
    void benchWithWhatItAskedForMissing() {
        oneLine(2, "--hugo: no Hugo at '/no/such/hugo'", "bench", "--hugo", "/no/such/hugo", "--pages-per-lang",
                "4", "--rounds", "1");
        oneLine(2, "--hugo-site: '" + empty + "' is not a Hugo site", "bench", "--hugo-site", empty.toString(),
                "--pages-per-lang", "4", "--rounds", "1");
        oneLine(2, "--corpus-script: no file '/no/such/make-corpus.py'", "bench", "--corpus-script",
                "/no/such/make-corpus.py", "--write-corpus", tmp.resolve("corpus").toString(), "--pages-per-lang", "4");
        oneLine(2, "--write-corpus: '" + file + "' is a file, not a folder", "bench", "--write-corpus",
                file.toString(), "--pages-per-lang", "4");
        oneLine(2, "no site.yml in " + empty.toAbsolutePath(), "bench", "--pdf-only", "--site", empty.toString(),
                "--rounds", "1");
    }

    /** Values picocli cannot take, or the command refuses before it starts: picocli's message and usage. */
    @Test
    void badOptionValues() {
        for (String[] args : List.of(
                new String[] {"bench", "--pages-per-lang", "2"},
                new String[] {"bench", "--rounds", "0"},
                new String[] {"bench", "--rounds", "many"},
                new String[] {"serve", "--port", "http"},
                new String[] {"course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date", "4-3-2027"})) {
            CliRun r = CliRun.of(args);
            String what = String.join(" ", args) + "\n" + r.summary();
            assertEquals(2, r.code(), what);
            assertFalse(r.err().contains("internal error") || r.err().contains("at org."), what);
            assertTrue(r.err().lines().findFirst().orElse("").matches(".*(--pages-per-lang|--rounds|--port|--date).*"),
                    what);
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
