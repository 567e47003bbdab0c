package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.cli.Main;

/** {@code kring new}: every kind lands in the right folder with the next number, and passes check. */
class ScaffoldTest {
    @TempDir
    Path tmp;

    @Test
    void scaffoldsOfEveryKindPassCheck() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String s = site.toString();
        assertEquals(0, Main.run("new", "session", "Back to work", "--programme", "parenting", "--site", s));
        assertEquals(0, Main.run("new", "topic", "Sleep and crying", "--site", s));
        assertEquals(0, Main.run("new", "recommendation", "Share rooms with other services", "--site", s));
        assertEquals(0, Main.run("new", "page", "Contact", "--site", s));
        assertEquals(0, Main.run("new", "course", "Refresher for pregnancy groups", "--site", s));
        assertEquals(0, Main.run("new", "module", "Running the self-checks", "--course", "pregnancy-facilitator",
                "--site", s));
        assertEquals(1, Main.run("new", "module", "X", "--site", s), "two courses: which one?");
        assertEquals(1, Main.run("new", "module", "X", "--course", "pregnancy-facilitatr", "--site", s));
        assertTrue(Files.isRegularFile(site.resolve("content/courses/refresher-for-pregnancy-groups/index.md")));
        assertTrue(Files.isRegularFile(site.resolve("content/courses/refresher-for-pregnancy-groups/welcome.md")));
        assertTrue(Files.isRegularFile(site.resolve("content/courses/pregnancy-facilitator/running-the-self-checks.md")));
        Path session = site.resolve("content/programmes/parenting/10-back-to-work.md");
        assertTrue(Files.isRegularFile(session), "the next free number");
        assertTrue(Files.readString(session).contains("number: 10"));
        assertTrue(Files.readString(session).contains("duration: 90"), "the programme's usual length");
        assertTrue(Files.isRegularFile(site.resolve("content/topics/sleep-and-crying.md")));
        assertTrue(Files.isRegularFile(site.resolve("content/recommendations/share-rooms-with-other-services.md")));
        assertTrue(Files.isRegularFile(site.resolve("content/contact.md")));
        List<Problem> errors = Kring.check(new BuildOptions(site, null, List.of(), null, true, null)).stream()
                .filter(Problem::isError).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void refusesToOverwriteAndNamesProgrammes() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path topic = site.resolve("content/topics/nutrition.md");
        String before = Files.readString(topic);
        assertEquals(1, Main.run("new", "topic", "Nutrition", "--site", site.toString()));
        assertEquals(before, Files.readString(topic));
        assertEquals(1, Main.run("new", "session", "X", "--site", site.toString()), "two programmes: which one?");
        assertEquals(1, Main.run("new", "session", "X", "--programme", "pregnancyy", "--site", site.toString()));
        assertEquals(2, Main.run("new", "lesson", "X", "--site", site.toString()));
    }

    @Test
    void titlesInAnyScriptGiveReadableFileNames() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        assertEquals(0, Main.run("new", "topic", "Ushqimi i shëndetshëm", "--site", site.toString()));
        assertTrue(Files.isRegularFile(site.resolve("content/topics/ushqimi-i-shendetshem.md")));
    }
}
