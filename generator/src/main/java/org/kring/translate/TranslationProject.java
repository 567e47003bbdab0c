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
import org.kring.load.SiteConfigReader;
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
    private final Segmenter segmenter = new Segmenter();
    /** Files a build already read (absolute path → file) and their parsed bodies, so nothing is read twice. */
    private final java.util.Map<Path, SourceFile> loaded = new java.util.HashMap<>();
    private final java.util.Map<SourceFile, org.kring.model.Markdown> parsed = new java.util.IdentityHashMap<>();
    private final java.util.Map<String, List<String>> courseLanguages = new java.util.HashMap<>();

    /** The project of a site a build has loaded: its files and bodies are taken from the model. */
    public TranslationProject(org.kring.model.Curriculum curriculum) {
        this.root = curriculum.root().toAbsolutePath().normalize();
        this.config = curriculum.config();
        if (curriculum.source() != null) {
            curriculum.source().courses().forEach(c -> courseLanguages.put(c.id(), c.languageCodes()));
        }
        for (org.kring.model.LocalizedContent l : curriculum.locales()) {
            for (Object doc : l.documents()) {
                SourceFile f = org.kring.model.Documents.origin(doc).file();
                loaded.put(f.path().toAbsolutePath().normalize(), f);
                org.kring.model.Markdown body = org.kring.model.Documents.body(doc);
                if (body != null && body.file() == f) {
                    parsed.put(f, body);
                }
            }
        }
    }

    public TranslationProject(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Problems problems = new Problems();
        Path siteYml = this.root.resolve("site.yml");
        if (!Files.isRegularFile(siteYml)) {
            throw new ContentException(Problem.error("site.yml", 0, "no site.yml in " + this.root));
        }
        SourceFile f = InputFiles.read(this.root, siteYml, problems);
        SiteConfig c = f == null ? null : SiteConfigReader.read(f, problems);
        problems.throwIfErrors();
        this.config = c;
    }

    public Path root() {
        return root;
    }

    public SiteConfig config() {
        return config;
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

    /** Paths of the Markdown files under content/, e.g. {@code topics/nutrition.md}, sorted. */
    public List<String> contentPaths() {
        List<String> out = new ArrayList<>();
        Path content = root.resolve("content");
        for (Path p : InputFiles.list(content)) {
            String rel = InputFiles.name(content, p);
            if (rel.endsWith(".md")) {
                out.add(rel);
            }
        }
        return out;
    }

    /**
     * The files a language translates: every content file except those of a course that is not given in
     * that language (its {@code languages} leave it out), which no team needs to translate.
     */
    public List<String> pathsFor(String locale) {
        return contentPaths().stream().filter(path -> {
            java.util.regex.Matcher m = COURSE_FILE.matcher(path);
            if (!m.matches()) {
                return true;
            }
            List<String> languages = courseLanguages(m.group(1));
            return languages.isEmpty() || languages.contains(locale);
        }).toList();
    }

    private static final java.util.regex.Pattern COURSE_FILE = java.util.regex.Pattern.compile("courses/([^/]+)/.+");

    /**
     * The languages a course is given in (empty: all), as {@link org.kring.model.Course#givenIn} reads them:
     * from the model when a build loaded the site, else from the course file's front matter, once.
     */
    private synchronized List<String> courseLanguages(String course) {
        return courseLanguages.computeIfAbsent(course, c -> {
            Path file = root.resolve("content").resolve("courses").resolve(c).resolve("index.md");
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            String text = source("courses/" + c + "/index.md").text();
            int close = text.startsWith("---\n") ? Segmenter.closingLine(text) : -1;
            try {
                Object yaml = close < 0 ? null : new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.LoaderOptions())
                        .load(text.substring(4, close));
                if (yaml instanceof java.util.Map<?, ?> map && map.get("languages") instanceof List<?> languages) {
                    return languages.stream().map(String::valueOf).toList();
                }
            } catch (RuntimeException e) {
                // the build reports it with its line
            }
            return List.of();
        });
    }

    public SourceFile source(String path) {
        return read(root.resolve("content").resolve(path));
    }

    public Path translationPath(String locale, String path) {
        return root.resolve("translations").resolve(locale).resolve(path);
    }

    public SourceFile translation(String locale, String path) {
        Path p = translationPath(locale, path);
        SourceFile f = loaded.get(p);
        return f != null ? f : Files.isRegularFile(p) ? read(p) : null;
    }

    public Path recordPath(String locale, String path) {
        return TranslationRecord.pathFor(root.resolve("translations"), locale, path);
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
        return FileAnalysis.of(path, sourceSegments(path), own, record(locale, path), segmenter);
    }

    /**
     * Where a file stands, as cheaply as possible: a translation without a record (made by hand, not yet
     * accepted) is taken as translated without reading it closely, as the build does.
     */
    public org.kring.segment.FileStatus status(String locale, String path) {
        Path t = translationPath(locale, path);
        SourceFile own = loaded.containsKey(t) || Files.isRegularFile(t) ? translation(locale, path) : null;
        if (own != null && !Files.isRegularFile(recordPath(locale, path))) {
            if (!FileAnalysis.isAdapted(own.text())) {
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

    /** Forgets what was read of these files, after they changed. */
    public void forget(java.util.Collection<String> paths) {
        paths.forEach(sourceSegments::remove);
    }

    private static boolean sameLanguage(String a, String b) {
        return a.split("-")[0].equals(b.split("-")[0]);
    }

    public List<FileAnalysis> analyzeAll(String locale) {
        return pathsFor(locale).parallelStream().map(p -> analyze(locale, p)).toList();
    }

    private SourceFile read(Path file) {
        SourceFile known = loaded.get(file);
        if (known != null) {
            return known;
        }
        Problems problems = new Problems();
        SourceFile f = InputFiles.read(root, file, problems);
        problems.throwIfErrors();
        return f;
    }
}
