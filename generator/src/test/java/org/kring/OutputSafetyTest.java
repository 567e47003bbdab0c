package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kring.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.kring.cli.Main;

/**
 * Kring deletes only files it wrote itself: an output folder holding other files is refused (or, with
 * --force, added to without deleting anything), a cache folder keeps the user's files, two builds into one
 * folder take turns, and nothing that goes wrong shows a stack trace.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    private static final Map<String, String> USERS_FILES = Map.of(".git/HEAD", "ref: refs/heads/gh-pages\n",
            ".git/config", "[core]\n", "CNAME", "kring.example.org\n", "notes/plan.docx", "a document",
            ".nojekyll", "");

    private Path folderWithUsersFiles(String name) throws IOException {
        Path out = tmp.resolve(name);
        for (Map.Entry<String, String> e : USERS_FILES.entrySet()) {
            Files.createDirectories(out.resolve(e.getKey()).getParent());
            Files.writeString(out.resolve(e.getKey()), e.getValue());
        }
        return out;
    }

    private static void assertUsersFilesIntact(Path out) throws IOException {
        for (Map.Entry<String, String> e : USERS_FILES.entrySet()) {
            assertEquals(e.getValue(), Files.readString(out.resolve(e.getKey())), e.getKey());
        }
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        System.setErr(new PrintStream(b, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return b.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndKeptAsItWas() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        for (String variant : List.of("publishing-checkout", "only-a-document")) {
            Path out = variant.equals("only-a-document") ? tmp.resolve(variant) : folderWithUsersFiles(variant);
            if (variant.equals("only-a-document")) {
                Files.createDirectories(out);
                Files.writeString(out.resolve("report.pdf"), "mine");
            }
            Map<String, String> before = TestSites.tree(out);
            int[] exit = new int[1];
            String err = stderrOf(() -> exit[0] = Main.run("build", "--site", site.toString(), "--out", out.toString(),
                    "--no-pdf"));
            assertEquals(Main.CONTENT_ERRORS, exit[0], variant);
            assertTrue(err.contains("refusing to write the site here") && err.contains("--force"), err);
            assertFalse(err.contains("\tat "), "no stack trace");
            assertEquals(before, TestSites.tree(out), "nothing changed in " + variant);
            assertFalse(Files.exists(out.resolveSibling("." + variant + ".kring-staging")), "no staging left");
        }
    }

    @Test
    void forceAddsTheSiteBesideTheUsersFilesAndLaterBuildsDeleteOnlyTheirOwn() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path out = folderWithUsersFiles("gh-pages");
        assertEquals(Main.OK, Main.run("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf",
                "--force", "--quiet"));
        assertUsersFilesIntact(out);
        assertTrue(Files.isRegularFile(out.resolve("en/about/index.html")));
        // The about page goes away: the next build deletes it, and only it.
        Files.delete(site.resolve("content/about.md"));
        TestSites.replaceInFile(site.resolve("site.yml"), "  - page:about\n", "");
        assertEquals(Main.OK, Main.run("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf",
                "--quiet"));
        assertFalse(Files.exists(out.resolve("en/about/index.html")));
        assertUsersFilesIntact(out);
    }

    @Test
    void anEarlierBuildWhoseRecordWasDeletedIsReplacedWithoutForce() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false).withCache(cache));
        TestSites.deleteTree(cache);
        assertEquals(Main.OK, Main.run("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf",
                "--cache", cache.toString(), "--quiet"));
    }

    /**
     * A quick text build (--no-pdf) into a site that has its PDFs keeps them, byte for byte, and the record of
     * them: a deploy after it still has every PDF, and a later build with PDFs still replaces or removes them.
     */
    @Test
    void aBuildWithoutPdfsKeepsThePdfsAnEarlierBuildMade() throws IOException {
        Map<String, String> files = TinySite.files();
        files.put("content/programmes/p/02-second.md", files.get("content/programmes/p/01-first.md")
                .replace("title: First meeting", "title: Second meeting").replace("number: 1", "number: 2"));
        Path site = TinySite.write(tmp.resolve("site"), files);
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        Kring.build(BuildOptions.of(site).withOut(out).withCache(cache));
        Map<String, String> pdfs = TestSites.tree(out.resolve("pdf"));
        assertTrue(pdfs.size() >= 4, "the tiny site's PDFs: " + pdfs.keySet());
        TestSites.replaceInFile(site.resolve("content/about.md"), "About", "About us");
        BuildResult text = Kring.build(BuildOptions.of(site).withOut(out).withPdf(false).withCache(cache));
        assertEquals(0, text.deleted(), "nothing removed");
        assertEquals(pdfs, TestSites.tree(out.resolve("pdf")), "the PDFs are as they were");
        // With the PDFs on again, a session that is gone takes its PDFs with it: they are still on record.
        String gone = pdfs.keySet().stream().filter(k -> k.contains("p-02-")).findFirst().orElseThrow();
        Files.delete(site.resolve("content/programmes/p/02-second.md"));
        Kring.build(BuildOptions.of(site).withOut(out).withCache(cache));
        assertFalse(Files.exists(out.resolve("pdf").resolve(gone)), gone + " removed with its session");
    }

    /**
     * An earlier build whose record was deleted (the cache folder removed) and which holds a page this build no
     * longer makes: Kring cannot tell that page from a file of the user's, so it deletes nothing and says what
     * happened and what to do, in one line.
     */
    @Test
    void anEarlierBuildWithoutItsRecordAndAPageSinceRemovedIsExplained() throws IOException {
        Map<String, String> files = TinySite.files();
        files.put("content/visit.md", "---\ntitle: Visit\n---\n\nCome and see a group.\n");
        Path site = TinySite.write(tmp.resolve("site"), files);
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false).withCache(cache));
        TestSites.deleteTree(cache);
        Files.delete(site.resolve("content/visit.md"));
        Map<String, String> before = TestSites.tree(out);
        CliRun r = CliRun.of("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf", "--cache",
                cache.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("the folder holds an earlier Kring build whose record of its files"), r.err());
        assertTrue(r.err().contains("en/visit/index.html"), r.err());
        assertTrue(r.err().contains("move the folder away or delete it and build again"), r.err());
        assertEquals(before, TestSites.tree(out), "nothing changed");
    }

    @Test
    void aCacheFolderKeepsTheUsersFiles() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path cache = tmp.resolve("my-folder");
        Files.createDirectories(cache.resolve("pdf"));
        Files.writeString(cache.resolve("pdf/handout.pdf"), "mine");
        Files.writeString(cache.resolve("pdf/0123.pdf"), "mine too");
        Files.writeString(cache.resolve("notes.txt"), "mine");
        Kring.build(BuildOptions.of(site).withOut(tmp.resolve("out")).withCache(cache));
        assertEquals("mine", Files.readString(cache.resolve("pdf/handout.pdf")));
        assertEquals("mine too", Files.readString(cache.resolve("pdf/0123.pdf")));
        assertEquals("mine", Files.readString(cache.resolve("notes.txt")));
    }

    /** The cache folder holds the copy of the last output, which Kring replaces: an output folder there is refused. */
    @Test
    void anOutputFolderInsideTheCacheIsRefused() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        Kring.build(BuildOptions.of(site).withOut(tmp.resolve("out")).withCache(cache).withPdf(false));
        Map<String, String> before = TestSites.tree(cache);
        for (Path out : List.of(cache.resolve("site"), org.kring.write.LastOutput.folder(cache).resolve("en"))) {
            ContentException e = assertThrows(ContentException.class,
                    () -> Kring.build(BuildOptions.of(site).withOut(out).withCache(cache).withPdf(false)));
            assertTrue(e.getMessage().contains("is inside the cache folder"), e.getMessage());
        }
        assertEquals(before, TestSites.tree(cache), "the cache as it was");
    }

    @Test
    void twoBuildsIntoOneFolderTakeTurnsAndLeaveACompleteSite() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path single = tmp.resolve("single");
        TestSites.build(site, single);
        Path out = tmp.resolve("out");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<BuildResult>> builds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                builds.add(pool.submit(() -> Kring.build(BuildOptions.of(site).withOut(out).withPdf(false)
                        .withCache(tmp.resolve("cache")))));
            }
            for (Future<BuildResult> b : builds) {
                assertTrue(b.get().totalPages() > 0);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(withoutCacheFiles(TestSites.tree(single)), withoutCacheFiles(TestSites.tree(out)),
                "the same site as one build makes");
    }

    private static Map<String, String> withoutCacheFiles(Map<String, String> tree) {
        Map<String, String> m = new java.util.TreeMap<>(tree);
        m.keySet().removeIf(k -> k.startsWith(".kring-cache"));
        return m;
    }

    @Test
    void anErrorIsOneLineWithAPointerToTheDetails() {
        for (Throwable t : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"),
                new IllegalStateException("something\nwith two lines"), new AssertionError("boom"))) {
            StringWriter s = new StringWriter();
            Main.runErrorHandlerForTest(t, false, new PrintWriter(s));
            String out = s.toString().strip();
            assertEquals(1, out.lines().count(), out);
            assertFalse(out.contains("\tat ") || out.contains("Exception in"), out);
            assertTrue(out.contains("--verbose") || out.contains("KRING_VERBOSE"), out);
            StringWriter v = new StringWriter();
            Main.runErrorHandlerForTest(t, true, new PrintWriter(v));
            assertTrue(v.toString().contains("\tat "), "--verbose shows where");
        }
    }

    @Test
    void aBuildIntoAFolderItCannotWriteSaysWhyInWords() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        int[] exit = new int[1];
        String err = stderrOf(() -> exit[0] = Main.run("build", "--site", site.toString(), "--out",
                blocker.resolve("out").toString(), "--no-pdf"));
        assertEquals(Main.USAGE, exit[0], "refused before the build, as a wrong --out");
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(err.contains(blocker.toString()), err);
    }

    @Test
    void servingOnAPortInUseSaysSoBeforeBuildingAndSuggestsAFreeOne() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            org.kring.cli.CliRun run = org.kring.cli.CliRun.of("serve", "--site", site.toString(), "--port",
                    String.valueOf(taken.getLocalPort()), "--no-pdf");
            assertEquals(Main.CONTENT_ERRORS, run.code(), run.summary());
            assertTrue(run.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    && run.err().contains("try --port "), run.err());
            assertFalse(run.summary().contains("Exception") || run.summary().contains("\tat "), run.summary());
            assertFalse(Files.exists(site.resolve("_site")), "nothing built");
        }
    }

    static Stream<Path> files(Path dir) throws IOException {
        return Files.walk(dir).filter(Files::isRegularFile);
    }
}
