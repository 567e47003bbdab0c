package org.kring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example curriculum built once per test run, website and PDFs, as {@code ./kring build --base-url
 * https://kring.example.org/} does (the repository is the site), into a temporary folder: published at an
 * address, so canonical, hreflang and the sitemap are there to check. Shared by the test classes that only
 * read it.
 */
public final class ExampleBuild {
    public static final String BASE_URL = "https://kring.example.org/";
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
            result = Kring.build(BuildOptions.of(TestSites.repo()).withOut(out).withBaseUrl(BASE_URL));
        }
        return out;
    }

    public static synchronized BuildResult result() {
        out();
        return result;
    }
}
