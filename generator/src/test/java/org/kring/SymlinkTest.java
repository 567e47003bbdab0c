package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.cli.CliRun;
import org.kring.serve.LiveSite;

/**
 * Symbolic links in site.yml, content/, translations/ and templates/: followed only to an ordinary file inside
 * the site folder. A link out of the site (to a file or a folder), to a folder, into a hidden file, to nothing or
 * in a circle stops every command with an error naming the link, before anything is read or written.
 */
class SymlinkTest {
    @TempDir
    Path tmp;
    Path site;
    Path outside;
    Path secret;

    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash\n";

    @BeforeEach
    void setUp() throws IOException {
        site = TinySite.write(tmp.resolve("site"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        secret = outside.resolve("passwd");
        Files.writeString(secret, SECRET);
        Files.writeString(outside.resolve("page.ftlh"), "${SECRET}\n");
    }

    /** Makes a symbolic link, replacing whatever is there; skips the test where the system cannot make one. */
    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        if (Files.isDirectory(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            TestSites.deleteTree(link);
        } else {
            Files.deleteIfExists(link);
        }
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("this system cannot make symbolic links: " + e);
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private CliRun check() {
        return run("check", "--no-pdf", "--site", site.toString());
    }

    private CliRun build(Path out) {
        return run("build", "--no-pdf", "--site", site.toString(), "--out", out.toString(), "--cache",
                tmp.resolve("cache").toString());
    }

    /**
     * Every command stops with {@code expected} (one line, naming the link), exit code 1, writes nothing, shows
     * nothing of what the link points to, and leaves the site and the linked file as they were.
     */
    private void assertRefusedEverywhere(String expected) throws IOException {
        Map<String, String> before = TestSites.tree(site);
        Map<String, String> outsideBefore = TestSites.tree(outside);
        Path out = tmp.resolve("out");
        List<CliRun> runs = List.of(check(), build(out), run("translate", "status", "--site", site.toString()),
                run("translate", "export", "nl", "--site", site.toString(), "--out", tmp.resolve("po").toString()),
                run("translate", "adapt", "nl", "topics/food.md", "--site", site.toString()));
        for (CliRun r : runs) {
            assertEquals(1, r.code(), r.summary());
            assertTrue(r.summary().lines().anyMatch(l -> l.equals(expected)), expected + "\n" + r.summary());
            assertFalse(r.summary().contains("root:x:0:0") || r.summary().contains("\tat "), r.summary());
        }
        assertFalse(Files.exists(out), "no site written");
        assertFalse(Files.exists(tmp.resolve("po")), "no exchange file written");
        LiveSite.Update preview = new LiveSite(BuildOptions.of(site).withOut(tmp.resolve("live"))
                .withCache(tmp.resolve("live-cache")).withPdf(false)).start();
        assertFalse(preview.ok());
        assertTrue(preview.problems().stream().anyMatch(p -> p.toString().equals(expected)), preview.toString());
        assertEquals(Set.of(), preview.written());
        assertEquals(before, TestSites.tree(site), "the site is unchanged");
        assertEquals(outsideBefore, TestSites.tree(outside), "the linked files are unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/images/logo.svg", "content/images/c.svg", "content/programmes/p/02-second.md",
        "translations/nl/topics/food.md", "translations/nl/ui.yml", "translations/nl/.kring/topics/food.md.yml",
        "templates/web/page.ftlh", "templates/assets/kring.css", "site.yml"})
    void aLinkToAFileOutsideTheSiteIsRefusedByEveryCommand(String name) throws IOException {
        link(site.resolve(name), secret);
        assertRefusedEverywhere(name + ": error: a symbolic link to a file outside the site folder ("
                + secret.toRealPath() + "); Kring does not read or publish it; copy the file into the site instead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/shared", "content/images", "content", "translations/nl", "translations/nl/topics",
        "templates/web", "templates"})
    void aLinkToAFolderOutsideTheSiteIsRefused(String name) throws IOException {
        Files.createDirectories(outside.resolve("topics"));
        Files.writeString(outside.resolve("topics/food.md"), TinySite.files().get("translations/nl/topics/food.md"));
        link(site.resolve(name), outside);
        assertRefusedEverywhere(name + ": error: a symbolic link to a folder outside the site folder ("
                + outside.toRealPath() + "); Kring does not read or publish it; copy the folder into the site instead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/images/c.svg", "translations/nl/topics/food.md", "templates/web/page.ftlh",
        "site.yml"})
    void aLinkToSomethingThatDoesNotExistIsRefused(String name) throws IOException {
        link(site.resolve(name), Path.of("missing.txt"));
        assertRefusedEverywhere(name + ": error: a symbolic link to something that does not exist (missing.txt); "
                + "remove the link, or copy the file it was meant for into the site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/images", "translations/nl/topics", "templates/web"})
    void linksInACircleAreRefused(String folder) throws IOException {
        Path dir = Files.createDirectories(site.resolve(folder));
        link(dir.resolve("a.svg"), Path.of("b.svg"));
        link(dir.resolve("b.svg"), Path.of("a.svg"));
        link(dir.resolve("self.svg"), Path.of("self.svg"));
        assertRefusedEverywhere(folder + "/a.svg: error: a symbolic link that leads in a circle (a.svg → b.svg → "
                + "a.svg); remove it, or copy the file it was meant for into the site");
        assertTrue(check().summary().contains(folder + "/self.svg: error: a symbolic link that leads in a circle "
                + "(self.svg → self.svg)"));
    }

    @Test
    void aLinkToAFolderInsideTheSiteIsRefusedToo() throws IOException {
        link(site.resolve("content/pictures"), Path.of("images"));
        assertRefusedEverywhere("content/pictures: error: a symbolic link to a folder (content/images); Kring does "
                + "not follow linked folders, so that no file is read twice or in a circle; move the folder here, or "
                + "link its files one by one");
    }

    @ParameterizedTest
    @ValueSource(strings = {".git/config", ".kring-cache/notes.txt", "content/.env"})
    void aLinkToAHiddenFileInsideTheSiteIsRefused(String hidden) throws IOException {
        Files.createDirectories(site.resolve(hidden).getParent());
        Files.writeString(site.resolve(hidden), "[remote \"origin\"]\n\turl = https://user:token@example.org/x\n");
        link(site.resolve("content/images/logo.svg"), site.resolve(hidden));
        assertRefusedEverywhere("content/images/logo.svg: error: a symbolic link to a hidden file (" + hidden + "); "
                + "Kring does not read hidden files, which may hold settings or passwords; copy the file into the site "
                + "instead");
    }

    @Test
    void editorsLockFilesAreNotLooked() throws IOException {
        // Emacs marks a file it edits with a dangling link named .#file: hidden, so never followed or refused.
        link(site.resolve("content/.#about.md"), Path.of("ann@laptop.4242:1700000000"));
        link(site.resolve("translations/nl/topics/.#food.md"), Path.of("ann@laptop.4242:1700000000"));
        CliRun checked = check();
        assertEquals(0, checked.code(), checked.summary());
        assertFalse(checked.summary().contains(".#"), checked.summary());
    }

    @Test
    void linksToFilesInsideTheSiteAreFollowed() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 7 7\"/>\n";
        Files.createDirectories(site.resolve("shared"));
        Files.writeString(site.resolve("shared/chairs.svg"), svg);
        link(site.resolve("content/images/c.svg"), Path.of("../../shared/chairs.svg"));
        Files.createDirectories(site.resolve("drafts"));
        Files.writeString(site.resolve("drafts/food-nl.md"), TinySite.files().get("translations/nl/topics/food.md")
                .replace("Achtergrond.", "Achtergrond uit het concept."));
        link(site.resolve("translations/nl/topics/food.md"), Path.of("../../../drafts/food-nl.md"));
        Files.createDirectories(site.resolve("theme"));
        Files.writeString(site.resolve("theme/page.ftlh"), "<p>The site's own page template: ${doc.title}</p>\n");
        link(site.resolve("templates/web/page.ftlh"), Path.of("../../theme/page.ftlh"));
        Files.move(site.resolve("site.yml"), site.resolve("theme/site.yml"));
        link(site.resolve("site.yml"), Path.of("theme/site.yml"));
        Map<String, String> before = TestSites.tree(site);
        settle(site, 120);

        Path out = tmp.resolve("out");
        CliRun built = build(out);
        assertEquals(0, built.code(), built.summary());
        assertEquals(svg, Files.readString(out.resolve("images/c.svg")));
        assertTrue(Files.readString(out.resolve("nl/topics/food/index.html")).contains("Achtergrond uit het concept."));
        assertEquals("<p>The site's own page template: About</p>\n", Files.readString(out.resolve("en/about/index.html")));
        assertEquals(before, TestSites.tree(site));

        CliRun same = build(out);
        assertTrue(same.out().startsWith("Up to date"), "nothing changed: " + same.summary());

        // The no-change check looks behind the link: an edit of the file it points to is built.
        String changed = svg.replace("0 0 7 7", "0 0 9 9");
        Files.writeString(site.resolve("shared/chairs.svg"), changed);
        settle(site.resolve("shared"), 60);
        CliRun again = build(out);
        assertEquals(0, again.code(), again.summary());
        assertFalse(again.out().startsWith("Up to date"), again.summary());
        assertEquals(changed, Files.readString(out.resolve("images/c.svg")));
    }

    /**
     * Dates every file and link under {@code dir} {@code seconds} back, links themselves included, so that a build
     * trusts its no-change check (it does not trust files younger than two seconds).
     */
    private static void settle(Path dir, int seconds) throws IOException {
        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - seconds * 1000L);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                try {
                    Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS).setTimes(past, null, null);
                } catch (IOException | UnsupportedOperationException e) {
                    Assumptions.abort("this system cannot date a symbolic link: " + e);
                }
            }
        }
    }

    @Test
    void aLinkMadeWhileThePreviewRunsIsRefusedUntilItIsRemoved() throws IOException {
        Path out = tmp.resolve("live");
        LiveSite live = new LiveSite(BuildOptions.of(site).withOut(out).withCache(tmp.resolve("live-cache"))
                .withPdf(false));
        assertTrue(live.start().ok());
        Path logo = site.resolve("content/images/c.svg");
        link(logo, secret);
        LiveSite.Update refused = live.apply(Set.of(logo));
        assertFalse(refused.ok());
        assertEquals(List.of("content/images/c.svg: error: a symbolic link to a file outside the site folder ("
                + secret.toRealPath() + "); Kring does not read or publish it; copy the file into the site instead"),
                refused.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        assertEquals(Set.of(), refused.written());
        assertFalse(Files.readString(out.resolve("images/c.svg")).contains("root:"), "the old picture stays");

        // Another edit meanwhile does not publish what the link points to either.
        Path about = site.resolve("content/about.md");
        Files.writeString(about, "---\ntitle: About\n---\n\nAbout us, edited.\n");
        assertFalse(live.apply(Set.of(about)).ok());
        assertFalse(Files.readString(out.resolve("images/c.svg")).contains("root:"));

        Path folder = site.resolve("content/shared");
        link(folder, outside);
        Files.delete(logo);
        Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        LiveSite.Update folderLink = live.apply(Set.of(logo, folder));
        assertEquals(List.of("content/shared: error: a symbolic link to a folder outside the site folder ("
                + outside.toRealPath() + "); Kring does not read or publish it; copy the folder into the site instead"),
                folderLink.problems().stream().filter(Problem::isError).map(Problem::toString).toList());

        Files.delete(folder);
        LiveSite.Update fixed = live.apply(Set.of(folder));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", Files.readString(out.resolve("images/c.svg")));
        assertTrue(Files.readString(out.resolve("en/about/index.html")).contains("About us, edited."));
    }

    @Test
    void aPoFileLinkedFromOutsideStopsTheSync() throws IOException {
        CliRun first = run("translate", "sync", "nl", "--site", site.toString());
        assertEquals(0, first.code(), first.summary());
        Path po = site.resolve("po/nl/topics/food.po");
        assertTrue(Files.isRegularFile(po), "the sync wrote the PO file");
        Files.writeString(outside.resolve("food.po"), Files.readString(po));
        link(po, outside.resolve("food.po"));
        Map<String, String> before = TestSites.tree(site);
        Map<String, String> outsideBefore = TestSites.tree(outside);
        CliRun sync = run("translate", "sync", "nl", "--site", site.toString());
        assertEquals(1, sync.code(), sync.summary());
        assertTrue(sync.summary().contains("po/nl/topics/food.po: error: a symbolic link to a file outside the site "
                + "folder (" + outside.resolve("food.po").toRealPath() + ")"), sync.summary());
        assertEquals(before, TestSites.tree(site));
        assertEquals(outsideBefore, TestSites.tree(outside));
        assertTrue(Files.isSymbolicLink(po), "the link is left as it is");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/courses/t/cohort.csv", "templates/print/certificates.ftlh"})
    void aCoursePackStopsAtALinkOutOfTheSite(String name) throws IOException {
        site = TinySite.write(tmp.resolve("course-site"), TinyCourse.files());
        link(site.resolve(name), secret);
        Path csv = tmp.resolve("cohort.csv");
        Files.writeString(csv, "name\nAmma Mensah\n");
        CliRun run = run("course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date", "2027-03-04",
                "--participants", csv.toString(), "--out", tmp.resolve("run").toString());
        assertEquals(1, run.code(), run.summary());
        assertTrue(run.summary().contains(name + ": error: a symbolic link to a file outside the site folder ("
                + secret.toRealPath() + ")"), run.summary());
        assertFalse(Files.exists(tmp.resolve("run")), "no papers written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"site.yml", "translations", "translations/uk"})
    void addingALanguageNeverWritesThroughALinkOutOfTheSite(String name) throws IOException {
        Path target = name.equals("site.yml") ? outside.resolve("site.yml") : outside;
        if (name.equals("site.yml")) {
            Files.writeString(target, TinySite.files().get("site.yml"));
        }
        link(site.resolve(name), target);
        Map<String, String> outsideBefore = TestSites.tree(outside);
        CliRun add = run("translate", "add", "uk", "--site", site.toString());
        assertEquals(1, add.code(), add.summary());
        assertTrue(add.summary().contains(name + ": error: a symbolic link to a "), add.summary());
        assertEquals(outsideBefore, TestSites.tree(outside), "nothing written outside the site");
        assertTrue(Files.isSymbolicLink(site.resolve(name)), "the link is left as it is");
    }

    @Test
    void aSiteFolderReachedThroughALinkIsNoLinkInsideIt() throws IOException {
        Path alias = tmp.resolve("alias");
        link(alias, site);
        CliRun checked = run("check", "--no-pdf", "--site", alias.toString());
        assertEquals(0, checked.code(), checked.summary());
        Stream.of("content/images/c.svg").forEach(f -> assertTrue(Files.isRegularFile(alias.resolve(f))));
    }
}
