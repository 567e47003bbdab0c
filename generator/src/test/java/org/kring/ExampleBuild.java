package org.kring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example curriculum built once per test run, website and PDFs, exactly as {@code ./kring build} does
 * (the repository is the site), into a temporary folder. Shared by the test classes that only read it.
 */
public final class ExampleBuild {
    private static Path out;
    private static BuildResult result;

    private ExampleBuild() {
    }

    public static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("kring-example").resolve("site");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            result = TestSites.buildWithPdf(TestSites.repo(), out);
        }
        return out;
    }

    public static synchronized BuildResult result() {
        out();
        return result;
    }
}
