package org.kring.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kring's port of the shared make-corpus.py writes what the script writes, byte for byte, so Kring's bench and
 * the Hugo side (and earlier figures) measure the same text. Needs python3 and the script beside the project;
 * without them the comparison is skipped, saying so.
 */
class ReferenceCorpusTest {
    @TempDir
    Path tmp;

    private static Path script() {
        Path script = Path.of(System.getProperty("kring.repo", ".."), "..", "shared", "bench", "make-corpus.py")
                .toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(script), "SKIPPED: the port is not compared with make-corpus.py: "
                + "no " + script);
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            Assumptions.assumeTrue(p.waitFor() == 0, "SKIPPED: python3 does not run; the port is not compared");
        } catch (IOException e) {
            Assumptions.abort("SKIPPED: no python3; the port is not compared with make-corpus.py");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Assumptions.abort("interrupted");
        }
        return script;
    }

    @Test
    void theDefaultSizeIsTheScriptsByteForByte() throws IOException {
        same(script(), 1000, ReferenceCorpus.Layout.KRING);
    }

    @Test
    void aSmallSizeIsTheScriptsInBothLayouts() throws IOException {
        Path script = script();
        same(script, 8, ReferenceCorpus.Layout.HUGO);
        same(script, 8, ReferenceCorpus.Layout.KRING);
    }

    private void same(Path script, int pages, ReferenceCorpus.Layout layout) throws IOException {
        Path python = tmp.resolve("python-" + pages + "-" + layout);
        Path java = tmp.resolve("java-" + pages + "-" + layout);
        CorpusScript.write(script, python, pages, layout);
        int written = ReferenceCorpus.write(java, pages, layout);
        List<Path> expected = files(python);
        assertEquals(expected.size(), written);
        assertEquals(expected, files(java), "the same file names");
        for (Path rel : expected) {
            assertArrayEquals(Files.readAllBytes(python.resolve(rel)), Files.readAllBytes(java.resolve(rel)),
                    rel.toString());
        }
        Measure.delete(python);
        Measure.delete(java);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
