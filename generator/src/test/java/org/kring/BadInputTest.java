package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.cli.Main;

/**
 * Broken input gives a clear {@code file:line} error, a non-zero exit and leaves the previous site exactly
 * as it was. Each case starts from a copy of the example curriculum with one file replaced.
 */
class BadInputTest {
    static final String SESSION = "content/programmes/parenting/09-looking-ahead.md";

    /** A valid session 9; each case breaks one thing in it. Line numbers below refer to this text. */
    static final String VALID = """
            ---
            title: Looking back, looking ahead
            number: 9
            duration: 90
            description: The last meeting of the group.
            objectives:
              - Parents name one thing they learnt from another parent.
            materials:
              - Baby scales
            agenda:
              - minutes: 30
                activity: Arrival and self-checks
              - minutes: 45
                activity: Looking back together
              - minutes: 15
                activity: Closing circle
            topics: [language-development, vaccination]
            ---
            ## Looking back together

            Ask each parent what surprised them most this year.

            ![A baby lying on a baby scale](images/baby-scale.svg)
            """;

    @TempDir
    static Path tmp;
    static Path out;
    static Map<String, String> before;

    @BeforeAll
    static void goodBuild() {
        Path site = TestSites.copyExample(tmp.resolve("good"));
        write(site, SESSION, VALID);
        out = tmp.resolve("out");
        TestSites.build(site, out);
        before = TestSites.tree(out);
        assertTrue(before.size() > 100);
    }

    private static void write(Path site, String rel, String text) {
        try {
            Files.writeString(site.resolve(rel), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Builds a copy with one file changed; returns the problems, after checking nothing was written. */
    private static List<Problem> failingBuild(String name, String rel, String text) {
        Path site = TestSites.copyExample(tmp.resolve(name));
        write(site, rel, text);
        ContentException e = assertThrows(ContentException.class, () -> TestSites.build(site, out));
        assertEquals(before, TestSites.tree(out), "the previous site is untouched");
        assertFalse(Files.exists(out.resolveSibling("." + out.getFileName() + ".kring-staging")),
                "no staging folder left behind");
        return e.problems();
    }

    private static void assertProblem(List<Problem> problems, String file, int line, String text) {
        boolean found = problems.stream().anyMatch(p -> p.isError() && p.file().equals(file) && p.line() == line
                && p.message().contains(text));
        assertTrue(found, "expected " + file + ":" + line + " '" + text + "' in " + problems);
    }

    @Test
    void brokenYaml() {
        List<Problem> p = failingBuild("yaml", SESSION, VALID.replace("title: Looking back, looking ahead",
                "title: \"Looking back, looking ahead"));
        assertProblem(p, SESSION, 2, "invalid YAML: while scanning a quoted scalar that is never closed");
    }

    @Test
    void frontMatterNotClosed() {
        List<Problem> p = failingBuild("unclosed", SESSION, VALID.replaceFirst("(?m)^---\n## ", "## "));
        assertProblem(p, SESSION, 1, "front matter is not closed");
    }

    @Test
    void unknownTopicWithSuggestion() {
        List<Problem> p = failingBuild("topic", SESSION, VALID.replace("[language-development, vaccination]",
                "[language-development, vacination]"));
        assertProblem(p, SESSION, 17, "unknown topic 'vacination' (did you mean 'vaccination'?)");
    }

    @Test
    void agendaThatDoesNotAddUp() {
        List<Problem> p = failingBuild("agenda", SESSION, VALID.replace("minutes: 45", "minutes: 40"));
        assertProblem(p, SESSION, 10, "agenda minutes add up to 85 but the session's duration is 90 (5 minutes short)");
    }

    @Test
    void missingPicture() {
        List<Problem> p = failingBuild("image", SESSION, VALID.replace("images/baby-scale.svg", "images/baby.png"));
        assertProblem(p, SESSION, 23, "picture not found: images/baby.png");
    }

    @Test
    void pictureWithoutAltText() {
        List<Problem> p = failingBuild("alt", SESSION, VALID.replace("[A baby lying on a baby scale]", "[]"));
        assertProblem(p, SESSION, 23, "has no alt text");
    }

    @Test
    void unsafeRawHtml() {
        List<Problem> p = failingBuild("html", SESSION, VALID + "\n<script>alert('x')</script>\n\n"
                + "Click <a href=\"#\" onclick=\"steal()\">here</a>.\n");
        assertProblem(p, SESSION, 25, "raw HTML tag <script> is not allowed");
        assertProblem(p, SESSION, 27, "raw HTML tag <a> is not allowed");
    }

    @Test
    void unknownContentLink() {
        List<Problem> p = failingBuild("link", SESSION, VALID.replace("Ask each parent",
                "See [sleep](topic:infant-slep). Ask each parent"));
        assertProblem(p, SESSION, 21, "unknown topic 'infant-slep' in link 'topic:infant-slep' (did you mean 'infant-sleep'?)");
    }

    @Test
    void unknownFrontMatterKeyWithSuggestion() {
        List<Problem> p = failingBuild("key", SESSION, VALID.replace("materials:", "materails:"));
        assertProblem(p, SESSION, 8, "unknown key 'materails' in a session (did you mean 'materials'?)");
    }

    @Test
    void malformedTranslationFile() {
        List<Problem> p = failingBuild("ui", "translations/nl/ui.yml", "nav:\n  home: Start\n  label: [Menu\n");
        assertTrue(p.stream().anyMatch(x -> x.file().equals("translations/nl/ui.yml") && x.line() >= 3
                && x.message().contains("invalid YAML")), p.toString());
    }

    @Test
    void brokenMessagePatternInTranslation() {
        List<Problem> p = failingBuild("pattern", "translations/nl/ui.yml",
                "minutes: \"{n, plural, one {# minuut} other {# minuten}\"\n");
        assertProblem(p, "translations/nl/ui.yml", 1, "'minutes' is not a valid message");
    }

    @Test
    void unknownSiteKeyWithSuggestion() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("siteyml"));
        String yml = Files.readString(site.resolve("site.yml")).replace("navigation:", "navigaton:");
        List<Problem> p = failingBuild("siteyml", "site.yml", yml);
        assertProblem(p, "site.yml", TestSites.lineOf(site.resolve("site.yml"), "navigaton:"),
                "unknown key 'navigaton' in site.yml (did you mean 'navigation'?)");
    }

    @Test
    void licenceWithoutAName() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("licence"));
        String yml = Files.readString(site.resolve("site.yml")).replace("  name: CC BY-SA 4.0\n", "  nam: CC BY-SA 4.0\n");
        List<Problem> p = failingBuild("licence", "site.yml", yml);
        int line = TestSites.lineOf(site.resolve("site.yml"), "licence:");
        assertProblem(p, "site.yml", line, "licence has no 'name'");
        assertProblem(p, "site.yml", line + 1, "unknown key 'nam' in licence (did you mean 'name'?)");
    }

    @Test
    void allProblemsAreReportedInOneRun() {
        List<Problem> p = failingBuild("many", SESSION, VALID.replace("minutes: 45", "minutes: 40")
                .replace("vaccination]", "vacination]").replace("images/baby-scale.svg", "images/baby.png"));
        assertTrue(p.stream().filter(Problem::isError).count() >= 3, p.toString());
    }

    @Test
    void commandLineExitsWithOneAndPrintsFileAndLine() {
        Path site = TestSites.copyExample(tmp.resolve("cli"));
        write(site, SESSION, VALID.replace("minutes: 45", "minutes: 40"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("build", "--site", site.toString(), "--out", out.toString(), "--quiet", "--no-pdf");
        } finally {
            System.setErr(old);
        }
        assertEquals(1, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(SESSION + ":10: error: agenda minutes add up to 85"), text);
        assertTrue(text.contains("nothing was written"), text);
        assertFalse(text.contains("Exception"), "no stack trace: " + text);
        assertEquals(before, TestSites.tree(out));
    }
}
