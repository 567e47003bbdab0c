package org.kring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kring.UserError;

/**
 * Runs the shared {@code make-corpus.py} instead of {@link ReferenceCorpus}: for {@code kring bench
 * --corpus-script} (a changed script, before the port follows it) and for the test that holds the port to it.
 */
public final class CorpusScript {
    private CorpusScript() {
    }

    /** Writes the corpus with {@code python3 script}; a missing script or Python is the user's to fix. */
    public static void write(Path script, Path out, int pagesPerLang, ReferenceCorpus.Layout layout) {
        if (!Files.isRegularFile(script)) {
            throw new UserError("--corpus-script: no file '" + script + "'");
        }
        try {
            Process p = new ProcessBuilder("python3", script.toString(), out.toString(), "--pages-per-lang",
                    Integer.toString(pagesPerLang), "--layout", layout.name().toLowerCase(java.util.Locale.ROOT))
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new UserError(script + " failed: " + said.strip().replace('\n', ' '));
            }
        } catch (IOException e) {
            throw new UserError("--corpus-script needs python3, which could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
