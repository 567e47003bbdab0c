package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.cli.CliRun;
import org.kring.serve.LiveSite;
import org.kring.validate.PlaceholderCheck;

/**
 * Text still equal to what {@code kring new} wrote for the author to replace is a warning at its file and line
 * (an error with {@code --strict}), in front matter and body, in the source and in a translation; so no
 * "(What happens while people arrive.)" reaches a web page or a printed handout.
 */
class PlaceholderTest {
    @TempDir
    Path tmp;

    static final String WARNING = "is still the placeholder kring new wrote: replace it with your own text, or delete it";

    /** The warnings check printed, as "file:line" with the placeholder's text. */
    static List<String> placeholderWarnings(CliRun run) {
        List<String> out = new ArrayList<>();
        for (String line : (run.out() + run.err()).split("\n")) {
            if (line.contains(WARNING)) {
                out.add(line);
            }
        }
        return out;
    }

    static String at(Path site, String file, String text) {
        return file + ":" + TestSites.lineOf(site.resolve(file), text) + ":";
    }

    static void assertWarned(List<String> warnings, String where, String placeholder) {
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(where) && w.contains("\"" + placeholder + "\"")),
                where + " " + placeholder + " in:\n" + String.join("\n", warnings));
    }

    @Test
    void everyKindOfNewFileIsFlaggedAtEachPlaceholderUntilItIsWritten() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        String s = site.toString();
        assertEquals(0, CliRun.of("new", "session", "Back to work", "--programme", "parenting", "--site", s).code());
        assertEquals(0, CliRun.of("new", "topic", "Sleep at night", "--site", s).code());
        assertEquals(0, CliRun.of("new", "recommendation", "Share rooms", "--site", s).code());
        assertEquals(0, CliRun.of("new", "page", "Contact", "--site", s).code());
        assertEquals(0, CliRun.of("new", "course", "Refresher", "--site", s).code());
        Map<String, String> before = TestSites.tree(site);

        CliRun check = CliRun.of("check", "--site", s);
        assertEquals(0, check.code(), "placeholders are warnings: a new file builds at once\n" + check.summary());
        List<String> w = placeholderWarnings(check);
        String session = "content/programmes/parenting/10-back-to-work.md";
        // Front matter: a text, list items, an agenda activity.
        assertWarned(w, at(site, session, "description:"), "(One or two sentences about what happens in this session.)");
        assertWarned(w, at(site, session, "(What participants can do after this session.)"),
                "(What participants can do after this session.)");
        assertWarned(w, at(site, session, "activity: (The discussion)"), "(The discussion)");
        // Body: a paragraph, a heading, the inside of a facilitator block, a paragraph with a link in it.
        assertWarned(w, at(site, session, "(What happens while people arrive.)"), "(What happens while people arrive.)");
        assertWarned(w, at(site, session, "## (The discussion)"), "(The discussion)");
        assertWarned(w, at(site, session, "(Notes only for the facilitators"),
                "(Notes only for the facilitators: what to prepare, what to watch for.)");
        assertWarned(w, at(site, session, "(Questions to ask the group."),
                "(Questions to ask the group. Link topics like this: [eating well](topic:nutrition).)");
        // A block's title, a list item, a page's only paragraph, a course day's title, a module's paragraph
        // over two lines.
        assertWarned(w, at(site, "content/topics/sleep-at-night.md", "::: activity (A title)"), "(A title)");
        assertWarned(w, at(site, "content/recommendations/share-rooms.md", "- (A step.)"), "(A step.)");
        assertWarned(w, at(site, "content/contact.md", "(The text of the page.)"), "(The text of the page.)");
        assertWarned(w, at(site, "content/courses/refresher/index.md", "- title: \"(What the day is about)\""),
                "(What the day is about)");
        assertWarned(w, at(site, "content/courses/refresher/welcome.md", "(Notes only for the trainer"),
                "(Notes only for the trainer: timing, what to watch for, how to debrief. Left out of the trainee's "
                        + "edition of the course pack.)");
        // Real headings the new files start with are not placeholders; commented examples are not text.
        assertTrue(w.stream().noneMatch(x -> x.contains("\"Arrival and self-checks\"") || x.contains("\"Why it matters\"")));
        assertTrue(w.stream().noneMatch(x -> x.contains("(A sign that needs the midwife")), "a commented key is no text");
        assertEquals(before, TestSites.tree(site), "check changes no file");

        CliRun strict = CliRun.of("check", "--strict", "--site", s);
        assertEquals(1, strict.code(), "with --strict a placeholder fails the check\n" + strict.summary());
        assertTrue(strict.summary().contains(session + ":" + TestSites.lineOf(site.resolve(session), "## (The discussion)")
                + ": warning: \"(The discussion)\" " + WARNING), strict.summary());
    }

    @Test
    void aBuildWarnsAndTheSiteIsStillBuilt() {
        Path site = TinySite.write(tmp.resolve("site"));
        TestSites.replaceInFile(site.resolve("content/about.md"), "About us.", "(The text of the page.)");
        CliRun build = CliRun.of("build", "--no-pdf", "--site", site.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, build.code(), build.summary());
        assertEquals(List.of("content/about.md:5: warning: \"(The text of the page.)\" " + WARNING),
                placeholderWarnings(build));
        assertTrue(Files.isRegularFile(tmp.resolve("out/en/about/index.html")));

        Path strictOut = tmp.resolve("strict");
        CliRun strict = CliRun.of("build", "--no-pdf", "--strict", "--site", site.toString(), "--out", strictOut.toString());
        assertEquals(1, strict.code(), strict.summary());
        assertTrue(strict.summary().contains("content/about.md:5: error: \"(The text of the page.)\" " + WARNING
                + " (an error with --strict)"), strict.summary());
        assertFalse(Files.exists(strictOut), "nothing written");
    }

    /** Only text that is a placeholder, whole: not one that quotes it, changes it, or is a real bracketed note. */
    @Test
    void textThatOnlyResemblesAPlaceholderIsNotFlagged() {
        Map<String, String> files = TinySite.files();
        files.put("content/about.md", """
                ---
                title: About
                description: (One sentence for search results and lists.) And this one is ours.
                ---

                (What happens while people arrive.) Coffee, tea and the scales are ready.

                (What happens while people arrive)

                (the text of the page.)

                (Pictures by the Kumasi group, 2024.)
                """);
        Path site = TinySite.write(tmp.resolve("site"), files);
        CliRun check = CliRun.of("check", "--site", site.toString());
        assertEquals(List.of(), placeholderWarnings(check), check.summary());
    }

    /** A translator who copied the English placeholder gets the warning at the translation's line. */
    @Test
    void aPlaceholderInATranslationIsFlaggedThere() {
        Map<String, String> files = TinySite.files();
        String nl = "translations/nl/topics/food.md";
        files.put(nl, files.get(nl).replace("  - Wat eet je?", "  - (An open question the facilitator asks the group.)")
                .replace("Achtergrond.", "Achtergrond.\n\n::: activity (A title)\nProef samen.\n:::\n"));
        Path site = TinySite.write(tmp.resolve("site"), files);
        List<String> w = placeholderWarnings(CliRun.of("check", "--site", site.toString()));
        assertEquals(2, w.size(), String.join("\n", w));
        assertWarned(w, nl + ":5:", "(An open question the facilitator asks the group.)");
        assertWarned(w, nl + ":" + TestSites.lineOf(site.resolve(nl), "::: activity") + ":", "(A title)");
        assertFalse(w.stream().anyMatch(x -> x.startsWith("content/")));
    }

    /**
     * The preview checks again only the files an edit changed, and keeps what it found in the others: a
     * placeholder typed into one file is warned, the warnings of untouched files stay, and a written one goes.
     */
    @Test
    void thePreviewWarnsAndForgetsAsFilesAreEdited() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        assertEquals(0, CliRun.of("new", "topic", "Sleep at night", "--site", site.toString()).code());
        org.kring.serve.LiveSite live = new org.kring.serve.LiveSite(
                new BuildOptions(site, tmp.resolve("out"), List.of(), null, false, null));
        LiveSite.Update first = live.start();
        assertTrue(first.ok(), first.problems().toString());
        Path topic = site.resolve("content/topics/sleep-at-night.md");
        List<String> fresh = warnings(first);
        assertTrue(fresh.stream().anyMatch(w -> w.startsWith("content/topics/sleep-at-night.md:")), fresh.toString());

        Path other = site.resolve("content/topics/breastfeeding.md");
        String text = Files.readString(other);
        String placeholder = PlaceholderCheck.placeholders().stream().filter(p -> p.startsWith("(")).sorted()
                .findFirst().orElseThrow();
        Files.writeString(other, text + "\n" + placeholder + "\n");
        List<String> added = warnings(live.apply(List.of(other)));
        assertTrue(added.stream().anyMatch(w -> w.startsWith("content/topics/breastfeeding.md:")
                && w.contains(placeholder)), added.toString());
        assertTrue(added.containsAll(fresh), "the untouched file keeps its warnings: " + added);

        Files.writeString(other, text);
        Files.delete(topic);
        List<String> gone = warnings(live.apply(List.of(other, topic)));
        assertEquals(List.of(), gone);
    }

    private static List<String> warnings(LiveSite.Update u) {
        return u.problems().stream().map(Object::toString).filter(w -> w.contains(WARNING)).toList();
    }
}
