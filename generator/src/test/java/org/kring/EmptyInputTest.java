package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.cli.Main;

/** Empty and comment-only YAML, wherever YAML is read, is a problem at its file and line, never a crash. */
class EmptyInputTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("site.yml", "", "site.yml:1: error: missing required key"),
                Arguments.of("site.yml", "# nothing yet\n", "site.yml:1: error: missing required key"),
                Arguments.of("site.yml", "---\n", "site.yml:1: error: "),
                Arguments.of("content/about.md", "---\n---\n", "content/about.md:2: error: missing required key 'title'"),
                Arguments.of("content/about.md", "---\n# to do\n---\nText.\n",
                        "content/about.md:2: error: missing required key 'title'"),
                Arguments.of("content/topics/food.md", "---\n\n---\n", "content/topics/food.md:2: error: missing required key"),
                // An empty translation is a translation not done yet: warnings, the English shown meanwhile.
                Arguments.of("translations/nl/topics/food.md", "---\n---\n", null),
                Arguments.of("translations/nl/ui.yml", "", null),
                Arguments.of("translations/nl/ui.yml", "# later\n", null));
    }

    /** Very large YAML is refused before parsing (the parser is quadratic in a value's length), wherever it is. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"content/about.md", "site.yml", "translations/nl/ui.yml"})
    void hugeYamlIsRefusedQuicklyWithItsFile(String file) {
        Map<String, String> files = TinySite.files();
        String big = "x".repeat(6 * 1024 * 1024);
        files.put(file, file.endsWith(".md") ? "---\ntitle: Big\ndescription: " + big + "\n---\nText.\n"
                : file.equals("site.yml") ? files.get("site.yml") + "# " + big + "\n" : "title: " + big + "\n");
        Path site = TinySite.write(tmp.resolve("site"), files);
        long t0 = System.nanoTime();
        org.kring.cli.CliRun run = org.kring.cli.CliRun.of("check", "--site", site.toString(), "--no-pdf");
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "answers, and does not hang");
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.summary());
        assertTrue(run.summary().contains(file + ":") && run.summary().contains("KiB"), run.summary());
        assertFalse(run.summary().contains("Exception"), run.summary());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void emptyYamlIsAProblemAtItsLineNotACrash(String file, String text, String expected) {
        Map<String, String> files = TinySite.files();
        files.put(file, text);
        Path site = TinySite.write(tmp.resolve("site"), files);
        org.kring.cli.CliRun run = org.kring.cli.CliRun.of("check", "--site", site.toString(), "--no-pdf");
        int exit = run.code();
        String out = run.out() + run.err();
        assertFalse(out.contains("Exception") || out.contains("internal error"), out);
        if (expected == null) {
            assertEquals(Main.OK, exit, out);
        } else {
            assertEquals(Main.CONTENT_ERRORS, exit, out);
            assertTrue(out.contains(expected), out);
        }
    }
}
