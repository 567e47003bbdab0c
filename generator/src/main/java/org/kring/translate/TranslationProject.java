package org.kring.translate;

import org.kring.segment.FileAnalysis;
import org.kring.segment.Segmenter;
import org.kring.segment.TranslationRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kring.ContentException;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.load.InputFiles;
import org.kring.model.Language;
import org.kring.model.SiteConfig;
import org.kring.model.SourceFile;

/**
 * A site seen by a country team: its source files and, for one language, the translations, their records
 * and where each file stands. Reads files on demand; nothing here renders.
 */
public final class TranslationProject {
    private final Path root;
    private final SiteConfig config;
    private final Segmenter segmenter;
    /** Every file the build session read, once, and their parsed bodies: nothing is read twice. */
    private final List<SourceFile> files = new ArrayList<>();
    /** The model's files by name, made when a file is first looked up. */
    private java.util.Map<String, SourceFile> loaded;
    private final java.util.Map<SourceFile, org.kring.model.Markdown> parsed = new java.util.IdentityHashMap<>();
    private final org.kring.model.Curriculum curriculum;
    /** What an earlier build learnt of the same texts, or null. */
    private final org.kring.load.ReadCache cache;

    /** The project of a site a build session has loaded: its files, bodies and courses are the model's. */
    public TranslationProject(org.kring.model.Curriculum curriculum) {
        this(curriculum, null);
    }

    /** @param cache the segments an earlier build made of the same texts, or null */
    public TranslationProject(org.kring.model.Curriculum curriculum, org.kring.load.ReadCache cache) {
        this.segmenter = new Segmenter(cache);
        this.cache = cache;
        this.root = curriculum.root().toAbsolutePath().normalize();
        this.config = curriculum.config();
        this.curriculum = curriculum;
        // Languages that fall back share the source's file: each file once (the preview makes this after every edit).
        java.util.Set<SourceFile> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (org.kring.model.LocalizedContent l : curriculum.locales()) {
            for (org.kring.model.Content doc : l.documents()) {
                SourceFile f = doc.file();
                if (!seen.add(f)) {
                    continue;
                }
                files.add(f);
                org.kring.model.Markdown body = doc.body();
                if (body != null && body.file() == f) {
                    parsed.put(f, body);
                }
            }
        }
    }

    public Path root() {
        return root;
    }

    /** The model's file at {@code file}, or null: looked up by its name in the site, a string. */
    private synchronized SourceFile loaded(Path file) {
        if (loaded == null) {
            loaded = new java.util.HashMap<>();
            for (SourceFile f : files) {
                loaded.put(f.name(), f);
            }
        }
        Path p = file.toAbsolutePath().normalize();
        return p.startsWith(root) ? loaded.get(InputFiles.name(root, p)) : null;
    }

    public SiteConfig config() {
        return config;
    }

    /** The model the build session loaded, for what is not a content file (the interface strings). */
    public org.kring.model.Curriculum curriculum() {
        return curriculum;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    /** A language of the site other than the source, or a usage error naming the ones there are. */
    public Language language(String code) {
        Language l = config.language(code);
        if (l == null || code.equals(config.sourceLanguage())) {
            List<String> codes = config.languages().stream().map(Language::code)
                    .filter(c -> !c.equals(config.sourceLanguage())).toList();
            throw new ContentException(Problem.error("site.yml", 0, "'" + code + "' is not a language to translate "
                    + "into; the site has " + String.join(", ", codes)
                    + org.kring.load.Suggestions.didYouMean(code, codes)));
        }
        return l;
    }

    public List<String> targetLanguages() {
        return config.languages().stream().map(Language::code).filter(c -> !c.equals(config.sourceLanguage())).toList();
    }

    /** Paths of the content files under content/, e.g. {@code topics/nutrition.md}, sorted. */
    public List<String> contentPaths() {
        return curriculum.contentPaths();
    }

    /**
     * The files a language translates: every content file except those of a course that is not given in
     * that language (its {@code languages} leave it out), which no team needs to translate.
     */
    public List<String> pathsFor(String locale) {
        org.kring.model.LocalizedContent model = curriculum.source() != null ? curriculum.source()
                : curriculum.locales().get(0);
        return contentPaths().stream().filter(path -> {
            org.kring.model.ContentPath cp = org.kring.model.ContentPath.of(path);
            if (cp == null || (cp.kind() != org.kring.model.ContentKind.COURSE
                    && cp.kind() != org.kring.model.ContentKind.MODULE)) {
                return true;
            }
            org.kring.model.Course c = model.course(cp.parent());
            return c == null || c.givenIn(locale);
        }).toList();
    }

    public SourceFile source(String path) {
        return read(root.resolve("content").resolve(path));
    }

    public Path translationPath(String locale, String path) {
        return root.resolve("translations").resolve(locale).resolve(path);
    }

    public SourceFile translation(String locale, String path) {
        Path p = translationPath(locale, path);
        SourceFile f = loaded(p);
        return f != null ? f : Files.isRegularFile(p) ? read(p) : null;
    }

    public Path recordPath(String locale, String path) {
        return TranslationRecord.pathFor(root.resolve("translations"), locale, path);
    }

    /** Whether the file has a record in the language: as the build's listing says, when there is one. */
    private boolean hasRecord(String locale, String path) {
        return cache != null ? cache.isFile(root, "translations/" + locale + "/.kring/" + path + ".yml")
                : Files.isRegularFile(recordPath(locale, path));
    }

    public TranslationRecord record(String locale, String path) {
        return TranslationRecord.read(recordPath(locale, path));
    }

    /**
     * Where a file stands in a language. A regional variant (nl-SR) without its own version shows its parent's
     * (nl): then the parent's state counts, marked as coming from there.
     */
    public FileAnalysis analyze(String locale, String path) {
        SourceFile own = translation(locale, path);
        if (own == null) {
            for (String parent : config.language(locale).fallback()) {
                if (sameLanguage(parent, locale) && translation(parent, path) != null) {
                    FileAnalysis a = analyze(parent, path);
                    return new FileAnalysis(a.path(), a.source(), a.translation(), a.known(), a.record(), a.adapted(),
                            a.status().inheritedFrom(parent));
                }
            }
        }
        return FileAnalysis.of(path, sourceSegments(path), own, own == null ? null : parsed.get(own),
                record(locale, path), segmenter);
    }

    /**
     * Where a file stands, as cheaply as possible: a translation without a record (made by hand, not yet
     * accepted) is taken as translated without reading it closely, as the build does.
     */
    public org.kring.segment.FileStatus status(String locale, String path) {
        SourceFile own = translation(locale, path);
        if (own != null && !hasRecord(locale, path)) {
            if (!(cache == null ? FileAnalysis.isAdapted(own.text())
                    : cache.holds(own, org.kring.load.ReadCache.Fact.ADAPTED, FileAnalysis::isAdapted))) {
                int n = sourceSegments(path).size();
                return new org.kring.segment.FileStatus(path, FileAnalysis.section(path),
                        org.kring.segment.FileState.TRANSLATED, n, n, 0, 0, 0, List.of(), false, false);
            }
        }
        return analyze(locale, path).status();
    }

    private final java.util.Map<String, List<org.kring.segment.Segment>> sourceSegments =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A source file's segments, made once however many languages ask. */
    public List<org.kring.segment.Segment> sourceSegments(String path) {
        return sourceSegments.computeIfAbsent(path, p -> {
            SourceFile f = source(p);
            return segmenter.segments(f, parsed.get(f));
        });
    }


    private static boolean sameLanguage(String a, String b) {
        return a.split("-")[0].equals(b.split("-")[0]);
    }

    public List<FileAnalysis> analyzeAll(String locale) {
        return pathsFor(locale).parallelStream().map(p -> analyze(locale, p)).toList();
    }

    private SourceFile read(Path file) {
        SourceFile known = loaded(file);
        if (known != null) {
            return known;
        }
        Problems problems = new Problems();
        SourceFile f = InputFiles.read(root, file, problems);
        problems.throwIfErrors();
        return f;
    }
}
