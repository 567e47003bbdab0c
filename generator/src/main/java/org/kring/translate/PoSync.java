package org.kring.translate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.load.InputFiles;
import org.kring.model.Language;
import org.kring.segment.FileAnalysis;
import org.kring.segment.FileStatus;
import org.kring.segment.Segment;

/**
 * {@code kring translate sync}: the gettext flow a translation platform (Weblate, Pontoon) works with, over
 * {@link PoRepository}'s {@code po/} folder. First it takes in what translators committed: every confirmed
 * PO entry that differs from the translation is imported through the {@link Importer} (all files checked
 * first; one error and nothing is written). Then it writes each file's template and brings every PO file up
 * to date with it like msgmerge ({@link PoMerge}), filling in what translations/ holds, so the PO files
 * always show the site's translations and the site always shows the confirmed PO entries.
 */
public final class PoSync {

    /**
     * What a sync did.
     *
     * @param imported  translations taken from PO files into translations/
     * @param written   files written (templates, PO files and records whose bytes changed)
     * @param unchanged templates and PO files left as they were
     * @param todo      per language, the entries still to translate or check (empty or fuzzy)
     */
    public record Result(List<String> locales, int imported, int written, int unchanged, Map<String, Integer> todo,
            List<String> notes) {
    }

    private final Supplier<TranslationProject> load;

    /** @param load reads the site; called again after an import has changed translations/ */
    public PoSync(Supplier<TranslationProject> load) {
        this.load = load;
    }

    /** Syncs {@code requested} languages, or every language that is not a regional variant of another. */
    public Result run(List<String> requested) {
        TranslationProject project = load.get();
        List<String> locales = requested.isEmpty() ? defaultLanguages(project)
                : requested.stream().distinct().toList();
        locales.forEach(project::language);
        Pass pass = new Pass(project, locales);
        pass.readCommitted();
        if (pass.takeIn()) {
            pass.reload(load.get());
        }
        pass.writeTemplates();
        pass.writePoFiles();
        return new Result(locales, pass.imported, pass.written, pass.unchanged, pass.todo, pass.notes);
    }

    /** One sync's state: what was read, what was taken in, what was written. */
    private static final class Pass {
        private TranslationProject project;
        private final List<String> locales;
        private final PoRepository repo;
        private final Problems problems = new Problems();
        private final List<String> notes = new ArrayList<>();
        /** Per language, the files it translates through PO files (see {@link #flow}). */
        private Map<String, Map<String, FileAnalysis>> flow;
        private final Map<String, PoCatalog> committed = new HashMap<>();
        private final Map<String, PoSyncRecord> records = new HashMap<>();
        private final Map<String, List<PoCatalog.Entry>> templates = new HashMap<>();
        private final Map<String, Integer> todo = new LinkedHashMap<>();
        private int imported;
        private int written;
        private int unchanged;

        Pass(TranslationProject project, List<String> locales) {
            this.project = project;
            this.locales = locales;
            this.repo = new PoRepository(project.root());
            this.flow = flow(project, locales);
        }

        /** Reads every PO file of the flow; one that cannot be read stops the sync before anything is written. */
        void readCommitted() {
            List<Path> files = repo.files(problems);
            for (String locale : locales) {
                Set<String> listed = new java.util.HashSet<>(repo.posOf(locale, files));
                for (String path : listed.stream().sorted().toList()) {
                    if (!flow.get(locale).containsKey(path)) {
                        notes.add(repo.name(repo.po(locale, path)) + ": left as it is: "
                                + whyNot(project, locale, path));
                    }
                }
                for (String path : flow.get(locale).keySet()) {
                    Path po = repo.po(locale, path);
                    if (listed.contains(path)) {
                        PoCatalog c = repo.read(po, problems);
                        if (c != null) {
                            checkLanguage(repo.name(po), c, locale, problems);
                            committed.put(key(locale, path), c);
                        }
                    }
                    records.put(key(locale, path), PoSyncRecord.read(repo.record(locale, path)));
                }
            }
            problems.throwIfErrors();
        }

        /** Imports the translators' new work; true when translations/ changed. */
        boolean takeIn() {
            Map<String, List<Message>> intake = new LinkedHashMap<>();
            Map<Message, String> origin = new HashMap<>();
            for (String locale : locales) {
                List<Message> messages = new ArrayList<>();
                for (FileAnalysis a : flow.get(locale).values()) {
                    PoCatalog c = committed.get(key(locale, a.path()));
                    if (c != null) {
                        chooseIntake(repo.name(repo.po(locale, a.path())), locale, c, a,
                                records.get(key(locale, a.path())), problems, messages, origin);
                    }
                }
                if (!messages.isEmpty()) {
                    intake.put(locale, messages);
                }
            }
            problems.throwIfErrors();
            boolean changed = false;
            if (!intake.isEmpty()) {
                for (Importer.Result r : new Importer(project).importMessages(intake, origin, problems)) {
                    imported += r.applied();
                    changed |= r.files() > 0;
                    notes.addAll(r.notes());
                }
            }
            return changed;
        }

        void reload(TranslationProject fresh) {
            project = fresh;
            flow = flow(fresh, locales);
        }

        void writeTemplates() {
            for (String path : project.contentPaths()) {
                List<PoCatalog.Entry> entries = PoTemplate.entries(path, project.sourceSegments(path));
                templates.put(path, entries);
                count(repo.write(repo.template(path), PoTemplate.pot(project.config().title(), path, entries).write()));
            }
            Set<String> contentPaths = Set.copyOf(project.contentPaths());
            for (Path pot : repo.files(new Problems())) {
                String stem = InputFiles.name(repo.dir(), pot).replaceFirst("\\.pot$", "");
                if (pot.toString().endsWith(".pot") && !contentPaths.contains(stem + ".md")) {
                    notes.add(repo.name(pot) + ": left as it is: content/" + stem + ".md no longer exists");
                }
            }
        }

        /** Every PO file merged with its template and filled from translations/, and its sync record. */
        void writePoFiles() {
            for (String locale : locales) {
                Language language = project.language(locale);
                Map<String, List<Message>> exported = null;
                int open = 0;
                for (FileAnalysis a : flow.get(locale).values()) {
                    String path = a.path();
                    PoCatalog old = committed.get(key(locale, path));
                    List<PoCatalog.Entry> before;
                    if (old != null) {
                        before = old.entries();
                    } else {
                        // No PO file yet: start from what the translation holds, outdated parts as fuzzy suggestions.
                        if (exported == null) {
                            exported = byPath(new Exporter(project).messages(locale, Exporter.Only.ALL));
                        }
                        before = exported.getOrDefault(path, List.of()).stream().map(PoSync::entry).toList();
                    }
                    PoCatalog.Entry header = old != null && old.header() != null ? old.header()
                            : PoTemplate.poHeader(project.config().title(), language, path);
                    PoSyncRecord record = records.get(key(locale, path));
                    Function<PoCatalog.Entry, String> markdown = e -> markdownOf(a, e);
                    List<PoCatalog.Entry> merged = PoMerge.merge(before, templates.get(path), replacedBy(a)).stream()
                            .map(e -> fill(e, markdown.apply(e), record)).toList();
                    open += (int) merged.stream().filter(e -> !e.obsolete() && (e.str().isEmpty() || e.fuzzy()))
                            .count();
                    Path po = repo.po(locale, path);
                    count(repo.write(po, new PoCatalog(header, merged).write()));
                    if (repo.write(repo.record(locale, path), PoSyncRecord.of(merged, markdown).text(repo.name(po)))) {
                        written++;
                    }
                }
                todo.put(locale, open);
            }
        }

        private void count(boolean wrote) {
            if (wrote) {
                written++;
            } else {
                unchanged++;
            }
        }
    }

    /** Languages a platform translates from the source: all but regional variants (nl-SR holds only what differs). */
    static List<String> defaultLanguages(TranslationProject project) {
        List<String> all = project.targetLanguages();
        return all.stream().filter(c -> !c.contains("-") || !all.contains(c.substring(0, c.indexOf('-')))).toList();
    }

    /**
     * Per language, the files it translates through PO files: all but adaptations (edited as a whole) and, for
     * a regional variant, files it shows from its parent language.
     */
    private static Map<String, Map<String, FileAnalysis>> flow(TranslationProject project, List<String> locales) {
        Map<String, Map<String, FileAnalysis>> out = new LinkedHashMap<>();
        for (String locale : locales) {
            Map<String, FileAnalysis> files = new LinkedHashMap<>();
            for (FileAnalysis a : project.analyzeAll(locale)) {
                if (!a.adapted() && a.status().from() == null) {
                    files.put(a.path(), a);
                }
            }
            out.put(locale, files);
        }
        return out;
    }

    private static String whyNot(TranslationProject project, String locale, String path) {
        if (!project.contentPaths().contains(path)) {
            return "content/" + path + " no longer exists (delete the file once its translations are not needed)";
        }
        if (!project.pathsFor(locale).contains(path)) {
            return "its course is not given in '" + locale + "'";
        }
        FileAnalysis a = project.analyze(locale, path);
        if (a.adapted()) {
            return "translations/" + locale + "/" + path + " is adapted for local use and edited as a whole";
        }
        return "'" + locale + "' shows this file from '" + a.status().from() + "'";
    }

    private static void checkLanguage(String name, PoCatalog c, String locale, Problems problems) {
        String lang = c.headerField("Language");
        if (lang != null && !lang.isEmpty() && !lang.replace('_', '-').equalsIgnoreCase(locale)) {
            problems.error(name, c.header().line(), "the header says 'Language: " + lang + "' but the file is in po/"
                    + locale + "/; move it or correct the header");
        }
    }

    /**
     * Chooses the entries of one committed PO file to import: confirmed, non-empty, for a text the source
     * still has, and different from the translation. When the sync record shows that the translation was
     * changed in translations/ since the last sync and the PO entry was not, the translation stays; when
     * both changed, differently, that is a conflict for a person to settle.
     */
    private static void chooseIntake(String name, String locale, PoCatalog c, FileAnalysis a, PoSyncRecord record,
            Problems problems, List<Message> out, Map<Message, String> origin) {
        Map<String, Segment> parts = new HashMap<>();
        Map<String, Segment> anyRole = new HashMap<>();
        for (Segment s : a.source()) {
            parts.putIfAbsent(FileAnalysis.knownKey(s), s);
            anyRole.putIfAbsent(s.normalized(), s);
        }
        for (PoCatalog.Entry e : c.active()) {
            if (e.str().isBlank() || e.fuzzy()) {
                continue;
            }
            String[] ctx = Message.splitContext(e.context());
            if (ctx[0] == null || !ctx[0].equals(a.path())) {
                problems.error(name, e.line(), "this entry's msgctxt names '" + ctx[0] + "', but the file is the PO "
                        + "file of '" + a.path() + "'; entries must stay in their own file");
                continue;
            }
            String text = Segment.normalize(e.id());
            Segment s = ctx[1] != null ? parts.get(FileAnalysis.knownKey(ctx[1], text)) : anyRole.get(text);
            if (s == null) {
                continue; // the source changed since: the merge keeps it as a fuzzy suggestion or obsolete
            }
            String now = a.translationOf(s);
            if (now != null && Segment.normalize(now).equals(Segment.normalize(e.str()))) {
                continue;
            }
            if (now != null && record != null && record.knows(e) && !record.markdownUnchanged(e, now)) {
                if (!record.poUnchanged(e)) {
                    problems.error(name, e.line(), "this entry and translations/" + locale + "/" + a.path()
                            + " both changed since the last sync, differently (the Markdown says \""
                            + Problem.excerpt(Segment.normalize(now), 60)
                            + "\"); keep one: put that text in this entry, or "
                            + "this entry's text in the Markdown");
                }
                continue; // only the Markdown changed: it is the newer text, and the merge writes it here
            }
            Message m = new Message(a.path(), ctx[1], e.id(), e.str(), false, null, List.of(), List.of(), e.line());
            out.add(m);
            origin.put(m, name);
        }
    }

    /**
     * An updated entry with what translations/ holds for its text: a confirmed entry always shows the
     * translation (they agree after the intake, or the Markdown is newer); a fuzzy one is the translator's
     * draft and stays, unless the sync record shows the Markdown was translated since and the draft was not
     * touched.
     */
    private static PoCatalog.Entry fill(PoCatalog.Entry e, String markdown, PoSyncRecord record) {
        if (e.obsolete() || markdown == null || (markdown.equals(e.str()) && !e.fuzzy())) {
            return e;
        }
        if (!e.fuzzy() || e.str().isEmpty()) {
            return e.withStr(markdown, false);
        }
        boolean markdownNewer = record != null && record.knows(e) && record.poUnchanged(e)
                && !record.markdownUnchanged(e, markdown);
        return markdownNewer ? e.withStr(markdown, false) : e;
    }

    /** The translation in translations/ of an entry's text in its role, normalised, or null. */
    private static String markdownOf(FileAnalysis a, PoCatalog.Entry e) {
        String[] ctx = Message.splitContext(e.context());
        String t = ctx[1] == null ? null : a.known().get(FileAnalysis.knownKey(ctx[1], Segment.normalize(e.id())));
        return t == null ? null : Segment.normalize(t);
    }

    /** For an entry, the old source text its part replaced, as the translation record tells (or null). */
    private static Function<PoCatalog.Entry, String> replacedBy(FileAnalysis a) {
        Map<String, String> roles = new HashMap<>();
        a.source().forEach(s -> roles.put(s.key(), s.context()));
        Map<String, String> before = new HashMap<>();
        for (FileStatus.Change c : a.status().changes()) {
            if (c.before() != null) {
                before.putIfAbsent(FileAnalysis.knownKey(roles.get(c.key()), c.after()), c.before());
            }
        }
        return e -> {
            String[] ctx = Message.splitContext(e.context());
            return before.get(FileAnalysis.knownKey(ctx[1], e.id()));
        };
    }

    private static Map<String, List<Message>> byPath(List<Message> messages) {
        Map<String, List<Message>> out = new HashMap<>();
        messages.forEach(m -> out.computeIfAbsent(m.path(), k -> new ArrayList<>()).add(m));
        return out;
    }

    /** An exported message as a PO entry (an outdated one is fuzzy, with the text it was translated from). */
    private static PoCatalog.Entry entry(Message m) {
        return new PoCatalog.Entry(List.of(), m.comments(), m.references(), m.needsReview() ? List.of("fuzzy")
                : List.of(), m.previous() != null ? m.context() : null, m.previous(), m.context(), m.source(),
                m.target(), false, 0);
    }

    private static String key(String locale, String path) {
        return locale + '\u0000' + path;
    }

}
