package org.kring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example curriculum's website without its PDFs, built once per test run: for the tests of what the pages
 * do (search), which need no PDF and should not wait for them.
 */
public final class ExampleWebBuild {
    private static Path out;

    private ExampleWebBuild() {
    }

    public static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("kring-example-web").resolve("site");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestSites.build(TestSites.repo(), out);
        }
        return out;
    }
}
