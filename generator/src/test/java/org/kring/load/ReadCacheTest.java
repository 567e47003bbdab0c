package org.kring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildOptions;
import org.kring.BuildSession;
import org.kring.Kring;
import org.kring.Problems;
import org.kring.TestSites;
import org.kring.markdown.MarkdownReader;
import org.kring.model.Content;
import org.kring.model.LocalizedContent;
import org.kring.model.Markdown;
import org.kring.model.SourceFile;
import org.kring.segment.Segmenter;

/**
 * What a build keeps of each file it read ({@link ReadCache}) gives the next build what parsing would give: the
 * body's facts and problems at once, its tree when asked, and the file's segments; a rebuild after a one-file edit
 * parses that file only (and the bodies of the pages it renders); a cache that is damaged, cut short or another
 * Kring's is not used.
 */
class ReadCacheTest {
    private static final MarkdownReader READER = new MarkdownReader();
    private static final String TOOL = "kring test";

    @TempDir
    Path tmp;

    /** Every Markdown file of the repository, and bodies made to have problems of every kind the reader reports. */
    private static List<SourceFile> files() throws IOException {
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestSites.repo())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/target/"))
                    .sorted().toList()) {
                // Read as a build reads them: keyed by their bytes' checksum (the hostile texts below by hashes).
                SourceFile read = InputFiles.read(TestSites.repo(), f, new Problems());
                String name = read.name();
                out.add(new SourceFile(f, name.startsWith("content/") ? name : "content/" + f.getFileName(),
                        read.text(), read.checksum()));
            }
        }
        String[] hostile = {"::: nonsense\nText\n:::\n", "::: tip\nnot closed\n", "<script>alert(1)</script>\n",
            "Text <span onclick=\"x()\">x</span>\n", "{{< hugo-shortcode >}}\n", ":::\n", "# A {#x}\n\n# B {#x}\n",
            ">".repeat(200) + " deep\n", "[".repeat(3000) + "\n", "![](no-alt.png)\n", "[empty]()\n", "",
            "# \u0627\u0644\u0639\u0631\u0628\u064a\u0629\n\n[link](topic:x#\u0627)\n", "- [a](#b)\n  - ![c](d.png)\n"};
        for (int i = 0; i < hostile.length; i++) {
            String text = "---\ntitle: T\n---\n" + hostile[i];
            out.add(new SourceFile(Path.of("h" + i + ".md"), "content/topics/h" + i + ".md", text));
        }
        return out;
    }

    @Test
    void aBodyTakenFromTheCacheGivesWhatParsingGives() throws IOException {
        List<SourceFile> files = files();
        assertTrue(files.size() > 100, "files: " + files.size());
        ReadCache first = ReadCache.empty(TOOL);
        List<String> parsed = new ArrayList<>();
        for (SourceFile f : files) {
            Problems p = new Problems();
            String body = body(f);
            int offset = offset(f);
            parsed.add(describe(READER.read(f, body, offset, p), p));
            Problems again = new Problems();
            assertEquals(parsed.get(parsed.size() - 1), describe(first.body(f, start(f), offset, again, READER), again),
                    "parsed through an empty cache: " + f.name());
        }
        Path file = tmp.resolve("read.facts");
        first.write(file);

        ReadCache second = ReadCache.read(file, TOOL);
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            String body = body(f);
            int offset = offset(f);
            Problems p = new Problems();
            Markdown md = second.body(f, start(f), offset, p, READER);
            assertFalse(md.isParsed(), "taken from the cache, not parsed: " + f.name());
            assertEquals(parsed.get(i), describe(md, p), f.name());
            assertTrue(md.isParsed());
        }
        assertEquals(files.size(), second.reusedBodies());
        assertFalse(second.changed(), "the same texts: nothing to write");

        // A build that renders every page parses every body as it reads it, and keeps the same facts.
        ReadCache eager = ReadCache.read(file, TOOL);
        eager.parseEveryBody();
        for (int i = 0; i < files.size(); i++) {
            SourceFile f = files.get(i);
            String body = body(f);
            int offset = offset(f);
            Problems p = new Problems();
            Markdown md = eager.body(f, start(f), offset, p, READER);
            assertTrue(md.isParsed(), "parsed as it is read: " + f.name());
            assertEquals(parsed.get(i), describe(md, p), f.name());
        }
        assertFalse(eager.changed(), "the same texts: nothing to write");

        // The same name with other bytes, the same bytes in another file or at another line, or the same text not
        // read from a file (keyed by its hashes, not a checksum) is not the same.
        ReadCache third = ReadCache.read(file, TOOL);
        SourceFile any = files.stream().filter(s -> s.checksum() != 0 && s.text().contains("](")
                && FrontMatter.split(s.text()) != null).findFirst().orElseThrow();
        FrontMatter.Split split = FrontMatter.split(any.text());
        int start = split.bodyStart();
        int line = split.bodyLine() - 1;
        assertFalse(third.body(any, start, line, new Problems(), READER).isParsed(), "the file as it was read");
        assertTrue(third.body(new SourceFile(any.path(), any.name(), any.text() + " ", any.checksum() + 1), start,
                line, new Problems(), READER).isParsed());
        assertTrue(third.body(any, start, line + 1, new Problems(), READER).isParsed());
        assertTrue(third.body(new SourceFile(any.path(), any.name() + "x", any.text(), any.checksum()), start, line,
                new Problems(), READER).isParsed());
        assertTrue(third.body(new SourceFile(any.path(), any.name(), any.text()), start, line, new Problems(), READER)
                .isParsed());
        assertTrue(third.changed());
    }

    /**
     * A file read from disk is known by its bytes' checksum: read again unchanged it is taken from the cache; with
     * one character changed (the same length), or from another file of the same bytes, it is parsed again.
     */
    @Test
    void aFileIsKnownByItsBytes() throws IOException {
        Path site = tmp.resolve("site");
        Path topic = site.resolve("content/topics/walk.md");
        Files.createDirectories(topic.getParent());
        Files.writeString(topic, "---\ntitle: Walking\n---\nWalk [every day](#daily).\n\n## Daily\n");
        SourceFile f = InputFiles.read(site, topic, new Problems());
        assertNotEquals(0, f.checksum());
        ReadCache first = ReadCache.empty(TOOL);
        first.body(f, start(f), offset(f), new Problems(), READER);
        first.segments(f, () -> new Segmenter().segments(f, READER.read(f, body(f), offset(f), new Problems())));
        Path file = tmp.resolve("read.facts");
        first.write(file);

        ReadCache same = ReadCache.read(file, TOOL);
        SourceFile again = InputFiles.read(site, topic, new Problems());
        assertFalse(same.body(again, start(again), offset(again), new Problems(), READER).isParsed());
        List<org.kring.segment.Segment> made = new ArrayList<>();
        same.segments(again, () -> {
            made.add(null);
            return List.of();
        });
        assertEquals(0, made.size(), "segments taken from the cache");

        Files.writeString(topic, "---\ntitle: Walking\n---\nWalk [every day](#daily).\n\n## Dally\n");
        SourceFile edited = InputFiles.read(site, topic, new Problems());
        assertEquals(f.text().length(), edited.text().length());
        ReadCache after = ReadCache.read(file, TOOL);
        Markdown md = after.body(edited, start(edited), offset(edited), new Problems(), READER);
        assertTrue(md.isParsed(), "one character changed: parsed again");
        assertEquals(java.util.Set.of("dally"), md.anchors(), "the new heading's anchor");

        Path copy = site.resolve("content/topics/walk-copy.md");
        Files.copy(topic, copy);
        SourceFile other = InputFiles.read(site, copy, new Problems());
        assertTrue(ReadCache.read(file, TOOL).body(other, start(other), offset(other), new Problems(), READER)
                .isParsed(), "another file's name: parsed");
    }

    /** A front matter's nodes from the cache are what SnakeYAML composes: kinds, tags, values, styles, places. */
    @Test
    void frontMatterTakenFromTheCacheIsWhatComposingGives() throws IOException {
        List<String> yamls = new ArrayList<>();
        for (SourceFile f : files()) {
            FrontMatter.Split split = FrontMatter.split(f.text());
            if (split != null) {
                yamls.add(split.yaml(f.text()));
            }
        }
        yamls.addAll(List.of("title: 'Quoted: yes'\nnumber: \"7\"\nminutes: 07\nempty:\nnull: ~\nflag: yes\n",
                "title: >\n  folded\n  text\nlist: [a, 'b', {c: d}]\nmap: {x: 1, y: [2, 3]}\n",
                "date: 2026-11-26\nfloat: 1.5\nbinary: !!binary aGk=\nmine: !custom value\n",
                "a: &x [1, 2]\nb: *x\n", "title: \u0627\u0644\u0639\u0631\u0628\u064a\u0629\n  - wrong\n",
                "- a list\n- at the top\n", "just text\n", "", "title: |\n  line one\n   line two\n\n"));
        Path file = tmp.resolve("read.facts");
        ReadCache first = ReadCache.empty(TOOL);
        List<String> composed = new ArrayList<>();
        for (int i = 0; i < yamls.size(); i++) {
            String yaml = yamls.get(i);
            SourceFile f = new SourceFile(Path.of("y" + i + ".md"), "content/y" + i + ".md", yaml);
            String expected;
            try {
                expected = dump(YamlNodes.compose(yaml));
            } catch (RuntimeException e) {
                expected = "refused: " + e.getClass().getSimpleName();
            }
            composed.add(expected);
            String got;
            try {
                got = dump(first.yaml(f, yaml, () -> YamlNodes.compose(yaml)));
            } catch (RuntimeException e) {
                got = "refused: " + e.getClass().getSimpleName();
            }
            assertEquals(expected, got, yaml);
        }
        first.write(file);
        ReadCache second = ReadCache.read(file, TOOL);
        int kept = 0;
        for (int i = 0; i < yamls.size(); i++) {
            String yaml = yamls.get(i);
            SourceFile f = new SourceFile(Path.of("y" + i + ".md"), "content/y" + i + ".md", yaml);
            boolean[] composedAgain = {false};
            String got;
            try {
                got = dump(second.yaml(f, yaml, () -> {
                    composedAgain[0] = true;
                    return YamlNodes.compose(yaml);
                }));
            } catch (RuntimeException e) {
                got = "refused: " + e.getClass().getSimpleName();
            }
            assertEquals(composed.get(i), got, yaml);
            if (!composedAgain[0]) {
                kept++;
            }
            if (yaml.contains("*x")) {
                assertTrue(composedAgain[0], "an alias is composed again, its limits checked again");
            }
        }
        assertTrue(kept > 100, "front matters taken from the cache: " + kept);
    }

    private static String dump(org.yaml.snakeyaml.nodes.Node n) {
        if (n == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(n.getNodeId()).append(' ').append(n.getTag()).append(' ')
                .append(n.getStartMark() == null ? "-" : n.getStartMark().getLine() + ":" + n.getStartMark().getColumn());
        if (n instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
            sb.append(' ').append(s.getScalarStyle()).append(" \"").append(s.getValue()).append('"');
        } else if (n instanceof org.yaml.snakeyaml.nodes.SequenceNode s) {
            sb.append(' ').append(s.getFlowStyle()).append(" [");
            s.getValue().forEach(c -> sb.append(dump(c)).append(", "));
            sb.append(']');
        } else if (n instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            sb.append(' ').append(m.getFlowStyle()).append(" {");
            m.getValue().forEach(t -> sb.append(dump(t.getKeyNode())).append(" = ").append(dump(t.getValueNode()))
                    .append(", "));
            sb.append('}');
        }
        return sb.toString();
    }

    @Test
    void segmentsTakenFromTheCacheAreThoseTheSegmenterMakes() throws IOException {
        List<SourceFile> files = files();
        ReadCache first = ReadCache.empty(TOOL);
        Segmenter plain = new Segmenter();
        Segmenter caching = new Segmenter(first);
        for (SourceFile f : files) {
            assertEquals(plain.segments(f), caching.segments(f, null), f.name());
        }
        Path file = tmp.resolve("read.facts");
        first.write(file);
        ReadCache second = ReadCache.read(file, TOOL);
        for (SourceFile f : files) {
            assertEquals(plain.segments(f), second.segments(f, () -> {
                throw new AssertionError("made again: " + f.name());
            }), f.name());
        }
        assertFalse(second.changed());
    }

    @Test
    void aCacheCutShortDamagedOrWrittenByAnotherKringIsNotUsed() throws IOException {
        List<SourceFile> files = files();
        ReadCache first = ReadCache.empty(TOOL);
        for (SourceFile f : files) {
            new Segmenter(first).segments(f, null);
            first.body(f, 0, 0, new Problems(), READER);
        }
        Path file = tmp.resolve("read.facts");
        first.write(file);
        byte[] good = Files.readAllBytes(file);
        assertEquals(files.size(), reused(file, TOOL, files));
        assertEquals(0, reused(file, "another kring", files), "another Kring's");

        Random r = new Random(5);
        for (int i = 0; i < 150; i++) {
            byte[] bad = good.clone();
            String what;
            if (i % 3 == 0) {
                int length = r.nextInt(good.length);
                bad = java.util.Arrays.copyOf(good, length);
                what = "cut at " + length;
            } else if (i % 3 == 1) {
                int at = r.nextInt(good.length);
                bad[at] ^= (byte) (1 + r.nextInt(255));
                what = "byte " + at + " changed";
            } else {
                int at = r.nextInt(good.length - 16);
                for (int k = 0; k < 16; k++) {
                    bad[at + k] = (byte) r.nextInt(256);
                }
                what = "16 random bytes at " + at;
            }
            Files.write(file, bad);
            assertEquals(0, reused(file, TOOL, files), what);
        }
        Files.write(file, new byte[0]);
        assertEquals(0, reused(file, TOOL, files), "empty");
        Files.delete(file);
        assertEquals(0, reused(file, TOOL, files), "missing");
        Files.createDirectories(file);
        assertEquals(0, reused(file, TOOL, files), "a folder");
    }

    private static int reused(Path file, String tool, List<SourceFile> files) {
        ReadCache c = ReadCache.read(file, tool);
        for (SourceFile f : files) {
            c.body(f, 0, 0, new Problems(), READER);
        }
        return c.reusedBodies();
    }

    /**
     * A build keeps the cache in its cache folder; the next build after a one-file edit parses only that file's
     * body, and its problems, links and translation status are a full reading's.
     */
    @Test
    void aRebuildAfterAOneFileEditParsesThatFileOnly() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        BuildOptions options = BuildOptions.of(site).withOut(tmp.resolve("out")).withPdf(false).withCache(cache);
        Kring.build(options);
        Path facts = cache.resolve(ReadCache.FILE);
        assertTrue(Files.isRegularFile(facts), "the build kept what it read");
        FileTime written = Files.getLastModifiedTime(facts);

        Path topic = site.resolve("content/topics/nutrition.md");
        TestSites.replaceInFile(topic, "\n\n", "\n\nA new first sentence, see [sleep](topic:infant-sleep).\n\n");
        BuildSession cached = BuildSession.load(options, ReadCache.read(facts));
        cached.validated();
        cached.status();
        BuildSession full = BuildSession.load(options);
        full.validated();
        full.status();

        int lazy = 0;
        for (LocalizedContent l : cached.curriculum().locales()) {
            for (Content doc : l.documents()) {
                boolean edited = doc.body().file().path().equals(topic);
                if (!edited) {
                    assertFalse(doc.body().isParsed(), "not parsed: " + doc.body().file().name());
                    lazy++;
                }
            }
        }
        assertTrue(lazy > 100, "bodies left unparsed: " + lazy);
        assertEquals(full.problems().sorted(), cached.problems().sorted());
        assertEquals(full.status().toString(), cached.status().toString());

        Kring.build(options);
        assertNotEquals(written, Files.getLastModifiedTime(facts), "rewritten with the edited text");
    }

    /**
     * The cache is the Kring's that wrote it and the Java's it ran on (another Java's Unicode tables may give a heading
     * another anchor); a failed build does not write it.
     */
    @Test
    void theCacheIsTheJavasAndAFailedBuildLeavesIt() throws IOException {
        assertTrue(InputState.tool().contains("java\t" + Runtime.version() + "\n"), InputState.tool());
        assertTrue(InputState.of(tmp, "").listing().contains("java\t" + Runtime.version()),
                "a build on another Java is not up to date");
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        BuildOptions options = BuildOptions.of(site).withOut(tmp.resolve("out")).withPdf(false).withCache(cache);
        Kring.build(options);
        Path facts = cache.resolve(ReadCache.FILE);
        byte[] before = Files.readAllBytes(facts);
        TestSites.replaceInFile(site.resolve("content/topics/nutrition.md"), "\n\n", "\n\nSee [x](topic:nowhere).\n\n");
        org.junit.jupiter.api.Assertions.assertThrows(org.kring.ContentException.class, () -> Kring.build(options));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(facts), "left as it was");
    }

    /** A cache that cannot be written (its name taken by a folder) costs the next build its speed, nothing else. */
    @Test
    void aCacheThatCannotBeWrittenFailsNoBuild() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        Path taken = cache.resolve(ReadCache.FILE);
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("notes.txt"), "mine");
        Path out = tmp.resolve("out");
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false).withCache(cache));
        assertEquals("mine", Files.readString(taken.resolve("notes.txt")), "the folder is left as it was");
        Path full = tmp.resolve("full");
        Kring.build(BuildOptions.of(site).withOut(full).withPdf(false).withCache(tmp.resolve("other-cache")));
        assertEquals(TestSites.tree(full), TestSites.tree(out));
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private static String body(SourceFile f) {
        FrontMatter.Split split = FrontMatter.split(f.text());
        return split == null ? f.text() : split.body(f.text());
    }

    /** Where {@code f}'s body starts in its text (the whole text without front matter). */
    private static int start(SourceFile f) {
        FrontMatter.Split split = FrontMatter.split(f.text());
        return split == null ? 0 : split.bodyStart();
    }

    private static int offset(SourceFile f) {
        FrontMatter.Split split = FrontMatter.split(f.text());
        return split == null ? 0 : split.bodyLine() - 1;
    }

    /** The body as the rest of Kring sees it: facts, problems, and the tree rendered with its ids and link places. */
    private static String describe(Markdown md, Problems problems) {
        StringBuilder out = new StringBuilder();
        out.append("empty ").append(md.isEmpty()).append('\n');
        out.append("anchors ").append(new java.util.TreeSet<>(md.anchors())).append('\n');
        for (Markdown.LinkUse l : md.links()) {
            out.append("link ").append(l.index()).append(' ').append(l.destination()).append(' ').append(l.image())
                    .append(' ').append(l.text()).append(' ').append(l.line()).append(':').append(l.column())
                    .append('\n');
        }
        out.append("anchor links ").append(md.anchorLinks()).append('\n');
        problems.sorted().forEach(p -> out.append(p).append('\n'));
        out.append(HtmlRenderer.builder().build().render(md.root()));
        walk(md.root(), md, out);
        return out.toString();
    }

    private static void walk(Node node, Markdown md, StringBuilder out) {
        if (node instanceof Heading h) {
            out.append("id ").append(md.headingIds().get(h)).append('\n');
        } else if (node instanceof Link || node instanceof Image) {
            out.append("link node ").append(md.linkIndex(node)).append('\n');
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            walk(c, md, out);
        }
    }
}
