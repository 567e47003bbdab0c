package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.model.Content;
import org.kring.model.ContentKind;
import org.kring.model.Curriculum;
import org.kring.model.Field;
import org.kring.model.LocalizedContent;
import org.kring.model.Schema;
import org.kring.render.Router;
import org.kring.segment.FileStatus;
import org.kring.translate.Exporter;
import org.kring.translate.Importer;
import org.kring.translate.Message;
import org.kring.translate.PoFile;
import org.kring.translate.StatusReports;
import org.kring.translate.TranslationProject;
import org.kring.validate.Validator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What every content kind's declaration ({@link Schema}) promises, checked on the example and on a site
 * generated from the declarations themselves (one file per kind with every declared key filled by its type,
 * so a key added to a schema is covered without touching this test): every page is in the sitemap, every
 * translatable file is counted by the translation status in each language it belongs to, every anchor the
 * validator accepts is on the rendered page, and an export followed by an unchanged import never writes a
 * structure key into a translation.
 */
class SchemaContractTest {
    @TempDir
    Path tmp;

    /** Where each kind's generated file goes. */
    private static final Map<String, Schema> GENERATED = new LinkedHashMap<>();

    static {
        GENERATED.put("content/index.md", Schema.PAGE);
        GENERATED.put("content/about.md", Schema.PAGE);
        GENERATED.put("content/countries/c.md", Schema.COUNTRY);
        GENERATED.put("content/programmes/p/index.md", Schema.PROGRAMME);
        GENERATED.put("content/programmes/p/01-s.md", Schema.SESSION);
        GENERATED.put("content/topics/t.md", Schema.TOPIC);
        GENERATED.put("content/recommendations/r.md", Schema.RECOMMENDATION);
        GENERATED.put("content/courses/k/index.md", Schema.COURSE);
        GENERATED.put("content/courses/k/m.md", Schema.MODULE);
    }

    /** Values that must point at other content or add up; every other key gets a value from its type. */
    private static final Map<String, String> FIXED = Map.of(
            "number", "1",
            "duration", "60",
            "topics", "[t]",
            "countries", "[c]",
            "programmes", "[p]",
            "picture", "images/p.svg",
            "agenda", "\n  - minutes: 60\n    activity: \"The whole meeting\"",
            "days", "\n  - title: \"Day one\"\n    start: \"09:00\"\n    end: \"12:00\"\n    blocks:\n"
                    + "      - module: m\n        minutes: 60\n        title: \"The module\"\n      - break: 15\n"
                    + "      - practice: session:p/1\n        minutes: 60");

    /** A site with one file per content kind, every declared key filled in. */
    private Path generatedSite() {
        Map<String, String> files = new TreeMap<>();
        files.put("site.yml", """
                title: Generated
                base_url: https://example.org/kring/
                source_language: en
                languages:
                  - {code: en, name: English}
                  - {code: nl, name: Nederlands}
                  - {code: ar, name: العربية}
                navigation:
                  - programme:p
                  - page:about
                """);
        GENERATED.forEach((path, schema) -> files.put(path, document(schema, path)));
        files.put("content/images/p.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 5\">"
                + "<circle cx=\"4\" cy=\"2.5\" r=\"2\" fill=\"#a4471c\"/></svg>\n");
        return TinySite.write(tmp.resolve("generated"), files);
    }

    private static String document(Schema schema, String path) {
        StringBuilder sb = new StringBuilder("---\n");
        for (Field f : schema.fields()) {
            if (f.role() == Field.Role.MARKER) {
                continue;
            }
            if (schema == Schema.COURSE && f.name().equals("languages")) {
                sb.append("languages: [en, nl]\n");
                continue;
            }
            sb.append(f.name()).append(": ").append(FIXED.containsKey(f.name()) ? FIXED.get(f.name())
                    : value(f, schema.what() + " " + path)).append('\n');
        }
        sb.append("---\n\n## A heading of its own\n\nSome text with a [link](#a-heading-of-its-own).\n");
        return sb.toString();
    }

    private static String value(Field f, String where) {
        return switch (f.type()) {
            case TEXT -> "\"" + f.name() + " of " + where + "\"";
            case TEXTS -> "\n  - \"" + f.name() + " of " + where + "\"";
            case NUMBER -> String.valueOf(Math.max(f.min(), 1));
            case ID -> f.allowed().isEmpty() ? "x" : f.allowed().get(0);
            case IDS -> "[]";
            case DATE -> "2026-01-31";
            case TIME -> "\"09:00\"";
            case BOOLEAN -> "false";
            case LIST -> "\n  - " + f.items().fields().stream().filter(Field::isText)
                    .map(i -> i.name() + ": \"" + i.name() + "\"").collect(Collectors.joining("\n    "));
        };
    }

    @Test
    void theGeneratedSiteHasEveryKindAndBuildsWithoutProblems() {
        Path site = generatedSite();
        List<Problem> problems = Kring.check(BuildOptions.of(site).withPdf(false));
        assertEquals(List.of(), problems.stream().filter(Problem::isError).toList());
        Curriculum c = Kring.load(BuildOptions.of(site), new Problems());
        Set<ContentKind> kinds = c.source().documents().stream().map(d -> d.key().kind())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(ContentKind.values()), kinds);
        for (Content doc : c.source().documents()) {
            assertEquals(java.time.LocalDate.of(2026, 1, 31), doc.field("reviewed"), doc.key() + " has its reviewed date");
        }
    }

    @Test
    void everyPageIsInTheSitemap() {
        Path site = generatedSite();
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        assertEveryPageInSitemap(out);
        assertEveryPageInSitemap(ExampleBuild.out());
    }

    private static void assertEveryPageInSitemap(Path out) {
        String sitemap = read(out.resolve("sitemap.xml"));
        Set<String> locs = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<loc>([^<]*)</loc>").matcher(sitemap);
        while (m.find()) {
            locs.add(m.group(1));
        }
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
                String rel = out.relativize(p.getParent()).toString().replace('\\', '/');
                if (rel.isEmpty() || rel.startsWith("assets") || rel.startsWith("pdf")) {
                    continue; // the language chooser at the root
                }
                boolean listed = locs.stream().anyMatch(l -> l.endsWith("/" + rel + "/") || l.equals(rel + "/"));
                // A page a language shows in another language (a fallback) is not that language's: not listed.
                boolean fallback = read(p).contains("notice-fallback");
                if (fallback) {
                    if (listed) {
                        wrong.add(rel);
                    }
                    continue;
                }
                pages++;
                if (!listed) {
                    missing.add(rel);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(pages > 0);
        assertEquals(List.of(), missing, "pages not in sitemap.xml of " + out);
        assertEquals(List.of(), wrong, "fallback pages in sitemap.xml of " + out);
        assertEquals(pages, locs.size(), "one sitemap entry per translated page");
    }

    @Test
    void everyTranslatableFileIsCountedInEveryLanguageItBelongsTo() {
        assertStatusCountsEveryFile(generatedSite());
        assertStatusCountsEveryFile(TestSites.repo());
    }

    private static void assertStatusCountsEveryFile(Path site) {
        Curriculum c = Kring.load(BuildOptions.of(site), new Problems());
        TranslationProject project = BuildSession.translations(site);
        for (String code : project.targetLanguages()) {
            Set<String> expected = new TreeSet<>();
            for (Content doc : c.source().documents()) {
                boolean course = doc.key().kind() == ContentKind.COURSE || doc.key().kind() == ContentKind.MODULE;
                String courseId = doc.key().id().split("/")[0];
                if (!course || c.source().course(courseId).givenIn(code)) {
                    expected.add(doc.file().contentPath());
                }
            }
            expected.add("ui.yml"); // the interface strings count as one more file of every language
            Set<String> counted = StatusReports.of(project, code).files().stream().map(FileStatus::path)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, counted, site + ": the files the status of " + code + " counts");
        }
    }

    @Test
    void everyAnchorTheValidatorAcceptsIsOnTheRenderedPage() {
        Path site = generatedSite();
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        assertAnchorsExist(site, out);
        assertAnchorsExist(TestSites.repo(), ExampleBuild.out());
    }

    private static void assertAnchorsExist(Path site, Path out) {
        Curriculum c = Kring.load(BuildOptions.of(site), new Problems());
        Router router = new Router(c.source());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (LocalizedContent l : c.locales()) {
            for (Content doc : l.documents()) {
                Document page = Jsoup.parse(read(out.resolve(Router.file(router.path(doc.key(), l.code())))));
                for (String anchor : Validator.anchorsOf(doc, l)) {
                    checked++;
                    if (page.getElementById(anchor) == null) {
                        missing.add(l.code() + " " + doc.key() + "#" + anchor);
                    }
                }
            }
        }
        assertTrue(checked > 0);
        assertEquals(List.of(), missing, "anchors the validator accepts but the page lacks");
    }

    @Test
    void anExportFollowedByAnUnchangedImportNeverWritesAStructureKey() throws IOException {
        Path generated = generatedSite();
        // The generated site has no translations yet: translate everything, then export and import again.
        roundTrip(generated, "nl", "NL: ");
        assertNoStructure(generated);
        roundTrip(generated, "nl", "");
        assertNoStructure(generated);
        Path example = TestSites.copyExample(tmp.resolve("example"));
        for (String code : BuildSession.translations(example).targetLanguages()) {
            roundTrip(example, code, "");
        }
        assertNoStructure(example);
        assertEquals(List.of(), Kring.check(BuildOptions.of(example).withPdf(false)).stream()
                .filter(Problem::isError).toList(), "the example still builds after the round trip");
    }

    /** Exports every message of a language and imports it again; with a prefix, untranslated texts get one. */
    private void roundTrip(Path site, String code, String prefix) throws IOException {
        TranslationProject p = BuildSession.translations(site);
        List<Message> all = new Exporter(p).messages(code, Exporter.Only.ALL);
        List<Message> back = new ArrayList<>();
        for (Message m : all) {
            String target = m.target().isBlank() && !prefix.isEmpty() ? prefix + m.source() : m.target();
            back.add(m.translated(target));
        }
        Path po = tmp.resolve(code + "-" + prefix.length() + ".po");
        Files.writeString(po, PoFile.write(code, back));
        Problems problems = new Problems();
        new Importer(p).importFiles(List.of(po), problems);
        assertEquals(List.of(), problems.sorted().stream().filter(Problem::isError).toList());
    }

    /** No translation file holds a key its kind declares as structure, at any depth. */
    private static void assertNoStructure(Path site) throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(site.resolve("translations"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/.kring/")).toList()) {
                String rel = site.resolve("translations").relativize(f).toString().replace('\\', '/');
                String contentPath = rel.substring(rel.indexOf('/') + 1);
                Schema schema = Schema.forPath(contentPath);
                String text = Files.readString(f);
                if (schema == null || text.contains("\nadapted: true")) {
                    continue; // a local adaptation may have a structure of its own
                }
                files++;
                String yaml = text.substring(4, text.indexOf("\n---", 3));
                Object map = new Yaml(new LoaderOptions()).load(yaml);
                structureKeys(map, schema, rel, found);
            }
        }
        assertTrue(files > 0);
        assertEquals(List.of(), found, "structure keys in translation files of " + site);
    }

    private static void structureKeys(Object map, Schema schema, String where, List<String> found) {
        if (!(map instanceof Map<?, ?> m)) {
            return;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Field f = schema.field(String.valueOf(e.getKey()));
            if (f == null) {
                continue;
            }
            if (f.isList() && e.getValue() instanceof List<?> items) {
                for (Object item : items) {
                    structureKeys(item, f.items(), where + " " + f.name(), found);
                }
            } else if (f.isStructure()) {
                found.add(where + ": " + f.name());
            }
        }
    }

    @Test
    void aModulePageHasNoScheduleAnchorAndALinkToItIsAnError() {
        Map<String, String> files = TinyCourse.files();
        files.put("content/about.md", "---\ntitle: About\n---\n\nSee [the module](module:t/model#schedule).\n");
        List<String> errors = Kring.check(BuildOptions.of(TinySite.write(tmp.resolve("s"), files)).withPdf(false))
                .stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/about.md:5:") && errors.get(0).contains("anchor '#schedule'"),
                errors.get(0));
        assertFalse(errors.get(0).contains("Exception"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
