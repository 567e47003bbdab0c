package org.kring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kring bench} on a fresh clone: run from a folder with no ../shared beside it, it makes its corpus
 * itself and prints its figures. Smallest sizes, one round: this checks that it runs, not how fast.
 */
class BenchSelfContainedTest {
    @TempDir
    Path tmp;

    @Test
    void benchNeedsNothingOutsideTheProject() throws Exception {
        Path cwd = Files.createDirectories(tmp.resolve("clone"));
        assertFalse(Files.exists(cwd.resolve("../shared")), "no ../shared beside the working folder");
        Path log = tmp.resolve("bench.log");
        // A new process, so its working folder is the one without ../shared (a test's own is the project's).
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "--no-hugo", "--no-pdf", "--pages-per-lang", "4", "--rounds", "1")
                .directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(log);
        assertTrue(ended, "bench did not end:\n" + out);
        assertEquals(0, p.exitValue(), out);
        for (String row : List.of("cold full build, new JVM, 5 x 4", "no-change rebuild, new JVM, 5 x 4",
                "one-page edit to reload event (serve), 5 x 4", "translate import, one language partly translated")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(row) && l.matches(".*\\d+(\\.\\d+)? m?s.*")),
                    "a figure for '" + row + "' in:\n" + out);
        }
        assertFalse(out.contains("internal error") || out.contains("make-corpus.py"), out);
    }
}
