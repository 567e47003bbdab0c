package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.cli.CliRun;

/**
 * {@code kring import}: a real Carpentries lesson becomes a programme that passes the check and builds, with the
 * episodes' minutes as each guide's agenda; a folder of Markdown becomes pages with their pictures and links;
 * an import never overwrites a file, and writes nothing at all when any of its files exists.
 */
class ImportTest {
    static final Path LESSON = TestSites.repo().resolve("generator/src/test/resources/import/carpentries-effective-meetings");

    @TempDir
    Path tmp;

    /** The check after the import found no errors and nothing in content/ to warn about. */
    private static void assertNoErrors(CliRun run) {
        assertTrue(run.out().contains("\n0 errors, ") || run.out().contains("No problems found."), run.summary());
        // Only the materials an imported lesson does not give are left for the team, and check says where.
        assertTrue(run.out().lines().filter(l -> l.startsWith("content/"))
                .allMatch(l -> l.contains(": warning: \"(What the lesson's setup instructions ask")
                        && l.endsWith("is still the placeholder kring import wrote: replace it with your own text, or delete it")),
                "the check after the import: " + run.summary());
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void aCarpentriesLessonBecomesAProgrammeThatPassesTheCheckAndBuilds() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        CliRun run = CliRun.of("import", LESSON.toString(), "--site", site.toString(), "--programme", "meetings");
        assertEquals(0, run.code(), run.summary());
        assertTrue(run.out().contains("wrote content/programmes/meetings/01-introduction.md"), run.summary());
        assertTrue(run.out().contains("note: config.yaml lists facilitation.md, which is not in episodes/: left out"),
                run.summary());
        assertNoErrors(run);

        Path dir = site.resolve("content/programmes/meetings");
        String programme = read(dir.resolve("index.md"));
        assertTrue(programme.startsWith("---\ntitle: \"Running Effective Online Meetings\"\n"), programme);
        assertTrue(programme.contains("licensed CC-BY 4.0"), "the lesson's licence is credited: " + programme);

        // Episode timings: teaching + exercises is the duration, and the agenda says both.
        String agenda = read(dir.resolve("02-agenda.md"));
        assertTrue(agenda.contains("""
                number: 2
                duration: 30
                description: "How do I establish and communicate goals for my meeting?"
                objectives:
                  - "Collect proposed agenda items from meeting participants"
                """), agenda);
        assertTrue(agenda.contains("""
                agenda:
                  - minutes: 20
                    activity: "Teaching"
                  - minutes: 10
                    activity: "Exercises"
                ---
                """), agenda);
        // Boxes: a challenge titled by its heading, its solution a facilitator note inside it, the key points a list.
        assertTrue(agenda.contains("::: activity Agenda Triage Practice (10 min)\n"), agenda);
        assertTrue(agenda.contains("::: facilitator\n\nGroup answers to this challenge will vary"), agenda);
        assertTrue(agenda.contains("## Key points\n\n- Meetings will be most effective"), agenda);
        assertFalse(agenda.contains("::::"), agenda);
        String intro = read(dir.resolve("01-introduction.md"));
        assertTrue(intro.contains("::: facilitator\n\n### Pronouns and Names"), "an instructor note: " + intro);
        assertTrue(intro.contains("[coc]: https://docs.carpentries.org/policies/coc/"), "links.md's definitions: " + intro);
        assertTrue(read(dir.resolve("03-meeting-roles.md")).contains("::: tip\n\n### Building Facilitator confidence"));

        BuildResult built = TestSites.build(site, tmp.resolve("out"));
        assertTrue(built.toString() != null);
        try (Stream<Path> s = Files.walk(tmp.resolve("out"))) {
            assertTrue(s.filter(p -> p.toString().endsWith(".html")).anyMatch(p -> {
                try {
                    return read(p).contains("Agenda Triage Practice");
                } catch (IOException e) {
                    return false;
                }
            }), "the session guide is built");
        }
    }

    /** A team with only its old materials: the import into an empty folder starts a site that builds. */
    @Test
    void intoAFolderWithNoSiteTheImportStartsOne() throws IOException {
        Path site = tmp.resolve("new-site");
        CliRun run = CliRun.of("import", LESSON.toString(), "--site", site.toString());
        assertEquals(0, run.code(), run.summary());
        assertTrue(run.out().contains("wrote site.yml"), run.summary());
        assertNoErrors(run);
        String yml = read(site.resolve("site.yml"));
        assertTrue(yml.contains("title: \"Running Effective Online Meetings\""), yml);
        assertTrue(yml.contains("  - programme:running-effective-online-meetings"), yml);
        BuildResult built = TestSites.build(site, tmp.resolve("out"));
        assertTrue(built.pages().get("en") > 5, "built: " + built.pages());
        assertTrue(java.nio.file.Files.isRegularFile(tmp.resolve("out/en/programmes/running-effective-online-meetings/"
                + "01-introduction/index.html")));
        // A folder with content/ but no site.yml is a site gone wrong, not a new one: nothing is written there.
        Path broken = TinySite.write(tmp.resolve("broken"));
        java.nio.file.Files.delete(broken.resolve("site.yml"));
        Map<String, String> before = TestSites.tree(broken);
        CliRun refused = CliRun.of("import", LESSON.toString(), "--site", broken.toString());
        assertEquals(1, refused.code(), refused.summary());
        assertEquals(before, TestSites.tree(broken));
    }

    @Test
    void aSecondImportWritesNothingAndSaysWhy() {
        Path site = TinySite.write(tmp.resolve("site"));
        assertEquals(0, CliRun.of("import", LESSON.toString(), "--site", site.toString(), "--programme", "meetings").code());
        TestSites.replaceInFile(site.resolve("content/programmes/meetings/02-agenda.md"), "Creating an agenda", "Our agenda");
        Map<String, String> before = TestSites.tree(site);

        CliRun again = CliRun.of("import", LESSON.toString(), "--site", site.toString(), "--programme", "meetings");
        assertEquals(1, again.code(), again.summary());
        assertEquals("error: nothing was imported: content/programmes/meetings/01-introduction.md, "
                + "content/programmes/meetings/02-agenda.md, content/programmes/meetings/03-meeting-roles.md, "
                + "content/programmes/meetings/index.md exist already, and Kring never overwrites a file; import under "
                + "another id with --programme ID\n", again.err());
        assertEquals(before, TestSites.tree(site), "nothing written, the author's edit kept");
    }

    @Test
    void aDryRunListsTheFilesAndWritesNothing() {
        Path site = TinySite.write(tmp.resolve("site"));
        Map<String, String> before = TestSites.tree(site);
        CliRun run = CliRun.of("import", LESSON.toString(), "--site", site.toString(), "--dry-run");
        assertEquals(0, run.code(), run.summary());
        assertTrue(run.out().contains("would write content/programmes/running-effective-online-meetings/index.md"),
                run.summary());
        assertEquals(before, TestSites.tree(site));
    }

    @Test
    void aFolderOfMarkdownBecomesPagesWithTheirPicturesAndLinks() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path docs = TinySite.write(tmp.resolve("docs"), Map.of(
                "guide.md", """
                        ---
                        layout: page
                        tags: [start]
                        ---
                        # Getting started

                        Read [more](Further Reading/more.md#details) and see the room:

                        ![Chairs in a circle](img/circle.svg)
                        """,
                "Further Reading/more.md", """
                        Some more text.

                        ## Details

                        Back to [the guide](../guide.md).
                        """,
                "img/circle.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>\n",
                "img/unused.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>\n"));
        // A space in a folder name needs angle brackets in a CommonMark link.
        TestSites.replaceInFile(docs.resolve("guide.md"), "(Further Reading/more.md#details)", "(<Further Reading/more.md#details>)");

        CliRun run = CliRun.of("import", docs.toString(), "--site", site.toString());
        assertEquals(0, run.code(), run.summary());
        assertTrue(run.out().contains("note: front matter key 'layout' dropped (1 file): Kring pages have a title and a "
                + "description\n"), run.summary());
        assertTrue(run.out().contains("note: front matter key 'tags' dropped (1 file)"), run.summary());
        assertNoErrors(run);

        assertEquals("""
                ---
                title: "Getting started"
                ---

                Read [more](<page:further-reading/more#details>) and see the room:

                ![Chairs in a circle](img/circle.svg)
                """, read(site.resolve("content/guide.md")));
        assertEquals("""
                ---
                title: "More"
                ---

                Some more text.

                ## Details

                Back to [the guide](page:guide).
                """, read(site.resolve("content/further-reading/more.md")));
        assertTrue(Files.exists(site.resolve("content/img/circle.svg")));
        assertFalse(Files.exists(site.resolve("content/img/unused.svg")), "only pictures a page shows");
    }

    @Test
    void anOlderJekyllLessonsBoxesBecomeKringBlocks() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path lesson = TinySite.write(tmp.resolve("old"), Map.of(
                "_config.yml", "title: \"Old lesson\"\n",
                "_episodes/01-first.md", """
                        ---
                        title: "First steps"
                        teaching: 10
                        exercises: 5
                        questions:
                        - "What comes first?"
                        objectives:
                        - "Name the first step."
                        keypoints:
                        - "Start small."
                        ---
                        Some text.

                        > ## Try it
                        >
                        > Do the thing.
                        >
                        > > ## Solution
                        > >
                        > > The answer.
                        > {: .solution}
                        {: .challenge}

                        ~~~
                        ls
                        ~~~
                        {: .language-bash}

                        {% include links.md %}
                        """));
        CliRun run = CliRun.of("import", lesson.toString(), "--site", site.toString());
        assertEquals(0, run.code(), run.summary());
        assertNoErrors(run);
        assertEquals("""
                ---
                title: "First steps"
                number: 1
                duration: 15
                description: "What comes first?"
                objectives:
                  - "Name the first step."
                materials:
                  - "(What the lesson's setup instructions ask each participant to bring or install: write it here.)"
                agenda:
                  - minutes: 10
                    activity: "Teaching"
                  - minutes: 5
                    activity: "Exercises"
                ---

                Some text.

                ::: activity Try it

                Do the thing.

                ::: facilitator

                ## Solution

                The answer.

                :::

                :::

                ~~~
                ls
                ~~~

                ## Key points

                - Start small.
                """, read(site.resolve("content/programmes/old-lesson/01-first.md")));
    }

    @Test
    void aFileThatCouldNotBeAPageStopsTheImportBeforeAnythingIsWritten() {
        Path site = TinySite.write(tmp.resolve("site"));
        Path docs = TinySite.write(tmp.resolve("docs"), Map.of("welcome.md", "# Welcome\n", "topics/sleep.md", "# Sleep\n"));
        Map<String, String> before = TestSites.tree(site);
        CliRun run = CliRun.of("import", docs.toString(), "--site", site.toString());
        assertEquals(1, run.code(), run.summary());
        assertEquals("error: topics/sleep.md would become content/topics/sleep.md, which Kring does not read as a page "
                + "(programmes/, courses/, topics/ and recommendations/ hold other kinds); rename it and import again\n",
                run.err());
        assertEquals(before, TestSites.tree(site));
    }

    /** The warnings check prints for {@code body} in a page, each as it is printed. */
    private List<String> warnings(String body) {
        Path site = TinySite.write(tmp.resolve("site"));
        TestSites.replaceInFile(site.resolve("content/about.md"), "About us.\n", body);
        CliRun run = CliRun.of("check", "--site", site.toString(), "--no-pdf");
        // The tiny site's Dutch interface strings are incomplete on purpose: only content/ counts here.
        return run.out().lines().filter(l -> l.startsWith("content/") && l.contains(": warning: ")).toList();
    }

    /** about.md's body starts on line 5. */
    @Test
    void pandocFencedDivsAreWarnedAtTheirLines() {
        assertEquals(List.of(
                "content/about.md:5: warning: ':::::: challenge' is a Pandoc fenced div (Carpentries, Quarto), which "
                        + "Kring would print as it is: write '::: activity Title' with three colons and close it with ':::'",
                "content/about.md:7: warning: '::::::' closes a Pandoc fenced div, which Kring would print as it is: "
                        + "close a Kring block with ':::' (three colons)",
                "content/about.md:9: warning: '::: {.callout}' is a Pandoc fenced div (Carpentries, Quarto), which "
                        + "Kring would print as it is: write '::: tip' with three colons and close it with ':::'"),
                warnings(":::::: challenge\nTry it.\n::::::\n\n::: {.callout}\nNote.\n\n```\n:::::: challenge\n```\n"));
    }

    @Test
    void mkdocsAdmonitionsAreWarned() {
        assertEquals(List.of("content/about.md:5: warning: '!!! note \"Remember\"' is an MkDocs admonition, which Kring "
                + "would print as it is: write '::: tip' on a line of its own, the text (not indented) and ':::' after it"),
                warnings("!!! note \"Remember\"\n    Bring the scales.\n"));
    }

    @Test
    void hugoShortcodesAreWarnedButNotInCode() {
        assertEquals(List.of("content/about.md:5: warning: '{{< figure src=\"circle.png\" >}}' is a Hugo shortcode, which "
                + "Kring would print as it is: write Markdown instead (a picture: ![what it shows](images/name.svg), "
                + "a note: a '::: tip' block)"),
                warnings("{{< figure src=\"circle.png\" >}}\n\nIn code: `{{% note %}}`\n"));
    }

    @Test
    void kramdownAttributeListsAreWarned() {
        assertEquals(List.of("content/about.md:6: warning: '{: .challenge}' is a kramdown attribute list (Jekyll), which "
                + "Kring would print as it is: for a box write '::: activity Title', '::: tip' or another Kring block "
                + "around the text instead of a quote; for a heading's anchor write '## Heading {#id}'; else delete it"),
                warnings("> Try it.\n{: .challenge}\n"));
    }

    @Test
    void liquidTagsAreWarned() {
        assertEquals(List.of("content/about.md:7: warning: '{% include links.md %}' is a Liquid tag (Jekyll), which "
                + "Kring would print as it is: write the text or the link itself, or delete it"),
                warnings("Text.\n\n{% include links.md %}\n"));
    }

    @Test
    void pandocAttributesAfterAPictureAreWarned() {
        assertEquals(List.of("content/about.md:5: warning: '{alt=\"Chairs\"}' is a Pandoc attribute block, which Kring "
                + "would print as it is: write a picture's description in its brackets, ![like this](...), and delete "
                + "the braces"),
                warnings("![A circle](images/c.svg){alt=\"Chairs\"}\n"));
    }

    @Test
    void aPlaceholderKringNewWroteIsWarned() {
        assertEquals(List.of("content/about.md:5: warning: \"(The text of the page.)\" is still the placeholder kring "
                + "new wrote: replace it with your own text, or delete it"),
                warnings("(The text of the page.)\n"));
    }
}
