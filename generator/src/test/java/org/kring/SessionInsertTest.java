package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.cli.CliRun;
import org.kring.segment.FileStatus;
import org.kring.translate.StatusReport;

/** {@code kring new session --at N}: the later sessions move up in every language, and nothing else changes. */
class SessionInsertTest {
    @TempDir
    Path tmp;

    @Test
    void aSessionAtATakenNumberMovesTheLaterOnesInContentTranslationsAndLinks() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Map<String, String> before = status(site);
        List<Problem> warningsBefore = check(site);
        Path preg = site.resolve("content/programmes/pregnancy");
        assertTrue(Files.isRegularFile(preg.resolve("04-feelings.md")));
        assertTrue(Files.readString(site.resolve("content/courses/pregnancy-facilitator/index.md"))
                .contains("practice: session:pregnancy/5"));

        CliRun r = CliRun.of("new", "session", "Worries and sleep", "--at", "4", "--programme", "pregnancy",
                "--site", site.toString());
        assertEquals(0, r.code(), r.summary());

        Path added = preg.resolve("04-worries-and-sleep.md");
        assertTrue(Files.readString(added).contains("number: 4"));
        assertFalse(Files.exists(preg.resolve("04-feelings.md")));
        assertTrue(Files.readString(preg.resolve("05-feelings.md")).contains("number: 5"));
        assertTrue(Files.readString(preg.resolve("11-reunion.md")).contains("number: 11"));
        assertTrue(Files.readString(preg.resolve("03-body-changes.md")).contains("number: 3"), "earlier ones stay");
        assertFalse(Files.exists(site.resolve("translations/nl/programmes/pregnancy/04-feelings.md")));
        assertTrue(Files.isRegularFile(site.resolve("translations/nl/programmes/pregnancy/05-feelings.md")));
        assertTrue(Files.isRegularFile(site.resolve("translations/nl/.kring/programmes/pregnancy/05-feelings.md.yml")));
        assertTrue(Files.readString(site.resolve("translations/nl/.kring/programmes/pregnancy/05-feelings.md.yml"))
                .contains("source: content/programmes/pregnancy/05-feelings.md\n"), "the record names the new file");
        assertTrue(Files.readString(site.resolve("content/courses/pregnancy-facilitator/index.md"))
                .contains("practice: session:pregnancy/6"), "the course practises the same guide");
        String index = Files.readString(preg.resolve("index.md"));
        assertTrue(index.contains("session:pregnancy/11") && index.contains("session:pregnancy/1)"), index);
        assertTrue(Files.readString(site.resolve("translations/nl/programmes/pregnancy/index.md"))
                .contains("session:pregnancy/11"));

        // The build passes check with nothing new but the new file's placeholders.
        List<Problem> after = check(site).stream()
                .filter(p -> !p.file().equals("content/programmes/pregnancy/04-worries-and-sleep.md")).toList();
        assertEquals(List.of(), after.stream().filter(Problem::isError).toList());
        assertEquals(warningsBefore.size(), after.size(), after.toString());

        // Every translation keeps its status under the session's new name.
        Map<String, String> now = status(site);
        Map<String, String> expected = new TreeMap<>();
        Pattern moved = Pattern.compile("(programmes/pregnancy/)(\\d\\d)(-[^/]+\\.md)$");
        for (Map.Entry<String, String> e : before.entrySet()) {
            Matcher m = moved.matcher(e.getKey());
            String key = e.getKey();
            if (m.find() && Integer.parseInt(m.group(2)) >= 4) {
                key = key.substring(0, m.start(2)) + String.format("%02d", Integer.parseInt(m.group(2)) + 1)
                        + m.group(3);
            }
            expected.put(key, e.getValue());
        }
        now.keySet().removeIf(k -> k.contains("04-worries-and-sleep"));
        assertEquals(expected, now);
    }

    @Test
    void aClashChangesNothing() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Map<String, String> tree = TestSites.tree(site.resolve("content"));
        // A stray file where 07-labour-and-birth.md would be renamed to.
        Files.writeString(site.resolve("translations/nl/programmes/pregnancy/08-labour-and-birth.md"), "x");
        Map<String, String> translations = TestSites.tree(site.resolve("translations"));
        CliRun r = CliRun.of("new", "session", "Worries", "--at", "4", "--programme", "pregnancy",
                "--site", site.toString());
        assertEquals(1, r.code(), r.summary());
        assertTrue(r.err().contains("translations/nl/programmes/pregnancy/08-labour-and-birth.md: error: is in the way"),
                r.summary());
        assertEquals(tree, TestSites.tree(site.resolve("content")));
        assertEquals(translations, TestSites.tree(site.resolve("translations")));
        assertEquals(1, CliRun.of("new", "session", "Worries", "--at", "13", "--programme", "pregnancy",
                "--site", site.toString()).code(), "a gap");
    }

    private static List<Problem> check(Path site) {
        return Kring.check(new BuildOptions(site, null, List.of(), null, true, null));
    }

    /** Each translation file's state, by language and path. */
    private static Map<String, String> status(Path site) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, StatusReport> e : BuildSession.load(BuildOptions.of(site)).status().entrySet()) {
            for (FileStatus f : e.getValue().files()) {
                out.put(e.getKey() + " " + f.path(), f.state() + " " + f.translated() + "/" + f.segments());
            }
        }
        return out;
    }
}
