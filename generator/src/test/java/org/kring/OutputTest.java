package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the site is written, how it is swapped in, and that the same input gives the same bytes. */
class OutputTest {
    @TempDir
    Path tmp;

    @Test
    void sameInputGivesByteIdenticalOutput() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TestSites.build(site, tmp.resolve("a"));
        TestSites.build(site, tmp.resolve("b"));
        Map<String, String> a = TestSites.tree(tmp.resolve("a"));
        assertTrue(a.size() > 100);
        assertEquals(a, TestSites.tree(tmp.resolve("b")));
    }

    @Test
    void rebuildWithoutChangesWritesNothingAndAnEditWritesOnlyWhatChanged() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        BuildResult first = TestSites.build(site, out);
        assertEquals(first.files(), first.written());
        Path page = out.resolve("en/topics/nutrition/index.html");
        long mtime = Files.getLastModifiedTime(page).toMillis();

        BuildResult second = TestSites.build(site, out);
        assertEquals(0, second.written());
        assertEquals(mtime, Files.getLastModifiedTime(page).toMillis());

        Path about = site.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nOne more sentence for the test.\n");
        BuildResult third = TestSites.build(site, out);
        // The about page in 7 languages, the translation status pages that now list Dutch "about" as outdated,
        // and the search index and search page (which names the index's version) of the 5 languages that show
        // the English text.
        assertTrue(third.written() >= 7 && third.written() <= 26, "files written: " + third.written());
        assertTrue(Files.readString(out.resolve("en/about/index.html")).contains("One more sentence for the test."));

        // The fast path gives exactly what a full build into a fresh folder gives.
        TestSites.build(site, tmp.resolve("fresh"));
        assertEquals(TestSites.tree(tmp.resolve("fresh")), TestSites.tree(out));
    }

    @Test
    void removedContentDisappearsFromTheSite() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        assertTrue(Files.exists(out.resolve("en/countries/kosovo/index.html")));
        // Nothing else links to the Kosovo page by id except recommendations' country lists: drop those too.
        for (Path p : Files.list(site.resolve("content/recommendations")).toList()) {
            String text = Files.readString(p);
            Files.writeString(p, text.replaceAll(",\\s*kosovo", "").replaceAll("kosovo,\\s*", "")
                    .replaceAll("countries: \\[kosovo\\]", "countries: []"));
        }
        Files.delete(site.resolve("content/countries/kosovo.md"));
        for (Path p : Files.walk(site).filter(f -> f.toString().endsWith(".md")).toList()) {
            String text = Files.readString(p);
            if (text.contains("page:countries/kosovo")) {
                Files.writeString(p, text.replace("page:countries/kosovo", "page:countries"));
            }
        }
        BuildResult r = TestSites.build(site, out);
        assertTrue(r.deleted() >= 4, "deleted " + r.deleted());
        assertFalse(Files.exists(out.resolve("en/countries/kosovo/index.html")));
        assertFalse(Files.exists(out.resolve("en/countries/kosovo")), "empty folder removed");
    }

    @Test
    void pdfsAreByteIdenticalAcrossBuildsAndUnchangedOnesAreNotRenderedAgain() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        // At the address the shared example build has: the facilitator editions link to the site.
        BuildOptions options = BuildOptions.of(site).withOut(out).withBaseUrl(ExampleBuild.BASE_URL);
        BuildResult first = Kring.build(options);
        // Each language prints only what its translation covers (see PdfTest for the count).
        assertEquals(102, first.pdfs());
        assertEquals(102, first.pdfsRendered(), "a new site with an empty cache renders every PDF");
        Map<String, String> pdfs = pdfsOf(TestSites.tree(out));
        // Another site folder, another cache, another JVM state: the same bytes.
        assertEquals(pdfsOf(TestSites.tree(ExampleBuild.out())), pdfs);

        BuildResult second = Kring.build(options);
        assertEquals(0, second.pdfsRendered(), "nothing changed, nothing rendered");
        assertEquals(0, second.written());
        assertEquals(pdfs, pdfsOf(TestSites.tree(out)));
    }

    private static Map<String, String> pdfsOf(Map<String, String> tree) {
        Map<String, String> m = new java.util.TreeMap<>(tree);
        m.keySet().removeIf(k -> !k.endsWith(".pdf"));
        return m;
    }

    @Test
    void refusesToWriteOverTheSources() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        for (Path bad : new Path[] {site, site.getParent(), site.resolve("content"), site.resolve("content/x")}) {
            ContentException e = assertThrows(ContentException.class, () -> TestSites.build(site, bad));
            assertTrue(e.getMessage().contains("refusing to write the site here"), e.getMessage());
        }
        assertTrue(Files.exists(site.resolve("content/about.md")), "sources untouched");
    }

    @Test
    void refusesAFolderThatLooksLikeAnotherSite() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path other = TestSites.copyExample(tmp.resolve("other"));
        ContentException e = assertThrows(ContentException.class, () -> TestSites.build(site, other));
        assertTrue(e.getMessage().contains("content/ folder"), e.getMessage());
        assertTrue(Files.exists(other.resolve("site.yml")));
    }

    @Test
    void aSiteTemplateOverridesTheBuiltInOne() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path own = site.resolve("templates/web/page.ftlh");
        Files.createDirectories(own.getParent());
        Files.writeString(own, """
                <#import "layout.ftlh" as l>
                <@l.frame><h1 class="own">${page.title}</h1><div class="own-body">${md(doc.body)}</div></@l.frame>
                """);
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        String about = Files.readString(out.resolve("en/about/index.html"));
        assertTrue(about.contains("<h1 class=\"own\">"), "own template used");
        assertTrue(about.contains("class=\"skip\""), "built-in layout still used through the import");
        assertFalse(Files.readString(out.resolve("en/topics/nutrition/index.html")).contains("class=\"own\""));
    }

    @Test
    void aTemplateErrorPointsAtTheTemplateLine() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path own = site.resolve("templates/web/page.ftlh");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "<#import \"layout.ftlh\" as l>\n<@l.frame>\n${page.nosuchthing}\n</@l.frame>\n");
        ContentException e = assertThrows(ContentException.class, () -> TestSites.build(site, tmp.resolve("out")));
        Problem p = e.problems().get(0);
        assertEquals("templates/web/page.ftlh", p.file());
        assertEquals(3, p.line());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
