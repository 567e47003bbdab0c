package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.cli.Main;
import org.kring.translate.Exporter;
import org.kring.translate.Message;
import org.kring.translate.PoFile;

/**
 * A site's own templates cannot reach out of the template language (run commands, reflect on classes), and
 * a translator's file cannot smuggle invisible characters in; gettext's language codes are understood.
 */
class HostileExtensionsTest {
    @TempDir
    Path tmp;

    private static String run(String... args) {
        return org.kring.cli.CliRun.of(args).summary();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch MARKER\")}",
        "<#assign ob = \"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.io.File\", \"MARKER\").createNewFile()?c}",
        "${site?api.getClass().forName(\"java.lang.Runtime\")}",
        "${doc.getClass().getClassLoader()}"})
    void aSiteTemplateCannotRunCommandsOrReflect(String payload) throws IOException {
        Path marker = tmp.resolve("pwned");
        Map<String, String> files = TinySite.files();
        files.put("templates/web/page.ftlh", payload.replace("MARKER", marker.toString()) + "\n");
        Path site = TinySite.write(tmp.resolve("site"), files);
        String out = run("build", "--site", site.toString(), "--out", tmp.resolve("out").toString(), "--no-pdf");
        assertTrue(out.startsWith("1\n"), out);
        assertTrue(out.contains("templates/web/page.ftlh:1"), out);
        assertFalse(out.contains("\tat "), out);
        assertFalse(Files.exists(marker), "the command did not run");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u000B", "\u000C", "\u202E", "\u2067", "\u0007"})
    void aTranslationWithAnInvisibleCharacterIsRefusedWithItsLine(String c) throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        List<Message> all = new Exporter(BuildSession.translations(site)).messages("nl", Exporter.Only.ALL);
        Message first = all.stream().filter(m -> m.path().equals("topics/nutrition.md") && "title".equals(m.role()))
                .findFirst().orElseThrow();
        Path po = tmp.resolve("nl.po");
        Files.writeString(po, PoFile.write("nl", List.of(first.translated("Gezond" + c + "eten"))));
        Map<String, String> before = TestSites.tree(site.resolve("translations"));
        String out = run("translate", "import", po.toString(), "--site", site.toString());
        assertTrue(out.startsWith("1\n"), out);
        assertTrue(out.contains(String.format("U+%04X", (int) c.charAt(0))), out);
        assertTrue(out.matches("(?s).*nl\\.po:\\d+: error: .*"), out);
        assertEquals(before, TestSites.tree(site.resolve("translations")), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl_SR", "nl-SR"})
    void gettextLanguageCodesWithAnUnderscoreAreTheSiteLanguage(String code) throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        List<Message> all = new Exporter(BuildSession.translations(site)).messages("nl-SR", Exporter.Only.ALL);
        Message first = all.stream().filter(m -> "title".equals(m.role())).findFirst().orElseThrow();
        Path po = tmp.resolve("nl-SR.po");
        Files.writeString(po, PoFile.write("nl-SR", List.of(first.translated("Surinaams " + first.source())))
                .replace("Language: nl-SR", "Language: " + code));
        String out = run("translate", "import", po.toString(), "--site", site.toString());
        assertTrue(out.startsWith("0\n"), out);
        assertTrue(Files.readString(site.resolve("translations/nl-SR/" + first.path())).contains("Surinaams "));
    }
}
