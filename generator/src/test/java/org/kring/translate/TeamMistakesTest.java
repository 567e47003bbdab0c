package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildSession;
import org.kring.Problems;
import org.kring.TestSites;
import org.kring.cli.Main;
import org.kring.segment.Segment;

/**
 * What a new team ran into following the Translator's guide, each with its class: interface strings into a
 * language just added, a changed paragraph's fuzzy entry in a partly translated file, a PO whose header
 * names another language, a country or three-letter code given as a language, --verbose on any command.
 */
class TeamMistakesTest {
    @TempDir
    Path tmp;

    private static String run(String... args) {
        return org.kring.cli.CliRun.of(args).summary();
    }

    private static List<Message> read(Path po) throws IOException {
        return PoFile.read(po.toString(), Files.readString(po), new Problems());
    }

    private static void fill(Path po, Map<String, String> byContext) throws IOException {
        List<Message> out = new ArrayList<>();
        for (Message m : read(po)) {
            String t = byContext.get(m.context());
            out.add(t == null ? m : m.translated(t));
        }
        Files.writeString(po, PoFile.write("uk", out));
    }

    @Test
    void interfaceStringsGoIntoALanguageJustAdded() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String s = site.toString();
        assertTrue(run("translate", "add", "uk", "--site", s).startsWith("0\n"));
        assertTrue(run("translate", "export", "uk", "--only", "todo", "--site", s).startsWith("0\n"));
        Path po = site.resolve("translations/uk/uk.po");
        fill(po, Map.of("ui.yml|nav.home", "Головна", "ui.yml|minutes",
                "{n, plural, one {# хвилина} few {# хвилини} many {# хвилин} other {# хвилини}}"));
        String out = run("translate", "import", po.toString(), "--site", s, "--verbose");
        assertTrue(out.startsWith("0\n"), out);
        String ui = Files.readString(site.resolve("translations/uk/ui.yml"));
        assertTrue(ui.contains("Головна") && ui.contains("хвилини"), ui);
    }

    @Test
    void aChangedParagraphOfAPartlyTranslatedFileIsTheFuzzyEntry() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String s = site.toString();
        TestSites.replaceInFile(site.resolve("site.yml"), "languages:\n", "languages:\n  - code: uk\n    name: Українська\n");
        String path = "programmes/pregnancy/03-body-changes.md";
        List<Message> all = new Exporter(BuildSession.translations(site)).messages("uk", Exporter.Only.ALL);
        Message paragraph = all.stream().filter(m -> m.path().equals(path) && "text".equals(m.role())
                && m.source().length() > 80).reduce((a, b) -> b).orElseThrow(); // a paragraph late in the file
        Path po = tmp.resolve("uk.po");
        Files.writeString(po, PoFile.write("uk", List.of(paragraph.translated("УКР " + paragraph.source()))));
        assertTrue(run("translate", "import", po.toString(), "--site", s).startsWith("0\n"));
        String words = paragraph.source().substring(0, paragraph.source().indexOf(' ', 15));
        TestSites.replaceInFile(site.resolve("content/" + path), words, words + " (changed)");

        List<Message> todo = new Exporter(BuildSession.translations(site)).messages("uk", Exporter.Only.TODO)
                .stream().filter(m -> m.path().equals(path)).toList();
        List<Message> fuzzy = todo.stream().filter(Message::needsReview).toList();
        assertEquals(1, fuzzy.size(), fuzzy.toString());
        assertEquals("text", fuzzy.get(0).role());
        assertEquals(Segment.normalize(paragraph.source()), fuzzy.get(0).previous());
        assertEquals("УКР " + paragraph.source(), fuzzy.get(0).target());
        var status = StatusReports.of(BuildSession.translations(site), "uk").files().stream()
                .filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        assertEquals(1, status.outdated(), "one part changed; the rest were never translated");
    }

    @Test
    void aPoWhoseHeaderNamesAnotherLanguageIsRefused() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String s = site.toString();
        assertTrue(run("translate", "add", "uk", "--site", s).startsWith("0\n"));
        assertTrue(run("translate", "export", "uk", "--only", "todo", "--site", s).startsWith("0\n"));
        Path po = site.resolve("translations/uk/uk.po");
        Message title = read(po).stream().filter(m -> "title".equals(m.role())).findFirst().orElseThrow();
        Files.writeString(po, PoFile.write("nl", List.of(title.translated("Українська назва"))));
        Map<String, String> before = TestSites.tree(site.resolve("translations"));
        before.remove("uk/uk.po");
        String out = run("translate", "import", po.toString(), "--site", s);
        assertTrue(out.startsWith("1\n") && out.contains("translations/uk/") && out.contains("Language: nl"), out);
        Map<String, String> after = TestSites.tree(site.resolve("translations"));
        after.remove("uk/uk.po");
        assertEquals(before, after, "no language's files changed");
    }

    @Test
    void aCountryOrLongCodeIsNotTakenForALanguage() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String yml = Files.readString(site.resolve("site.yml"));
        for (String[] c : new String[][] {{"ua", "uk"}, {"ukr", "uk"}, {"nld", "nl"}, {"xx-YY", null}}) {
            String out = run("translate", "add", c[0], "--site", site.toString());
            assertTrue(out.startsWith("2\n"), out);
            if (c[1] != null) {
                assertTrue(out.contains("did you mean '" + c[1] + "'"), out);
            }
            assertFalse(out.contains("Exception"), out);
            assertEquals(yml, Files.readString(site.resolve("site.yml")), "site.yml unchanged");
        }
    }
}
