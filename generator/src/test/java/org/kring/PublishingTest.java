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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.cli.CliRun;
import org.kring.serve.LiveSite;

/**
 * Which files under content/ the site publishes: those a page (in any language) links or shows, and those in a
 * folder site.yml declares ({@code assets:}). Everything else is left out with a warning naming it, hidden files
 * never go out, and files that usually hold people's data go out only from a declared folder. Build, check, the
 * PDFs' cache and the preview follow the same set.
 */
class PublishingTest {
    @TempDir
    Path tmp;

    private static final String NOT_PUBLISHED = ": warning: not published: no page uses it and it is not in a "
            + "declared assets folder";

    private int sites;

    private Path site(Map<String, String> extra) {
        Map<String, String> files = TinySite.files();
        files.putAll(extra);
        return TinySite.write(tmp.resolve("site" + ++sites), files);
    }

    private static CliRun check(Path site, String... more) {
        return CliRun.of(Stream.concat(Stream.of("check", "--no-pdf", "--site", site.toString()), Stream.of(more))
                .toArray(String[]::new));
    }

    /** Builds into {@code out}, with the cache beside it: the site folder holds only the user's files. */
    private static CliRun build(Path site, Path out, String... more) {
        return CliRun.of(Stream.concat(Stream.of("build", "--no-pdf", "--site", site.toString(), "--out",
                out.toString(), "--cache", out.resolveSibling(out.getFileName() + "-cache").toString()),
                Stream.of(more)).toArray(String[]::new));
    }

    /** The files of the output that are not pages, the site's own files, its assets or search indexes. */
    private static Set<String> copied(Path out) {
        Set<String> files = new TreeSet<>(TestSites.tree(out).keySet());
        files.removeIf(f -> f.endsWith(".html") || f.startsWith("assets/") || f.equals("sitemap.xml")
                || f.equals("robots.txt") || f.endsWith("/search-index.js"));
        return files;
    }

    /** The problems printed for files whose name starts with {@code prefix}. */
    private static List<String> problemsAbout(CliRun run, String prefix) {
        return run.summary().lines().filter(l -> l.startsWith(prefix)).toList();
    }

    static Stream<Arguments> unusedFiles() {
        return Stream.of(
                Arguments.of("content/cohort.csv", "name,email\nAmma Mensah,amma@example.org\n"),
                Arguments.of("content/programmes/p/participants.xlsx", "PK\u0003\u0004 a workbook"),
                Arguments.of("content/topics/food-draft.docx", "PK\u0003\u0004 a draft"),
                Arguments.of("content/programmes/p/sites.TSV", "site\tcontact\n"),
                Arguments.of("content/images/unused.png", "\u0089PNG a picture no page shows"),
                Arguments.of("content/brochure.pdf", "%PDF-1.7 a brochure no page links"));
    }

    @ParameterizedTest
    @MethodSource("unusedFiles")
    void aFileNoPageUsesIsLeftOutWithAWarning(String file, String bytes) {
        Path site = site(Map.of(file, bytes));
        Map<String, String> before = TestSites.tree(site);
        CliRun checked = check(site);
        assertEquals(0, checked.code(), checked.summary());
        assertTrue(checked.summary().contains(file + NOT_PUBLISHED), checked.summary());

        Path out = tmp.resolve("out");
        CliRun built = build(site, out);
        assertEquals(0, built.code(), built.summary());
        assertTrue(built.summary().contains(file + NOT_PUBLISHED), "build says what check says: " + built.summary());
        assertEquals(Set.of("images/c.svg"), copied(out), "only the picture a page shows is copied");

        CliRun strict = check(site, "--strict");
        assertEquals(1, strict.code(), strict.summary());
        assertEquals(before, TestSites.tree(site), "the site's files are unchanged");
    }

    @Test
    void hiddenFilesAndBackupsAreNeverPublishedNotEvenFromADeclaredFolder() {
        Map<String, String> files = new TreeMap<>(Map.of(
                "content/.env", "PASSWORD=secret\n",
                "content/images/.DS_Store", "x",
                "content/downloads/.secret.csv", "name\nAmma\n",
                "content/downloads/.drafts/plan.pdf", "%PDF",
                "content/downloads/leaflet.pdf~", "%PDF backup",
                "content/downloads/#leaflet.pdf#", "%PDF autosave",
                "content/downloads/leaflet.pdf", "%PDF-1.7 the leaflet"));
        files.put("site.yml", TinySite.files().get("site.yml") + "assets: [downloads]\n");
        Path site = site(files);
        CliRun checked = check(site);
        assertEquals(0, checked.code(), checked.summary());
        assertEquals(List.of(), problemsAbout(checked, "content/"), "hidden files are not content: no warning either");
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code());
        assertEquals(Set.of("downloads/leaflet.pdf", "images/c.svg"), copied(out));
    }

    @Test
    void aLinkToAHiddenFileIsAnErrorAtTheLink() {
        Path site = site(Map.of("content/.env", "PASSWORD=secret\n",
                "content/about.md", "---\ntitle: About\n---\n\nAbout us.\n\nSee [the settings](.env) and "
                        + "[the list](downloads/.people.csv).\n"));
        CliRun checked = check(site);
        assertEquals(1, checked.code(), checked.summary());
        assertTrue(checked.summary().contains("content/about.md:7:5: error: link to .env: a hidden file (its name or a "
                + "folder's starts with '.'); Kring never reads or publishes hidden files"), checked.summary());
        assertTrue(checked.summary().contains("content/about.md:7:30: error: link to downloads/.people.csv: a hidden "
                + "file"), checked.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations/nl/cohort.csv", "translations/nl/topics/notes.docx",
        "translations/nl/images/food.png"})
    void filesBesideTheTranslationsAreNotPublished(String file) {
        Path site = site(Map.of(file, "name,email\nAmma,amma@example.org\n", "translations/nl/.env", "KEY=1\n",
                "translations/nl/nl.po", "msgid \"\"\nmsgstr \"\"\n", "translations/nl/nl.xlf", "<xliff/>\n",
                "translations/nl/glossary.yml", "terms: []\n"));
        Map<String, String> before = TestSites.tree(site);
        CliRun checked = check(site);
        assertEquals(0, checked.code(), checked.summary());
        assertTrue(checked.summary().contains(file + ": warning: not published: files beside the translations are not "
                + "part of the site; a picture or a download for one language goes under content/ (for example "
                + "content/images/nl/), linked from the translation"), checked.summary());
        assertFalse(checked.summary().contains(".env"), "hidden files are skipped silently: " + checked.summary());
        assertEquals(List.of(file), problemsAbout(checked, "translations/nl/").stream()
                .filter(l -> l.contains("not published")).map(l -> l.substring(0, l.indexOf(':'))).toList(),
                "the workflow's own files (exchange files, glossary) are not called unpublished");
        Path out = tmp.resolve("out");
        CliRun built = build(site, out);
        assertEquals(0, built.code(), built.summary());
        assertEquals(Set.of("images/c.svg"), copied(out));
        assertEquals(before, TestSites.tree(site));
    }

    static Stream<Arguments> translationOnlyLinks() {
        return Stream.of(
                Arguments.of("![Een bord met groente](../images/plate.svg)", "images/plate.svg"),
                Arguments.of("![Een bord met groente](/images/plate.svg)", "images/plate.svg"),
                Arguments.of("![Een bord met groente](images/plate.svg)", "images/plate.svg"),
                Arguments.of("[de folder](../leaflets/food-nl.pdf)", "leaflets/food-nl.pdf"));
    }

    @ParameterizedTest
    @MethodSource("translationOnlyLinks")
    void aFileOnlyATranslationUsesIsPublished(String markdown, String file) throws IOException {
        String nl = TinySite.files().get("translations/nl/topics/food.md").replace("Achtergrond.",
                "Achtergrond.\n\n" + markdown);
        Path site = site(Map.of("content/" + file, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
                "translations/nl/topics/food.md", nl));
        CliRun checked = check(site);
        assertEquals(0, checked.code(), checked.summary());
        assertEquals(List.of(), problemsAbout(checked, "content/"), checked.summary());
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code());
        assertEquals(Set.of("images/c.svg", file), copied(out));
        String page = Files.readString(out.resolve("nl/topics/food/index.html"));
        assertTrue(page.contains("=\"../../../" + file + "\""), "the Dutch page links the copied file");
    }

    @Test
    void aDeclaredFolderIsPublishedWholeDataFilesIncluded() {
        Map<String, String> files = new TreeMap<>(Map.of(
                "content/downloads/sites.csv", "site,city\nKumasi clinic,Kumasi\n",
                "content/downloads/forms/intake.docx", "PK a form to print",
                "content/downloads/leaflet.pdf", "%PDF-1.7",
                "content/handouts/print/week-1.pdf", "%PDF-1.7",
                "content/handouts/notes.docx", "PK not declared"));
        files.put("site.yml", TinySite.files().get("site.yml") + "assets:\n  - downloads/\n  - handouts/print\n");
        files.put("content/about.md", "---\ntitle: About\n---\n\nThe [list of sites](downloads/sites.csv).\n");
        Path site = site(files);
        CliRun checked = check(site);
        assertEquals(0, checked.code(), checked.summary());
        assertEquals(List.of("content/handouts/notes.docx" + NOT_PUBLISHED), problemsAbout(checked, "content/"),
                "only the file outside the declared folders");
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).code());
        assertEquals(Set.of("downloads/forms/intake.docx", "downloads/leaflet.pdf", "downloads/sites.csv",
                "handouts/print/week-1.pdf", "images/c.svg"), copied(out));
    }

    static Stream<Arguments> linksToDataFiles() {
        String about = "---\ntitle: About\n---\n\nAbout us.\n\nThe [group list](%s) is here.\n";
        String food = TinySite.files().get("translations/nl/topics/food.md").replace("Achtergrond.",
                "Achtergrond.\n\nDe [groepslijst](%s).");
        return Stream.of(
                Arguments.of("content/about.md", about, "cohort.csv", "content/cohort.csv", "7:5", ".csv"),
                Arguments.of("content/about.md", about, "lists/cohort.CSV", "content/lists/cohort.CSV", "7:5", ".CSV"),
                Arguments.of("content/about.md", about, "/programmes/p/participants.xlsx",
                        "content/programmes/p/participants.xlsx", "7:5", ".xlsx"),
                Arguments.of("content/about.md", about, "drafts/plan.docx#page=2", "content/drafts/plan.docx",
                        "7:5", ".docx"),
                Arguments.of("translations/nl/topics/food.md", food, "../cohort.tsv", "content/cohort.tsv", "11:4",
                        ".tsv"));
    }

    @ParameterizedTest
    @MethodSource("linksToDataFiles")
    void aLinkToAnUndeclaredDataFileIsAnErrorAtTheLink(String page, String text, String link, String file,
            String at, String ext) {
        Path site = site(Map.of(page, String.format(text, link), file, "name,email\nAmma,amma@example.org\n"));
        Map<String, String> before = TestSites.tree(site);
        CliRun checked = check(site);
        assertEquals(1, checked.code(), checked.summary());
        String expected = page + ":" + at + ": error: link to " + link + ": " + file + " is a";
        assertTrue(checked.summary().contains(expected), expected + "\n" + checked.summary());
        assertTrue(checked.summary().contains("Kring publishes " + ext + " files only from a folder declared in site.yml; "
                + "to publish it on purpose, put it in a folder of its own such as content/downloads/ and add "
                + "'assets: [downloads]' to site.yml"), checked.summary());
        assertFalse(checked.summary().contains(file + NOT_PUBLISHED), "a linked file is not 'unused': " + checked.summary());
        Path out = tmp.resolve("out");
        CliRun built = build(site, out);
        assertEquals(1, built.code(), built.summary());
        assertTrue(built.summary().contains(expected), built.summary());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(before, TestSites.tree(site));
    }

    static Stream<Arguments> markdownNames() {
        return Stream.of(
                Arguments.of("content/NOTES.MD", "rename it to notes.md"),
                Arguments.of("content/Notes.Md", "rename it to notes.md"),
                Arguments.of("content/notes.markdown", "rename it to notes.md"),
                Arguments.of("content/topics/Sleep.MD", "rename it to sleep.md"),
                Arguments.of("content/My Notes.md", "file and folder names must be lower-case letters, digits and "
                        + "hyphens"),
                Arguments.of("content/My Notes.MD", "a Markdown file's name ends in .md, and file and folder names "
                        + "are lower-case letters, digits and hyphens; rename it"),
                Arguments.of("translations/nl/topics/Food.MD", "rename it to food.md"));
    }

    @ParameterizedTest
    @MethodSource("markdownNames")
    void markdownIsRecognisedWhateverTheCaseOfItsExtension(String file, String expected) {
        Path site = site(Map.of(file, "---\ntitle: Notes\n---\n\nPrivate notes.\n"));
        Map<String, String> before = TestSites.tree(site);
        CliRun checked = check(site);
        assertEquals(1, checked.code(), checked.summary());
        assertTrue(checked.summary().contains(file + ": error: "), checked.summary());
        assertTrue(checked.summary().contains(expected), checked.summary());
        assertFalse(checked.summary().contains(NOT_PUBLISHED), "Markdown is never a file to copy: " + checked.summary());
        Path out = tmp.resolve("out");
        assertEquals(1, build(site, out).code());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(before, TestSites.tree(site));
    }

    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of("assets: [../shared]", "site.yml:9:10: error: assets: '../shared' is not a folder under "
                        + "content/; name one such as downloads (a path from content/, without '..')"),
                Arguments.of("assets: [/etc]", "site.yml:9:10: error: assets: '/etc' is not a folder under content/"),
                Arguments.of("assets: [.]", "site.yml:9:10: error: assets: name a folder under content/, such as "
                        + "downloads; content/ as a whole cannot be declared"),
                Arguments.of("assets: [content/downloads]", "site.yml:9:10: error: assets: folders are named from "
                        + "content/: write 'downloads'"),
                Arguments.of("assets: [downloads/.private]", "site.yml:9:10: error: assets: 'downloads/.private' is a "
                        + "hidden folder; Kring never publishes hidden files"),
                Arguments.of("assets: {downloads: yes}", "site.yml:9:9: error: 'assets' must be a list"),
                Arguments.of("assets: [downlaods]", "site.yml:9:10: warning: assets: there is no folder "
                        + "content/downlaods (did you mean 'downloads'?); nothing is published from it"));
    }

    @ParameterizedTest
    @MethodSource("declarations")
    void declaredFoldersAreCheckedWithTheirLine(String line, String expected) {
        Path site = site(Map.of("site.yml", TinySite.files().get("site.yml") + line + "\n",
                "content/downloads/leaflet.pdf", "%PDF-1.7"));
        CliRun checked = check(site);
        assertEquals(expected.contains(": error: ") ? 1 : 0, checked.code(), checked.summary());
        assertTrue(checked.summary().contains(expected), expected + "\n" + checked.summary());
    }

    @Test
    void withSomeLanguagesOnlyNoFileIsCalledUnusedButOnlyWhatTheirPagesUseIsCopied() {
        String nl = TinySite.files().get("translations/nl/topics/food.md").replace("Achtergrond.",
                "Achtergrond.\n\n![Een bord](../images/plate.svg)");
        Path site = site(Map.of("content/images/plate.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
                "translations/nl/topics/food.md", nl));
        Path out = tmp.resolve("out");
        CliRun built = build(site, out, "--lang", "en");
        assertEquals(0, built.code(), built.summary());
        assertFalse(built.summary().contains("not published"), "the Dutch page, not built, uses it: " + built.summary());
        assertEquals(Set.of("images/c.svg"), copied(out));
    }

    @Test
    void anUnusedFileDoesNotChangeThePdfsCacheKeys() throws IOException {
        Path site = site(Map.of());
        Path out = tmp.resolve("out");
        BuildResult first = TestSites.buildWithPdf(site, out);
        assertTrue(first.pdfsRendered() > 0);
        Files.writeString(site.resolve("content/cohort.csv"), "name\nAmma\n");
        Files.writeString(site.resolve("content/images/unused.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        BuildResult second = TestSites.buildWithPdf(site, out);
        assertEquals(0, second.pdfsRendered(), "every PDF came from the cache");
        assertEquals(List.of("content/cohort.csv" + NOT_PUBLISHED, "content/images/unused.svg" + NOT_PUBLISHED),
                second.warnings().stream().map(Problem::toString).filter(w -> w.startsWith("content/")).toList());
        Files.writeString(site.resolve("content/images/c.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 20 20\"/>\n");
        BuildResult third = TestSites.buildWithPdf(site, out);
        assertEquals(first.pdfsRendered(), third.pdfsRendered(), "a picture the pages show is in every key");
    }

    @Test
    void thePreviewCopiesAndRemovesFilesAsPagesStartAndStopUsingThem() throws IOException {
        Path site = site(Map.of("content/images/plate.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
                "content/cohort.csv", "name\nAmma\n"));
        Path out = tmp.resolve("out");
        LiveSite live = new LiveSite(BuildOptions.of(site).withOut(out).withPdf(false));
        LiveSite.Update start = live.start();
        assertTrue(start.ok(), start.problems().toString());
        assertTrue(start.problems().stream().anyMatch(p -> p.toString().equals("content/images/plate.svg"
                + NOT_PUBLISHED)), start.problems().toString());
        assertEquals(Set.of("images/c.svg"), copied(out));

        Path about = site.resolve("content/about.md");
        Files.writeString(about, "---\ntitle: About\n---\n\n![A plate](images/plate.svg)\n");
        LiveSite.Update linked = live.apply(Set.of(about));
        assertTrue(linked.ok(), linked.problems().toString());
        assertEquals(Set.of("images/c.svg", "images/plate.svg"), copied(out), "a page now shows it: copied");
        assertTrue(linked.written().contains("images/plate.svg"), linked.written().toString());

        Path plate = site.resolve("content/images/plate.svg");
        Files.writeString(plate, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 5 5\"/>\n");
        assertTrue(live.apply(Set.of(plate)).ok());
        assertEquals(Files.readString(plate), Files.readString(out.resolve("images/plate.svg")), "its edit is copied");

        Files.writeString(site.resolve("content/cohort.csv"), "name\nAmma\nKofi\n");
        LiveSite.Update csv = live.apply(Set.of(site.resolve("content/cohort.csv")));
        assertFalse(csv.written().contains("cohort.csv"), csv.written().toString());

        Files.writeString(about, "---\ntitle: About\n---\n\nNo picture.\n");
        LiveSite.Update unlinked = live.apply(Set.of(about));
        assertTrue(unlinked.ok(), unlinked.problems().toString());
        assertEquals(Set.of("images/c.svg"), copied(out), "no page shows it any more: removed");

        Files.writeString(about, "---\ntitle: About\n---\n\n[The list](cohort.csv)\n");
        LiveSite.Update refused = live.apply(Set.of(about));
        assertFalse(refused.ok());
        assertTrue(refused.problems().stream().anyMatch(p -> p.toString().startsWith("content/about.md:5:1: error: "
                + "link to cohort.csv: content/cohort.csv is a spreadsheet")), refused.problems().toString());
        assertFalse(Files.exists(out.resolve("cohort.csv")));
    }

    @Test
    void aParticipantsListBesideACourseServesTheRunButIsNeverPublished() throws IOException {
        Map<String, String> files = TinyCourse.files();
        files.put("content/courses/t/cohort.csv", "name,email\nAmma Mensah,amma@example.org\nKofi Boateng,kofi@example.org\n");
        Path site = TinySite.write(tmp.resolve("course-site"), files);
        CliRun checked = check(site);
        assertEquals(0, checked.code(), checked.summary());
        assertTrue(checked.summary().contains("content/courses/t/cohort.csv" + NOT_PUBLISHED), checked.summary());
        Path out = tmp.resolve("out");
        CliRun built = build(site, out);
        assertEquals(0, built.code(), built.summary());
        assertTrue(TestSites.tree(out).keySet().stream().noneMatch(f -> f.contains("cohort")), "not in the site");
        for (Path f : TestSites.tree(out).keySet().stream().filter(f -> f.endsWith(".html")).map(out::resolve).toList()) {
            assertFalse(Files.readString(f).contains("amma@example.org"), f.toString());
        }
        CliRun run = CliRun.of("course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date", "2027-03-04",
                "--participants", site.resolve("content/courses/t/cohort.csv").toString(), "--out",
                tmp.resolve("run").toString());
        assertEquals(0, run.code(), run.summary());
        assertTrue(Files.isRegularFile(tmp.resolve("run/t-2027-03-04-certificates.pdf")), "the run uses the list");
    }

    @Test
    void theExamplePublishesItsPicturesAndNothingElse() {
        Path site = TestSites.copyExample(tmp.resolve("example"));
        Path out = tmp.resolve("out");
        CliRun built = build(site, out, "--strict");
        assertEquals(0, built.code(), built.summary());
        // The logo is published because site.yml names it: the session guides and covers print it. The pictures in
        // front matter (picture:) are published as those in the text are; the example uses every picture it has.
        java.util.Set<String> all = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(site.resolve("content/images"))) {
            files.forEach(f -> all.add("images/" + f.getFileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(all.contains("images/hero-circle.svg") && all.contains("images/logo.svg"), all.toString());
        assertEquals(all, new java.util.TreeSet<>(copied(out)));
    }
}
