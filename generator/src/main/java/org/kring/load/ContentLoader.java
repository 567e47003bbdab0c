package org.kring.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.kring.ContentException;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.i18n.UiStrings;
import org.kring.i18n.UiTable;
import org.kring.i18n.UiTableReader;
import org.kring.markdown.MarkdownReader;
import org.kring.model.Asset;
import org.kring.model.ContentKind;
import org.kring.model.Course;
import org.kring.model.CourseBlock;
import org.kring.model.CourseDay;
import org.kring.model.Curriculum;
import org.kring.model.Module;
import org.kring.model.DocKey;
import org.kring.model.Content;
import org.kring.model.ContentPath;
import org.kring.model.Language;
import org.kring.model.LocalizedContent;
import org.kring.model.Origin;
import org.kring.model.Page;
import org.kring.model.Programme;
import org.kring.model.Recommendation;
import org.kring.model.Session;
import org.kring.model.SiteConfig;
import org.kring.model.SourceFile;
import org.kring.model.Topic;
import org.kring.model.Untranslated;
import org.kring.segment.FileAnalysis;
import org.kring.segment.FileState;
import org.kring.segment.Segmenter;
import org.kring.segment.TranslationRecord;

/**
 * The load stage: reads site.yml, every file under content/ and translations/, parses each once (in
 * parallel), and assembles the content of every language with its fallbacks. Problems are collected,
 * not thrown, so one run reports all of them; each file's problems are kept with the file, so that after
 * {@link #update} a fixed file no longer reports anything. One instance can be kept alive (the preview
 * server does) and told which files changed: only those are read again.
 */
public final class ContentLoader {
    public static final String BUILTIN_UI = "kring/templates/i18n/en.yml";

    private final MarkdownReader markdown = new MarkdownReader();
    private final DocumentReader documents;
    private final Segmenter segmenter;

    private Path root;
    private SiteConfig config;
    private List<Language> output;
    private final Map<String, ContentPath> paths = new java.util.TreeMap<>();
    private final Map<String, Asset> assets = new java.util.TreeMap<>();
    private final Map<String, Content> sources = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Content>> translations = new ConcurrentHashMap<>();
    private final Map<String, UiTable> uiTables = new ConcurrentHashMap<>();
    /** Symbolic links the last update did not follow, by the changed file's name: looked at again next time. */
    private final Map<String, List<Problem>> refused = new ConcurrentHashMap<>();
    /** Problems per file (name relative to the site), replaced when the file is read again. */
    private final Map<String, List<Problem>> fileProblems = new ConcurrentHashMap<>();
    private UiTable builtin;

    /**
     * @param languages only build these languages (all configured ones when empty)
     * @param baseUrl   replaces site.yml's base_url when not null
     */
    /**
     * A folder without site.yml is not a site with an error in it but the wrong folder (a mistyped --site, a
     * command run one folder off): said in one line, before anything is read.
     */
    public static void requireSiteYml(Path root) {
        if (!Files.isRegularFile(root.resolve("site.yml"))) {
            throw new org.kring.UserError("no site.yml in " + root.toAbsolutePath().normalize()
                    + "; is this a Kring site folder? (give it with --site)");
        }
    }

    public ContentLoader() {
        this(null);
    }

    /** The hash of the bytes of each file the load read, by name: what the build used, for the next one. */
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    /** The hashes of the files read ({@link FileDigests}), by name as in the inputs' listing. */
    public Map<String, String> digests() {
        return digests;
    }

    /** What the last build read, or null. */
    private final ReadCache parsed;
    /** The walk of the inputs the build listed when it started, or null (the load walks them). */
    private InputWalk walk;

    /** Lists the files from {@code walk} (taken when the build started) instead of walking the folders again. */
    public ContentLoader listedBy(InputWalk walk) {
        this.walk = walk;
        return this;
    }

    /** @param parsed what an earlier build kept of each body, or null to parse every body now */
    public ContentLoader(org.kring.load.ReadCache parsed) {
        this.parsed = parsed;
        documents = new DocumentReader(markdown, parsed);
        segmenter = new Segmenter(parsed);
    }

    public Curriculum load(Path root, List<String> languages, String baseUrl, Problems problems) {
        this.root = root;
        // Kring's own interface strings (and the plural rules and message formats they load) are read while the
        // site's files are listed.
        java.util.concurrent.CompletableFuture<UiTable> builtinLater =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> builtinUi(problems));
        Path siteYml = root.resolve("site.yml");
        Problems listing = new Problems();
        InputFiles.list(root, "site.yml", listing, walk);
        listing.throwIfErrors();
        requireSiteYml(root);
        SourceFile siteFile = InputFiles.read(root, siteYml, problems, digests);
        SiteConfig c = siteFile == null ? null : SiteConfigReader.read(siteFile, problems);
        problems.throwIfErrors();
        Objects.requireNonNull(c);
        if (baseUrl != null) {
            c = c.withBaseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        }
        this.config = c;
        this.output = outputLanguages(c, languages);
        Path contentDir = root.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            throw new ContentException(Problem.error("content", 0, "there is no content/ folder"));
        }
        List<Path> contentFiles = InputFiles.list(root, "content", listing, walk);
        Map<String, List<Path>> translationFiles = new LinkedHashMap<>();
        for (Language l : c.languages()) {
            if (needed().contains(l.code())) {
                translationFiles.put(l.code(), InputFiles.list(root, "translations/" + l.code(), listing, walk));
            }
        }
        InputFiles.list(root, "templates", listing, walk);
        // A link Kring does not follow stops every command (build, check, serve, translate, course pack) before
        // any file is read, so none of them can read, publish or write through it.
        listing.throwIfErrors();
        try {
            builtin = builtinLater.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        List<Runnable> work = new ArrayList<>();
        for (Path p : contentFiles) {
            classifyContent(p);
        }
        checkDeclaredFolders(contentFiles);
        for (String rel : paths.keySet()) {
            work.add(() -> readSource(rel));
        }
        work.parallelStream().forEach(Runnable::run);
        work.clear();
        for (Map.Entry<String, List<Path>> e : translationFiles.entrySet()) {
            translations.put(e.getKey(), new ConcurrentHashMap<>());
            Path dir = root.resolve("translations").resolve(e.getKey());
            for (Path p : e.getValue()) {
                Runnable read = classifyTranslation(e.getKey(), InputFiles.name(dir, p));
                if (read != null) {
                    work.add(read);
                }
            }
        }
        work.parallelStream().forEach(Runnable::run);
        problems().forEach(problems::add);
        return assemble();
    }

    /**
     * Reads again only the files that changed (added, edited or deleted) and assembles the model again.
     * Returns null when the change needs a full load (site.yml changed). Like {@link #load}, throws a
     * {@link ContentException} naming every symbolic link Kring does not follow while there is one; the model
     * it keeps leaves such a file out, and the next update looks at it again.
     */
    public Curriculum update(java.util.Collection<Path> changed) {
        walk = null;
        if (parsed != null) {
            parsed.trustNothing();
        }
        java.util.Set<Path> todo = new java.util.LinkedHashSet<>(changed);
        refused.keySet().forEach(name -> todo.add(root.resolve(name)));
        refused.clear();
        java.util.Set<String> retranslate = new java.util.TreeSet<>();
        java.util.Set<String> locales = new java.util.TreeSet<>();
        for (Path abs : todo) {
            Path p = abs.toAbsolutePath().normalize();
            if (!p.startsWith(root)) {
                continue;
            }
            String name = InputFiles.name(root, p);
            if (name.equals("site.yml")) {
                return null;
            }
            if (name.startsWith("content/")) {
                String rel = name.substring("content/".length());
                fileProblems.remove(name);
                paths.remove(rel);
                assets.remove(rel);
                sources.remove(rel);
                if (readable(name)) {
                    classifyContent(p);
                    if (paths.containsKey(rel)) {
                        readSource(rel);
                    }
                }
                retranslate.add(rel);
            } else if (name.startsWith("templates/")) {
                readable(name); // the renderer reads templates; here only whether Kring may follow them
            } else if (name.startsWith("translations/")) {
                String[] parts = name.split("/", 3);
                if (parts.length < 3 || config.language(parts[1]) == null || !needed().contains(parts[1])) {
                    continue;
                }
                String code = parts[1];
                String rest = parts[2];
                if (rest.startsWith(".kring/") && rest.endsWith(".md.yml")) {
                    readable(name);
                    locales.add(code + "\u0000" + rest.substring(".kring/".length(), rest.length() - ".yml".length()));
                } else if (rest.endsWith(".md")) {
                    locales.add(code + "\u0000" + rest);
                } else if (!InputFiles.isHidden(rest)) {
                    fileProblems.remove(name);
                    if (rest.equals("ui.yml")) {
                        uiTables.remove(code);
                    }
                    Runnable read = readable(name) ? classifyTranslation(code, rest) : null;
                    if (read != null) {
                        read.run();
                    }
                }
            }
        }
        for (String rel : retranslate) {
            for (String code : translations.keySet()) {
                locales.add(code + "\u0000" + rel);
            }
        }
        for (String item : locales) {
            String code = item.substring(0, item.indexOf('\u0000'));
            String rel = item.substring(item.indexOf('\u0000') + 1);
            String name = "translations/" + code + "/" + rel;
            fileProblems.remove(name);
            Map<String, Content> docs = translations.get(code);
            if (docs != null) {
                docs.remove(rel);
                if (readable(name)) {
                    readTranslation(code, rel);
                }
            }
        }
        if (!refused.isEmpty()) {
            // Files inside one linked folder share its problem: each link is named once.
            Problems all = new Problems();
            refused.values().stream().flatMap(List::stream).distinct().forEach(all::add);
            throw new ContentException(all.sorted());
        }
        return assemble();
    }

    /**
     * Whether the file {@code name} (relative to the site) is there to be read: an ordinary file, or a symbolic
     * link Kring follows. A link it does not follow (the file's own, or a folder's on the way) is kept in
     * {@link #refused}.
     */
    private boolean readable(String name) {
        Problems own = new Problems();
        List<Path> found = InputFiles.list(root, name, own);
        if (own.hasErrors()) {
            refused.put(name, own.sorted());
            return false;
        }
        return found.size() == 1 && found.get(0).equals(root.resolve(name));
    }

    /** Every problem the loaded files have, as of the last load or update. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        fileProblems.values().forEach(all::addAll);
        all.addAll(duplicateIds());
        return all;
    }

    /** Two files for one page, such as about.md and about/index.md. */
    private List<Problem> duplicateIds() {
        List<Problem> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, ContentPath> e : paths.entrySet()) {
            if (e.getValue().kind() != ContentKind.PAGE) {
                continue;
            }
            String other = seen.putIfAbsent(e.getValue().id(), e.getKey());
            if (other != null) {
                out.add(Problem.error("content/" + e.getKey(), 0, "page '" + e.getValue().id()
                        + "' is also defined by content/" + other + "; keep one of the two"));
            }
        }
        return out;
    }

    private java.util.Set<String> needed() {
        java.util.Set<String> needed = new java.util.LinkedHashSet<>();
        for (Language l : output) {
            needed.addAll(l.chain());
        }
        needed.add(config.sourceLanguage());
        return needed;
    }

    private void classifyContent(Path p) {
        Path contentDir = root.resolve("content");
        String rel = InputFiles.name(contentDir, p);
        String name = InputFiles.name(root, p);
        if (rel.endsWith(".md")) {
            ContentPath cp = ContentPath.of(rel);
            if (cp == null) {
                fileProblems.put(name, List.of(Problem.error(name, 0, ContentPath.validSegments(rel)
                        ? "this file has no place in the curriculum: sessions go in programmes/<programme>/, "
                                + "topics in topics/, recommendations in recommendations/, courses and their "
                                + "modules in courses/<course>/"
                        : "file and folder names must be lower-case letters, digits and hyphens")));
            } else {
                paths.put(rel, cp);
            }
        } else if (InputFiles.isMarkdown(rel)) {
            fileProblems.put(name, List.of(Problem.error(name, 0, FileNames.misnamedMarkdown(rel))));
        } else {
            assets.put(rel, new Asset(rel, p, size(p)));
        }
    }

    /**
     * What to do with a file under {@code translations/<code>/}: read it later (the returned work), or nothing
     * (its problem, if it has one, is kept). Only Markdown, ui.yml and the workflow's files belong there.
     */
    private Runnable classifyTranslation(String code, String rel) {
        String name = "translations/" + code + "/" + rel;
        if (rel.equals("ui.yml")) {
            return () -> readUi(code);
        } else if (rel.endsWith(".md")) {
            return code.equals(config.sourceLanguage()) ? null : () -> readTranslation(code, rel);
        } else if (InputFiles.isMarkdown(rel)) {
            fileProblems.put(name, List.of(Problem.error(name, 0, FileNames.misnamedMarkdown(rel))));
        } else if (!FileNames.isWorkflowFile(rel)) {
            fileProblems.put(name, List.of(Problem.warning(name, 0, FileNames.besideTranslations(code))));
        }
        return null;
    }

    /**
     * The folders site.yml declares as published ({@code assets:}) should exist: a misspelt one publishes
     * nothing, and the files meant for it are then left out with a warning each.
     */
    private void checkDeclaredFolders(List<Path> contentFiles) {
        Path contentDir = root.resolve("content");
        java.util.Set<String> folders = new java.util.TreeSet<>();
        for (Path p : contentFiles) {
            for (Path d = contentDir.relativize(p).getParent(); d != null; d = d.getParent()) {
                folders.add(d.toString().replace('\\', '/'));
            }
        }
        List<Problem> list = new ArrayList<>();
        for (org.kring.model.Located<String> folder : config.assets()) {
            if (!Files.isDirectory(contentDir.resolve(folder.value()))) {
                list.add(Problem.warning(config.file().name(), folder.line(), folder.column(), "assets: there is no "
                        + "folder content/" + folder.value() + Suggestions.didYouMean(folder.value(), folders)
                        + "; nothing is published from it"));
            }
        }
        if (!list.isEmpty()) {
            fileProblems.put(config.file().name(), list);
        }
    }

    private void readSource(String rel) {
        Problems problems = new Problems();
        SourceFile f = read(root.resolve("content").resolve(rel), problems);
        if (f != null) {
            Content doc = documents.read(paths.get(rel), f, config.sourceLanguage(), null, problems);
            if (doc != null) {
                sources.put(rel, doc);
            }
        }
        keep("content/" + rel, problems);
    }

    private void readTranslation(String code, String rel) {
        Problems problems = new Problems();
        String name = "translations/" + code + "/" + rel;
        ContentPath cp = paths.get(rel);
        if (cp == null) {
            // The source was renamed or deleted after this was translated: not the team's mistake, and no reason
            // to stop the site. The file stays as it is, for the team to move or delete.
            problems.warning(name, 0, "translation of a file that does not exist (any more): there is no content/"
                    + rel + Suggestions.didYouMean(rel, paths.keySet()) + "; move the translation to the new name or "
                    + "delete it");
        } else {
            Content base = sources.get(rel);
            SourceFile f = read(root.resolve(name), problems);
            if (f != null && base != null) {
                Content doc = documents.read(cp, f, code, base, problems);
                if (doc != null) {
                    translations.get(code).put(rel, markOutdated(root, code, rel, base, f, doc));
                }
            }
        }
        keep(name, problems);
    }

    /**
     * A content file or translation: read now, or, when the read cache knows it unchanged since the last build,
     * read only when something asks for its text (then its bytes must still be those; if not, the cache is marked
     * stale and the build is made again from the files).
     */
    private SourceFile read(Path file, Problems problems) {
        String name = InputFiles.name(root, file);
        long known = parsed == null ? 0 : parsed.unchanged(name);
        if (known == 0) {
            // Read, and its text decoded unless the cache knows these bytes (a checkout's new time on an old text).
            return InputFiles.read(root, file, problems, digests, parsed == null || !parsed.forOneBuild() ? null
                    : new InputFiles.Known() {
                @Override
                public boolean has(String n, long checksum) {
                    return parsed.knows(n, checksum);
                }

                @Override
                public java.util.function.Supplier<String> later(Path f, String n, long checksum) {
                    return again(f, checksum);
                }
            });
        }
        digests.put(name, Long.toHexString(known));
        return SourceFile.unread(file, name, known, again(file, known));
    }

    /**
     * The text of a file made {@link SourceFile#unread}, read when asked for: its bytes must still be those of
     * {@code checksum}; if not, the read cache is marked stale (the build is then made again from the files).
     */
    private java.util.function.Supplier<String> again(Path file, long checksum) {
        ReadCache cache = parsed;
        Path site = root;
        return () -> {
            SourceFile now = InputFiles.read(site, file, new Problems());
            if (now == null || now.checksum() != checksum) {
                cache.stale();
                return now == null ? "" : now.text();
            }
            return now.text();
        };
    }

    private void readUi(String code) {
        Problems problems = new Problems();
        String name = "translations/" + code + "/ui.yml";
        SourceFile f = InputFiles.read(root, root.resolve(name), problems, digests);
        if (f != null) {
            uiTables.put(code, UiTableReader.read(code, f, builtin, problems));
        }
        keep(name, problems);
    }

    private void keep(String name, Problems problems) {
        List<Problem> list = problems.sorted();
        if (list.isEmpty()) {
            fileProblems.remove(name);
        } else {
            fileProblems.put(name, list);
        }
    }

    private Curriculum assemble() {
        List<LocalizedContent> locales = new ArrayList<>();
        for (Language l : output) {
            locales.add(localize(l));
        }
        java.util.Set<DocKey> unreadable = new java.util.HashSet<>();
        for (Map.Entry<String, ContentPath> e : paths.entrySet()) {
            ContentPath cp = e.getValue();
            if (!sources.containsKey(e.getKey()) && cp.kind() != ContentKind.SESSION) {
                unreadable.add(new DocKey(cp.kind(), cp.id()));
            }
        }
        return new Curriculum(root, config, List.copyOf(locales), List.copyOf(assets.values()), Set.copyOf(unreadable),
                List.copyOf(paths.keySet()));
    }

    /**
     * A translation whose record says it was made from an older source is marked outdated, so its pages
     * say so; the parts a partial translation still has in the source language are marked, so pages and PDFs
     * give them their language. Translations without a record (made by hand, not yet accepted) are taken as
     * they are.
     */
    private Content markOutdated(Path root, String locale, String rel, Content base, SourceFile translation,
            Content doc) {
        Path recordFile = TranslationRecord.pathFor(root.resolve("translations"), locale, rel);
        if (doc.origin().adapted() || !(parsed != null ? parsed.isFile(root, InputFiles.name(root, recordFile))
                : java.nio.file.Files.isRegularFile(recordFile))) {
            return doc;
        }
        // Both bodies as parsed already: the analysis only walks them.
        FileAnalysis a = FileAnalysis.of(rel, segmenter.segments(base.file(), base.body()), translation, doc.body(),
                TranslationRecord.read(recordFile), segmenter);
        Origin origin = doc.origin();
        if (a.status().state() == FileState.OUTDATED) {
            origin = origin.asOutdated();
        }
        Untranslated u = untranslated(a);
        if (u != null) {
            origin = origin.withUntranslated(u);
        }
        return origin.equals(doc.origin()) ? doc : doc.withOrigin(origin);
    }

    /** The parts of a recorded translation that were never translated: their record has no source. */
    private Untranslated untranslated(FileAnalysis a) {
        if (a.record() == null || a.record().entries().size() != a.translation().size()) {
            return null;
        }
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (int i = 0; i < a.translation().size(); i++) {
            if (a.record().entries().get(i).source() == null) {
                org.kring.segment.Segment t = a.translation().get(i);
                if (t.yaml()) {
                    texts.add(t.normalized());
                } else {
                    lines.add(t.line());
                }
            }
        }
        if (lines.isEmpty() && texts.isEmpty()) {
            return null;
        }
        Language source = config.source();
        return new Untranslated(config.sourceLanguage(), source == null ? "ltr" : source.dir(), lines, texts);
    }

    private static List<Language> outputLanguages(SiteConfig config, List<String> only) {
        if (only == null || only.isEmpty()) {
            return config.languages();
        }
        List<Language> out = new ArrayList<>();
        for (String code : only) {
            Language l = config.language(code);
            if (l == null) {
                throw new ContentException(Problem.error("site.yml", 0, "--lang " + code
                        + ": no such language in site.yml" + Suggestions.didYouMean(code,
                                config.languages().stream().map(Language::code).toList())));
            }
            out.add(l);
        }
        return out;
    }

    private LocalizedContent localize(Language lang) {
        List<Page> pages = new ArrayList<>();
        Map<String, Programme> programmes = new LinkedHashMap<>();
        Map<String, List<Session>> sessions = new HashMap<>();
        List<Topic> topics = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        List<Course> courses = new ArrayList<>();
        Map<String, List<Module>> modules = new HashMap<>();
        for (Map.Entry<String, ContentPath> e : paths.entrySet()) {
            Content doc = pick(lang, e.getKey());
            if (doc == null) {
                continue;
            }
            switch (e.getValue().kind()) {
                case PAGE -> pages.add((Page) doc);
                case PROGRAMME -> programmes.put(((Programme) doc).id(), (Programme) doc);
                case SESSION -> sessions.computeIfAbsent(((Session) doc).programmeId(), k -> new ArrayList<>())
                        .add((Session) doc);
                case TOPIC -> topics.add((Topic) doc);
                case RECOMMENDATION -> recommendations.add((Recommendation) doc);
                case COURSE -> courses.add((Course) doc);
                case MODULE -> modules.computeIfAbsent(((Module) doc).courseId(), k -> new ArrayList<>())
                        .add((Module) doc);
            }
        }
        List<Course> withModules = new ArrayList<>();
        for (Course c : courses) {
            withModules.add(withModules(c, modules.getOrDefault(c.id(), List.of())));
        }
        List<Programme> withSessions = new ArrayList<>();
        List<Programme> ordered = new ArrayList<>(programmes.values());
        ordered.sort(Comparator.comparing((Programme p) -> p.fields().number("order"),
                Comparator.nullsLast(Comparator.naturalOrder())));
        for (Programme p : ordered) {
            List<Session> list = new ArrayList<>(sessions.getOrDefault(p.id(), List.of()));
            list.sort(Comparator.comparingInt(Session::number).thenComparing(Session::slug));
            withSessions.add(p.withSessions(list));
        }
        List<UiTable> tables = new ArrayList<>();
        for (String code : lang.chain()) {
            UiTable t = uiTables.get(code);
            if (t != null) {
                tables.add(t);
            }
        }
        // The site's name is site.yml's title unless a language's own strings translate it (site.title): Kring's
        // built-in English strings must not name one curriculum for every site.
        tables.add(new UiTable(config.sourceLanguage(), config.file().name(), Map.of("site.title", config.title()),
                Map.of()));
        tables.add(builtin);
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(lang.code()));
        collator.freeze();
        return new LocalizedContent(lang, new UiStrings(lang.code(), tables), pages, withSessions, topics,
                recommendations, withModules, collator::compare);
    }

    /** A course with its modules, in the order its schedule first uses them; modules it never uses last. */
    private static Course withModules(Course c, List<Module> modules) {
        List<String> order = new ArrayList<>();
        for (CourseDay d : c.days()) {
            for (CourseBlock b : d.blocks()) {
                if (b.kind() == CourseBlock.Kind.MODULE && b.target() != null && !order.contains(b.target().value())) {
                    order.add(b.target().value());
                }
            }
        }
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparingInt((Module m) -> order.contains(m.id()) ? order.indexOf(m.id()) : order.size())
                .thenComparing(Module::id));
        return c.withModules(sorted);
    }

    /** The version of a file a language shows: its own translation, else the first in its fallback chain. */
    private Content pick(Language lang, String rel) {
        for (String code : lang.chain()) {
            if (code.equals(config.sourceLanguage())) {
                break;
            }
            Map<String, Content> docs = translations.get(code);
            Content doc = docs == null ? null : docs.get(rel);
            if (doc != null) {
                // A regional variant (nl-SR) holds only what differs: its parent's text (nl) is no fallback.
                return code.equals(lang.code()) || sameLanguage(code, lang.code()) ? doc : asFallback(doc);
            }
        }
        Content source = sources.get(rel);
        if (source == null || lang.code().equals(config.sourceLanguage())) {
            return source;
        }
        return asFallback(source);
    }

    static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static Content asFallback(Content doc) {
        return doc.withOrigin(doc.origin().asFallback());
    }

    private static UiTable builtinUi(Problems problems) {
        try (InputStream in = ContentLoader.class.getClassLoader().getResourceAsStream(BUILTIN_UI)) {
            if (in == null) {
                throw new IllegalStateException("built-in UI strings missing from the jar: " + BUILTIN_UI);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return UiTableReader.readBuiltIn("en", new SourceFile(Path.of(BUILTIN_UI), "(built-in) i18n/en.yml", text),
                    problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

}
