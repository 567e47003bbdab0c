package org.kring.translate;

import org.kring.segment.FileAnalysis;
import org.kring.segment.FileState;
import org.kring.segment.Segment;
import org.kring.segment.TranslationRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kring.ContentException;
import org.kring.Problem;
import org.kring.model.Language;
import org.kring.model.SourceFile;

/**
 * The two ways a team records a translation's source by hand: {@code accept} (this translation, edited in
 * Markdown, matches the current source) and {@code adapt} (start a deliberate local version of a file).
 */
public final class Recorder {
    private final TranslationProject project;

    public Recorder(TranslationProject project) {
        this.project = project;
    }

    /** A folder (courses/pregnancy-facilitator) stands for the content files in it. */
    private List<String> expand(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            String p = path.startsWith("content/") ? path.substring("content/".length()) : path;
            String folder = p.endsWith("/") ? p : p + "/";
            List<String> inside = project.contentPaths().stream().filter(c -> c.startsWith(folder)).toList();
            if (!p.endsWith(".md") && !inside.isEmpty()) {
                out.addAll(inside);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Records that the translations of {@code paths} (all when empty) were made from the current source.
     * An adaptation is re-based on the current source. Returns the files recorded.
     */
    public List<String> accept(String locale, List<String> paths) {
        project.language(locale);
        List<String> done = new ArrayList<>();
        // ui.yml stands for the interface strings, which UiStringsExchange records; the rest are content files.
        boolean namesUi = paths.contains(UiStringsExchange.PATH);
        List<String> content = paths.stream().filter(x -> !x.equals(UiStringsExchange.PATH)).toList();
        List<String> targets = paths.isEmpty() ? project.contentPaths() : expand(content);
        List<Problem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        if (paths.isEmpty() || namesUi) {
            Runnable ui = new UiStringsExchange(project).accept(locale, namesUi, problems);
            if (ui != null) {
                writes.add(ui);
                done.add(UiStringsExchange.PATH);
            }
        }
        for (String path : targets) {
            if (!project.contentPaths().contains(path)) {
                problems.add(Problem.error("content/" + path, 0, "no such content file"));
                continue;
            }
            FileAnalysis a = project.analyze(locale, path);
            if (a.status().state() == FileState.MISSING) {
                if (!paths.isEmpty()) {
                    problems.add(Problem.error("translations/" + locale + "/" + path, 0, "no translation to accept"));
                }
                continue;
            }
            if (!a.adapted() && a.translation().size() != a.source().size()) {
                problems.add(Problem.error("translations/" + locale + "/" + path, 0, "the translation has "
                        + a.translation().size() + " parts but the source " + a.source().size()
                        + "; give it the source's structure (or import a PO file) before accepting it"));
                continue;
            }
            List<TranslationRecord.Entry> entries = new ArrayList<>();
            for (int i = 0; i < a.source().size(); i++) {
                Segment s = a.source().get(i);
                String key = a.adapted() ? s.key() : a.translation().get(i).key();
                entries.add(new TranslationRecord.Entry(key, s.normalized()));
            }
            TranslationRecord r = new TranslationRecord(a.adapted(), List.copyOf(entries));
            writes.add(() -> r.write(project.recordPath(locale, path), "content/" + path));
            done.add(path);
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        writes.forEach(Runnable::run);
        return done;
    }

    /**
     * Starts a local version of {@code path} in {@code locale}: a copy of the nearest translation in the
     * language's fallback chain (or the source), marked {@code adapted: true}. Returns the new file.
     */
    public Path adapt(String locale, String path) {
        Language lang = project.language(locale);
        if (!project.contentPaths().contains(path)) {
            throw new ContentException(Problem.error("content/" + path, 0, "no such content file"
                    + org.kring.load.Suggestions.didYouMean(path, project.contentPaths())));
        }
        Path target = project.translationPath(locale, path);
        SourceFile existing = project.translation(locale, path);
        if (existing != null && FileAnalysis.isAdapted(existing.text())) {
            throw new ContentException(Problem.error("translations/" + locale + "/" + path, 0,
                    "is already an adaptation; edit it"));
        }
        SourceFile base = existing;
        for (String code : lang.fallback()) {
            if (base == null && !code.equals(project.config().sourceLanguage())) {
                base = project.translation(code, path);
            }
        }
        if (base == null) {
            base = project.source(path);
        }
        String text = base.text();
        String adapted = text.startsWith("---\n") ? "---\nadapted: true\n" + text.substring(4) : text;
        List<TranslationRecord.Entry> entries = new ArrayList<>();
        for (Segment s : project.segmenter().segments(project.source(path))) {
            entries.add(new TranslationRecord.Entry(s.key(), s.normalized()));
        }
        // Through a temporary file and a rename: never through a symbolic link into another file of the site.
        org.kring.write.AtomicWrite.write(target, adapted);
        new TranslationRecord(true, List.copyOf(entries)).write(project.recordPath(locale, path), "content/" + path);
        return target;
    }
}
