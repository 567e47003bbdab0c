package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.serve.LiveSite;

/**
 * Every shortcut a build or the preview takes (skipping a build when nothing changed, writing only changed
 * files, rendering only the pages an edit touches) ends exactly where a plain full build into an empty
 * folder ends, byte for byte: speed never comes from skipping work that mattered.
 */
class FastPathTest {
    @TempDir
    Path tmp;

    private int fresh;
    /** The warnings of the last {@link #fullBuild(Path)}, which read every file anew. */
    private List<org.kring.Problem> fullWarnings;

    /** A full build of the site as it is now, into a new folder with an empty cache. */
    private Map<String, String> fullBuild(Path site) {
        Path dir = tmp.resolve("full-" + fresh++);
        fullWarnings = Kring.build(BuildOptions.of(site).withOut(dir.resolve("out")).withPdf(false)
                .withCache(dir.resolve("cache"))).warnings();
        return TestSites.tree(dir.resolve("out"));
    }

    /**
     * Dates every input a minute back. A build does not trust files saved in the last moments (an editor may
     * save twice within one tick of the file system's clock), so tests that expect a skip age their files.
     */
    /** A copy of the example whose files were all saved a minute ago: none is too young to trust its time. */
    private Path agedExample() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        age(site);
        return site;
    }

    private static void age(Path site) throws IOException {
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, past);
            }
        }
    }

    @Test
    void aBuildWithNothingChangedDoesNothingAndLeavesTheSameSite() throws IOException {
        Path site = agedExample();
        Path out = tmp.resolve("out");
        BuildResult first = TestSites.build(site, out);
        assertFalse(first.skipped());

        BuildResult second = TestSites.build(site, out);
        assertTrue(second.skipped(), "nothing changed: nothing to do");
        assertEquals(0, second.written());
        assertEquals(first.pages(), second.pages(), "the summary is the last build's");
        assertEquals(first.files(), second.files());
        assertEquals(first.warnings(), second.warnings(), "its warnings are shown again");
        assertSameSite(fullBuild(site), TestSites.tree(out));
    }

    @Test
    void anEditedFileIsNeverSkipped() throws IOException {
        Path site = agedExample();
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        TestSites.replaceInFile(site.resolve("content/topics/nutrition.md"), "title: ", "title: Eating well, ");

        BuildResult r = TestSites.build(site, out);
        assertFalse(r.skipped());
        assertTrue(r.written() > 0);
        assertTrue(Files.readString(out.resolve("en/topics/nutrition/index.html")).contains("Eating well, "));
        assertSameSite(fullBuild(site), TestSites.tree(out));

        // Saved again within the same moment with the same size: the build still looks, because the files
        // are too young to trust their dates.
        TestSites.replaceInFile(site.resolve("content/topics/nutrition.md"), "Eating well, ", "Eating good, ");
        BuildResult again = TestSites.build(site, out);
        assertFalse(again.skipped());
        assertTrue(Files.readString(out.resolve("en/topics/nutrition/index.html")).contains("Eating good, "));
        assertSameSite(fullBuild(site), TestSites.tree(out));
    }

    @Test
    void anOutputFileChangedByHandIsRestored() throws IOException {
        Path site = agedExample();
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        Path page = out.resolve("en/about/index.html");
        String html = Files.readString(page);
        Files.writeString(page, html.replace("<main", "<mAin")); // same size, other bytes
        Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        BuildResult r = TestSites.build(site, out);
        assertFalse(r.skipped());
        assertEquals(1, r.written());
        assertEquals(html, Files.readString(page));

        Files.delete(out.resolve("en/topics/nutrition/index.html"));
        assertFalse(TestSites.build(site, out).skipped());
        assertSameSite(fullBuild(site), TestSites.tree(out));
    }

    @Test
    void otherOptionsAreAnotherBuild() throws IOException {
        Path site = agedExample();
        Path out = tmp.resolve("out");
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false));
        BuildResult r = Kring.build(new BuildOptions(site, out, List.of(), "https://elsewhere.example.org/", false,
                null));
        assertFalse(r.skipped());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("https://elsewhere.example.org/en/"));
    }

    /**
     * The preview renders only the pages an edit can change. After each kind of edit an author makes, its
     * output folder must hold exactly what a full build of the same sources holds.
     */
    @Test
    void previewEditsEndWhereAFullBuildEnds() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path out = tmp.resolve("preview");
        LiveSite live = new LiveSite(new BuildOptions(site, out, List.of(), null, false, null));
        assertTrue(live.start().ok());
        assertSameSite(fullBuild(site), TestSites.tree(out), "the first rendering");

        Path session = site.resolve("content/programmes/pregnancy/02-eating-and-moving.md");
        Path topic = site.resolve("content/topics/nutrition.md");
        Path translation = site.resolve("translations/nl/about.md");
        Path recommendation = firstRecommendation(site);
        Path ui = site.resolve("translations/nl/ui.yml");
        Path added = site.resolve("content/visiting.md");
        // Each kind of edit an author makes, and the file it changes.
        List<Map.Entry<Path, Runnable>> edits = List.of(
                // a sentence of a session's text: only its page
                Map.entry(session, () -> TestSites.replaceInFile(session, "\n\n", "\n\nA new first sentence.\n\n")),
                // a session's title: its programme page, neighbours, downloads and topics show it
                Map.entry(session, () -> TestSites.replaceInFile(session, "title: ", "title: Now, ")),
                // a topic's title: the topic list and the sessions that discuss it
                Map.entry(topic, () -> TestSites.replaceInFile(topic, "title: ", "title: Food and ")),
                // a translation's text
                Map.entry(translation, () -> TestSites.replaceInFile(translation, "\n\n", "\n\nEen nieuwe zin.\n\n")),
                // a recommendation's description
                Map.entry(recommendation, () -> TestSites.replaceInFile(recommendation, "description: ",
                        "description: Also, ")),
                // an interface string
                Map.entry(ui, () -> TestSites.replaceInFile(ui, "skip: ", "skip: Nu ")),
                // a new page, and gone again
                Map.entry(added, () -> write(added, "---\ntitle: Visiting\n---\n\nCome and see a group.\n")),
                Map.entry(added, () -> delete(added)));
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).getValue().run();
            LiveSite.Update u = live.apply(List.of(edits.get(i).getKey()));
            assertTrue(u.ok(), "edit " + i + ": " + u.problems());
            assertSameSite(fullBuild(site), TestSites.tree(out), "after edit " + i);
        }
    }

    /**
     * A command-line build after an edit renders only the pages of the edited texts when nothing else shows
     * what changed, and everything otherwise. After every kind of edit, its output must be what a full build of
     * the same sources into an empty folder holds, and the shortcut must have been taken where it can be.
     */
    @Test
    void commandLineRebuildsEndWhereAFullBuildEnds() throws IOException {
        Path site = agedExample();
        // With an address, so the sitemap and robots.txt are made too, and kept by the builds that keep them.
        TestSites.replaceInFile(site.resolve("site.yml"), "# base_url: https://example.org/curriculum/",
                "base_url: https://example.org/curriculum/");
        age(site);
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        BuildOptions options = BuildOptions.of(site).withOut(out).withPdf(false).withCache(cache);
        Kring.build(options);
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")), "a site with an address has a sitemap");

        Path session = site.resolve("content/programmes/pregnancy/02-eating-and-moving.md");
        Path topic = site.resolve("content/topics/nutrition.md");
        Path translation = site.resolve("translations/nl/about.md");
        Path translatedSession = site.resolve("translations/nl/programmes/pregnancy/02-eating-and-moving.md");
        Path country = site.resolve("content/countries/ghana.md");
        Path recommendation = firstRecommendation(site);
        Path ui = site.resolve("translations/nl/ui.yml");
        Path template = site.resolve("templates/web/topic.ftlh");
        Path siteYml = site.resolve("site.yml");
        Path added = site.resolve("content/visiting.md");
        Path renamed = site.resolve("content/visits.md");
        record Edit(String what, boolean onlyItsPages, Path file, Runnable change) {
        }
        List<Edit> edits = List.of(
                new Edit("a sentence of a session", true, session,
                        () -> TestSites.replaceInFile(session, "\n\n", "\n\nA new first sentence.\n\n")),
                new Edit("the text of a topic many sessions discuss", true, topic,
                        () -> TestSites.replaceInFile(topic, "\n\n", "\n\nA new first sentence.\n\n")),
                new Edit("a translation's text", true, translation,
                        () -> TestSites.replaceInFile(translation, "\n\n", "\n\nEen nieuwe zin.\n\n")),
                new Edit("a translated session's text", true, translatedSession,
                        () -> TestSites.replaceInFile(translatedSession, "\n\n", "\n\nNog een zin.\n\n")),
                new Edit("a country page's text", true, country,
                        () -> TestSites.replaceInFile(country, "\n\n", "\n\nA new first sentence.\n\n")),
                // What the last build kept of the other files (their anchors, their problems) meets the edit.
                new Edit("a link to a heading of a page not edited", true, session,
                        () -> TestSites.replaceInFile(session, "A new first sentence.",
                                "A new first sentence. See [the background](topic:nutrition#background-for-the-facilitator).")),
                new Edit("a warning written", true, topic,
                        () -> TestSites.replaceInFile(topic, "A new first sentence.", "A new first sentence {{< note >}}.")),
                new Edit("a file not edited, with its warning", true, country,
                        () -> TestSites.replaceInFile(country, "A new first sentence.", "A first sentence.")),
                new Edit("the warning mended", true, topic,
                        () -> TestSites.replaceInFile(topic, " {{< note >}}.", ".")),
                new Edit("a session's title", false, session, () -> TestSites.replaceInFile(session, "title: ", "title: Now, ")),
                new Edit("the title of a topic many sessions discuss", false, topic,
                        () -> TestSites.replaceInFile(topic, "title: ", "title: Food and ")),
                new Edit("a recommendation's description", false, recommendation,
                        () -> TestSites.replaceInFile(recommendation, "description: ", "description: Also, ")),
                new Edit("an interface string", false, ui, () -> TestSites.replaceInFile(ui, "skip: ", "skip: Nu ")),
                new Edit("a template of the site's own", false, template, () -> {
                    try {
                        Files.createDirectories(template.getParent());
                        Files.writeString(template, Files.readString(TestSites.repo().resolve("templates/web/topic.ftlh"))
                                .replace("</article>", "<p>Printed guides are free.</p></article>"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }),
                new Edit("the template changed", false, template,
                        () -> TestSites.replaceInFile(template, "Printed guides are free.", "Guides are free.")),
                new Edit("site.yml", false, siteYml, () -> TestSites.replaceInFile(siteYml, "title: ", "title: The ")),
                new Edit("a new page", false, added, () -> write(added, "---\ntitle: Visiting\n---\n\nCome and see a group.\n")),
                new Edit("the new page's text", true, added,
                        () -> write(added, "---\ntitle: Visiting\n---\n\nCome and see a group, any week.\n")),
                new Edit("the page renamed", false, renamed, () -> move(added, renamed)),
                new Edit("the page deleted", false, renamed, () -> delete(renamed)));
        int n = 0;
        for (Edit edit : edits) {
            edit.change().run();
            if (Files.exists(edit.file())) { // saved a while before the build, as an author does
                backdate(edit.file());
            }
            // A CI runner: the cache restored, a new output folder, which starts from the cache's copy of the
            // last output.
            Path ci = tmp.resolve("ci-" + n++);
            BuildResult fromCache = Kring.build(options.withOut(ci));
            String ciPlan = Rebuild.lastPlan();
            assertEquals(edit.onlyItsPages(), !ciPlan.startsWith("everything"), edit.what() + " into a new folder: " + ciPlan);
            Map<String, String> full = fullBuild(site);
            assertSameSite(full, TestSites.tree(ci), "into a new folder after " + edit.what() + " (" + ciPlan + ")");
            assertEquals(fullWarnings, fromCache.warnings(), "the warnings into a new folder after " + edit.what());

            BuildResult r = Kring.build(options);
            assertFalse(r.skipped(), edit.what());
            String plan = Rebuild.lastPlan();
            assertEquals(edit.onlyItsPages(), !plan.startsWith("everything"), edit.what() + ": " + plan);
            assertSameSite(full, TestSites.tree(out), "after " + edit.what() + " (" + plan + ")");
            assertEquals(fullWarnings, r.warnings(), "the warnings after " + edit.what());
        }

        // A CI runner's fresh checkout: every file has a new time, one text is edited. The bytes tell which.
        org.kring.bench.Measure.delete(out);
        age(site);
        edit(session, "A first sentence from a fresh checkout.");
        Kring.build(options);
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(out), "into an empty folder after a fresh checkout");
        // And with nothing edited, only the pages any build changes (the translation and downloads pages).
        Path again = tmp.resolve("again");
        age(site);
        Kring.build(options.withOut(again));
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(again), "into an empty folder after a checkout with no edit");
    }

    /**
     * A file saved while a build runs, after it listed the inputs: the listing says the file is as before, so the
     * build keeps its pages, but the load read the new text. The record must say what the output shows, so the next
     * build (which sees the file's new time) renders it, though its bytes are those the last build read.
     */
    @Test
    void aFileSavedDuringABuildIsRenderedByTheNext() throws IOException {
        Path site = agedExample();
        Path out = tmp.resolve("out");
        BuildOptions options = BuildOptions.of(site).withOut(out).withPdf(false).withCache(tmp.resolve("cache"));
        Kring.build(options);
        Path country = site.resolve("content/countries/ghana.md");
        Path topic = site.resolve("content/topics/nutrition.md");
        // The save during the build: other bytes, the same size and time as the listing found.
        rewriteKeepingTime(country, text -> {
            int at = text.lastIndexOf("a");
            return text.substring(0, at) + "o" + text.substring(at + 1);
        });
        edit(topic, "A new first sentence.");
        Kring.build(options);
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        // The editor's save shows at the next build as a new time.
        backdate(country);
        Kring.build(options);
        assertSameSite(fullBuild(site), TestSites.tree(out), "after a file saved during a build (" + Rebuild.lastPlan() + ")");
        // Into a new folder from the cache's copy, from a fresh checkout, the same.
        age(site);
        Path ci = tmp.resolve("ci");
        Kring.build(options.withOut(ci));
        assertSameSite(fullBuild(site), TestSites.tree(ci), "into a new folder after it (" + Rebuild.lastPlan() + ")");
    }

    /**
     * A rebuild does not read the files whose size and time are as the last build recorded them: what it needs of
     * them comes from the read cache. When one of them is read after all (its page is rendered) and has other bytes
     * (changed by a tool that kept its size and time), what the build made of the old bytes is thrown away and the
     * build is made again from the files: the output is a full build's, never a mix.
     */
    @Test
    void aFileTakenAsUnchangedButChangedIsReadAgainAndTheBuildEndsWhereAFullBuildEnds() throws IOException {
        Path site = agedExample();
        Path out = tmp.resolve("out");
        BuildOptions options = BuildOptions.of(site).withOut(out).withPdf(false).withCache(tmp.resolve("cache"));
        Kring.build(options);
        // The Dutch translation's page is rendered again after its source changes: its text is read then.
        Path dutch = site.resolve("translations/nl/topics/breastfeeding.md");
        rewriteKeepingTime(dutch, text -> {
            assertTrue(text.contains("title: Borstvoeding en je baby voeden"));
            return text.replace("title: Borstvoeding en je", "title: Borstvoeding EN je");
        });
        edit(site.resolve("content/topics/breastfeeding.md"), "A new first sentence.");

        Kring.build(options);
        String page = Files.readString(out.resolve("nl/topics/breastfeeding/index.html"));
        assertTrue(page.contains("Borstvoeding EN je baby voeden"), "the new title, read from the file");
        assertSameSite(fullBuild(site), TestSites.tree(out), "after a file changed behind its size and time");
    }

    /** A folder named as the copy in a --cache folder of the user's own is not Kring's: left alone, no copy kept. */
    @Test
    void aFolderOfTheUsersOwnInTheCacheIsLeftAlone() throws IOException {
        Path site = agedExample();
        Path cache = tmp.resolve("mine");
        Path theirs = org.kring.write.LastOutput.folder(cache).resolve("notes.txt");
        Files.createDirectories(theirs.getParent());
        Files.writeString(theirs, "mine");
        BuildOptions options = BuildOptions.of(site).withPdf(false).withCache(cache);
        Kring.build(options.withOut(tmp.resolve("a")));
        edit(site.resolve("content/programmes/pregnancy/02-eating-and-moving.md"), "A first sentence.");
        Kring.build(options.withOut(tmp.resolve("b")));
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertEquals(List.of("notes.txt"), TestSites.tree(theirs.getParent()).keySet().stream().toList());
        assertEquals("mine", Files.readString(theirs));
    }

    /**
     * The cache's copy of the last output is used only while it is exactly what that build wrote, only for a new
     * or empty folder, and a folder it was used for holds the whole site, with no link to the cache left to change.
     */
    @Test
    void aBuildIntoANewFolderStartsFromTheLastOutputOnlyWhenItIsIntact() throws IOException {
        Path site = agedExample();
        Path cache = tmp.resolve("cache");
        BuildOptions options = BuildOptions.of(site).withPdf(false).withCache(cache);
        Kring.build(options.withOut(tmp.resolve("first")));
        Path session = site.resolve("content/programmes/pregnancy/02-eating-and-moving.md");
        Path kept = org.kring.write.LastOutput.folder(cache);
        assertTrue(Files.isRegularFile(kept.resolve("en/index.html")), "the last output is kept in the cache");

        // A kept file changed by another tool (through the output, which shares it): not used.
        Path page = tmp.resolve("first/en/index.html");
        Files.writeString(page, Files.readString(page).replace("</body>", "<!-- deployed --></body>"));
        edit(session, "A first sentence.");
        Kring.build(options.withOut(tmp.resolve("second")));
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(tmp.resolve("second")), "after a kept file changed");

        // The cache restored by a tool that keeps times to the second, or not at all: every kept file has another
        // time, and its bytes tell it is the same.
        edit(session, "A restored sentence.");
        Kring.build(options.withOut(tmp.resolve("restored-from")));
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() / 1000 * 1000 - 3_600_000);
        try (Stream<Path> s = Files.walk(kept)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        edit(session, "A sentence after the restore.");
        Path restored = tmp.resolve("restored");
        Kring.build(options.withOut(restored));
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(restored), "from a copy restored with other times");
        edit(session, "And another.");
        Kring.build(options.withOut(restored));
        assertFalse(Rebuild.lastPlan().startsWith("everything"), "the restored folder's record is of its files: "
                + Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(restored), "a rebuild of the folder made from the copy");

        // A kept file with other bytes of the same size and another time: not used.
        edit(session, "A sentence before a change in place.");
        Kring.build(options.withOut(tmp.resolve("changed-in-place")));
        Path same = kept.resolve("en/index.html");
        String html = Files.readString(same);
        Files.writeString(same, html.replaceFirst("<title>", "<titlE>"));
        edit(session, "A sentence after a change in place.");
        Kring.build(options.withOut(tmp.resolve("after-change-in-place")));
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(tmp.resolve("after-change-in-place")), "after a change in place");

        // A kept file deleted: not used.
        edit(session, "A second sentence.");
        Kring.build(options.withOut(tmp.resolve("third")));
        Files.delete(kept.resolve("en/index.html"));
        edit(session, "A third sentence.");
        Kring.build(options.withOut(tmp.resolve("fourth")));
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(tmp.resolve("fourth")), "after a kept file deleted");
        assertTrue(Files.isRegularFile(kept.resolve("en/index.html")), "the next build keeps the whole output again");

        // Into a folder that holds another tool's files: refused as ever, nothing linked in.
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThrows(ContentException.class, () -> Kring.build(options.withOut(foreign)));
        assertEquals(List.of("notes.txt"), TestSites.tree(foreign).keySet().stream().toList());

        // Into an empty folder: the shortcut, and the whole site.
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        edit(session, "A fourth sentence.");
        Kring.build(options.withOut(empty));
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(empty), "into an empty folder");

        // The folder the copy mirrors still exists: the new folder got copies, not links to its files.
        Object copied = Files.readAttributes(empty.resolve("en/index.html"), BasicFileAttributes.class).fileKey();
        Object mirrored = Files.readAttributes(tmp.resolve("fourth/en/index.html"), BasicFileAttributes.class).fileKey();
        if (copied != null) {
            assertFalse(copied.equals(mirrored), "two of the user's folders share no file");
        }

        // A later build into the first folder changes none of the files the others share with it.
        Map<String, String> before = TestSites.tree(empty);
        edit(session, "A fifth sentence.");
        Kring.build(options.withOut(tmp.resolve("fourth")));
        assertSameSite(before, TestSites.tree(empty), "a folder built earlier, after a later build elsewhere");

        // A CI runner: the folder the copy mirrors is gone; the new folder's files are links to the copy's.
        org.kring.bench.Measure.delete(tmp.resolve("fourth"));
        edit(session, "A sixth sentence.");
        Path runner = tmp.resolve("runner");
        Kring.build(options.withOut(runner));
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(runner), "on a CI runner");
        Object linked = Files.readAttributes(runner.resolve("en/about/index.html"), BasicFileAttributes.class).fileKey();
        Object kept2 = Files.readAttributes(kept.resolve("en/about/index.html"), BasicFileAttributes.class).fileKey();
        if (linked != null) {
            assertEquals(kept2, linked, "a page the edit did not change is linked, not copied");
        }
    }

    /**
     * What a build keeps for the next is never trusted blindly: a damaged record, an edit that broke the site
     * (that build wrote nothing), another set of languages, each ends where a full build ends.
     */
    @Test
    void aRebuildAfterABrokenRecordAFailedBuildOrOtherOptionsEndsWhereAFullBuildEnds() throws IOException {
        Path site = agedExample();
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        BuildOptions options = BuildOptions.of(site).withOut(out).withPdf(false).withCache(cache);
        Kring.build(options);
        Path session = site.resolve("content/programmes/pregnancy/02-eating-and-moving.md");

        // The record damaged (a disk full, a hand edit): everything is rendered.
        try (Stream<Path> s = Files.list(cache)) {
            for (Path state : s.filter(p -> p.toString().endsWith(".state")).toList()) {
                Files.writeString(state, "# kring build state 2\nnot a number\n");
            }
        }
        edit(session, "A first sentence.");
        Kring.build(options);
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(out), "after a damaged record");

        // An edit that breaks the site: nothing is written; the fix is compared with the last good build.
        String good = Files.readString(session);
        edit(session, "[a link](topic:no-such-topic)");
        assertThrows(ContentException.class, () -> Kring.build(options));
        Files.writeString(session, good.replace("A first sentence.", "A second sentence."));
        backdate(session);
        Kring.build(options);
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(out), "after a failed build and its fix");

        // Fewer languages, then all again: other options, another build.
        Kring.build(new BuildOptions(site, out, List.of("en"), null, false, null, cache));
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        Kring.build(options);
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site), TestSites.tree(out), "after a build of one language");
    }

    /** Changes a file's bytes and gives it back its time: same size and time, other text (a tool that keeps them). */
    private static void rewriteKeepingTime(Path file, java.util.function.UnaryOperator<String> change)
            throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        String changed = change.apply(text);
        assertEquals(text.length(), changed.length(), "the same size");
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, time);
    }

    /** Puts a sentence first in a file's text, saved a while before the next build. */
    private static void edit(Path file, String sentence) throws IOException {
        TestSites.replaceInFile(file, "\n\n", "\n\n" + sentence + "\n\n");
        backdate(file);
    }

    /**
     * Dates a file ten seconds back, as saved a while before the next build: a file saved in the moments before
     * a build looked counts as changed at the next build too, which would hide whether a shortcut is taken.
     */
    private static void backdate(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
    }

    /**
     * With PDFs: pages show their PDFs' pages and sizes, so a build that printed a PDF anew renders every page; one
     * that printed none renders only the edited texts' pages, and the offline copies take the others as the last
     * build wrote them. Every time, pages, PDFs and copies come out as a full build makes them.
     */
    @Test
    void aRebuildWithPdfsEndsWhereAFullBuildEnds() throws IOException {
        Path site = agedExample();
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("out");
        BuildOptions options = BuildOptions.of(site).withOut(out).withCache(cache);
        Kring.build(options);
        Path session = site.resolve("content/programmes/pregnancy/02-eating-and-moving.md");
        edit(session, "A new first sentence.");

        BuildResult r = Kring.build(options);
        assertTrue(r.pdfsRendered() > 0, "the session's guides are printed again");
        assertSameSite(fullBuild(site, cache), TestSites.tree(out), "after an edit printed anew");

        // A topic's text is printed in the guides of every session that discusses it, whose pages show their
        // guides' pages and sizes.
        Path topic = site.resolve("content/topics/nutrition.md");
        edit(topic, "A new first sentence, long enough to move a page break.");
        assertTrue(Kring.build(options).pdfsRendered() > 0);
        assertSameSite(fullBuild(site, cache), TestSites.tree(out), "after a topic's edit printed anew");

        // An edit no PDF prints (a country page): no PDF changes, and only its pages are rendered again.
        Path country = site.resolve("content/countries/ghana.md");
        edit(country, "A new first sentence.");
        assertEquals(0, Kring.build(options).pdfsRendered(), "no PDF prints a country page");
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        Map<String, String> full = fullBuild(site, cache);
        assertSameSite(full, TestSites.tree(out), "after an edit no PDF prints");

        // A CI runner with the cache restored: the PDFs from the cache, the pages from its copy of the last output.
        edit(country, "Another first sentence.");
        Kring.build(options);
        Path ci = tmp.resolve("ci");
        assertEquals(0, Kring.build(options.withOut(ci)).pdfsRendered());
        assertFalse(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        assertSameSite(fullBuild(site, cache), TestSites.tree(ci), "into a new folder with PDFs");
    }

    /** A full build with PDFs into a new folder, taking unchanged PDFs from {@code cache}. */
    private Map<String, String> fullBuild(Path site, Path cache) {
        Path full = tmp.resolve("full-with-pdfs-" + fresh++);
        org.kring.write.LastOutput.discard(cache); // or it would start from the last output
        Kring.build(BuildOptions.of(site).withOut(full).withCache(cache));
        assertTrue(Rebuild.lastPlan().startsWith("everything"), Rebuild.lastPlan());
        Map<String, String> tree = TestSites.tree(full);
        assertTrue(tree.keySet().stream().anyMatch(p -> p.startsWith("offline/")), "offline copies made");
        return tree;
    }

    /** Compares two outputs and names the files that differ, rather than printing both trees. */
    private static void assertSameSite(Map<String, String> expected, Map<String, String> actual, String... what) {
        java.util.Set<String> differ = new java.util.TreeSet<>();
        for (String k : expected.keySet()) {
            if (!expected.get(k).equals(actual.get(k))) {
                differ.add(k + (actual.containsKey(k) ? " (other bytes)" : " (missing)"));
            }
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                differ.add(k + " (extra)");
            }
        }
        assertEquals(java.util.Set.of(), differ, String.join(" ", what));
    }

    private static Path firstRecommendation(Path site) {
        try (Stream<Path> s = Files.list(site.resolve("content/recommendations"))) {
            return s.filter(p -> !p.getFileName().toString().equals("index.md")).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
