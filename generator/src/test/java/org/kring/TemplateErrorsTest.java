package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.cli.CliRun;
import org.kring.cli.Main;

/**
 * A site's own web template that FreeMarker cannot read (a syntax error of any kind, in any of the templates a
 * build reads) stops the build with one error at the template's line and column, writes nothing, and is the
 * same error on the next build: whichever thread read the template first.
 */
class TemplateErrorsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> broken() {
        List<String> templates = List.of("web/topic.ftlh", "web/page.ftlh", "web/home.ftlh", "web/search.ftlh",
                "web/root.ftlh", "web/404.ftlh");
        List<String[]> errors = List.of(
                new String[] {"<p>\n<#if true>\nunclosed\n", ":3:", "unclosed #if"},
                new String[] {"<p>\n${title\n", ":2:", "unclosed \"{\""},
                new String[] {"<p>\n<#nonsense>\n", ":2:", "template syntax error"});
        return templates.stream().flatMap(t -> errors.stream().map(e -> Arguments.of(t, e[0], e[1], e[2])));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("broken")
    void aTemplateThatCannotBeReadIsOneErrorAtItsLine(String template, String text, String line, String message) {
        Map<String, String> files = TinySite.files();
        files.put("templates/" + template, text);
        Path site = TinySite.write(tmp.resolve("site"), files);
        Path out = tmp.resolve("out");
        for (int run = 0; run < 2; run++) {
            CliRun r = CliRun.of("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf");
            assertEquals(Main.CONTENT_ERRORS, r.code(), r.summary());
            List<String> errors = (r.out() + r.err()).lines().filter(l -> l.contains("error")).toList();
            assertTrue(errors.get(0).startsWith("templates/" + template + line), r.summary());
            assertTrue(errors.get(0).contains(": error: template syntax error: ") && errors.get(0).contains(message),
                    r.summary());
            assertFalse(r.summary().contains("Exception") || r.summary().contains("earlier attempt")
                    || r.summary().contains("\tat "), r.summary());
            assertFalse(Files.exists(out), "nothing written");
        }
    }
}
