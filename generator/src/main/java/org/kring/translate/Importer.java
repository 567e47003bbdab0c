package org.kring.translate;

import org.kring.segment.FileAnalysis;
import org.kring.segment.FileStatus;
import org.kring.segment.Segment;
import org.kring.segment.Segmenter;
import org.kring.segment.TranslationRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.load.InputFiles;
import org.kring.model.SourceFile;

/**
 * Takes translators' work back in. Every entry is checked first (the file it names exists, the inline
 * Markdown survived); a file with any error writes nothing. Then each translation file is updated in
 * place where its structure still matches the source (untouched text stays byte for byte), or rebuilt on
 * the source's structure where the source changed, and its record is written. Adaptations are never
 * touched.
 */
public final class Importer {
    /** What an import did. */
    public record Result(String locale, int files, int applied, int skipped, List<String> notes) {
    }

    private final TranslationProject project;
    private final boolean force;

    public Importer(TranslationProject project) {
        this(project, false);
    }

    /**
     * @param force replace translations that were changed in the translation files since the exchange file was
     *              exported and that the exchange file changes too (without it, such an entry is an error)
     */
    public Importer(TranslationProject project, boolean force) {
        this.project = project;
        this.force = force;
    }

    /** Reads a PO or XLIFF file; its language comes from the file itself. */
    public static Parsed parse(Path file, Problems problems) {
        String name = file.toString();
        SourceFile f = InputFiles.read(file.toAbsolutePath().getParent(), file.toAbsolutePath(), problems);
        if (f == null) {
            return null;
        }
        String text = f.text();
        if (name.endsWith(".po") || name.endsWith(".pot")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"Language: ([^\\\\\"]+)\\\\n\"").matcher(text);
            // gettext writes region codes with an underscore (nl_SR); the site says nl-SR.
            String lang = m.find() ? m.group(1).strip().replace('_', '-') : null;
            if (lang == null) {
                problems.error(name, 1, "the PO header has no 'Language:' line");
            }
            return new Parsed(lang, PoFile.read(name, text, problems));
        }
        if (name.endsWith(".xlf") || name.endsWith(".xliff")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("trgLang=\"([^\"]+)\"").matcher(text);
            String lang = m.find() ? m.group(1) : null;
            if (lang == null) {
                problems.error(name, 1, "the XLIFF file has no trgLang");
            }
            return new Parsed(lang, XliffFile.read(name, text, problems));
        }
        problems.error(name, 0, "not a PO (.po) or XLIFF (.xlf, .xliff) file");
        return null;
    }

    /** The language folder an exchange file lies in ({@code translations/uk/uk.po} gives uk), or null. */
    private static String languageFolder(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getParent().getFileName() != null && p.getParent().getFileName().toString().equals("translations")) {
                return p.getFileName().toString();
            }
        }
        return null;
    }

    /** Messages of one exchange file and the language they are in. */
    public record Parsed(String locale, List<Message> messages) {
    }

    public List<Result> importFiles(List<Path> files, Problems problems) {
        Map<String, List<Message>> byLocale = new LinkedHashMap<>();
        Map<Message, String> origin = new HashMap<>();
        for (Path f : files) {
            Parsed p = parse(f, problems);
            if (p == null || p.locale() == null) {
                continue;
            }
            String folder = languageFolder(f);
            if (folder != null && !folder.equals(p.locale()) && project.config().language(folder) != null) {
                problems.error(f.toString(), 1, "this file is in translations/" + folder + "/ but its header says "
                        + "'Language: " + p.locale() + "'; correct the header (or move the file) so one language's "
                        + "work does not overwrite another's");
                continue;
            }
            if (!project.targetLanguages().contains(p.locale())) {
                problems.error(f.toString(), 1, "language '" + p.locale() + "' is not one of the site's languages ("
                        + String.join(", ", project.targetLanguages()) + ")");
                continue;
            }
            byLocale.computeIfAbsent(p.locale(), k -> new ArrayList<>()).addAll(p.messages());
            p.messages().forEach(m -> origin.put(m, f.toString()));
        }
        problems.throwIfErrors();
        return importMessages(byLocale, origin, problems);
    }

    /**
     * Imports messages that were read already, per language; {@code origin} names the file each one came
     * from, for problems. The same checks as for files: nothing is written unless every message passes.
     * The repository flow ({@link PoSync}) reads its PO files itself and passes only what changed.
     */
    public List<Result> importMessages(Map<String, List<Message>> byLocale, Map<Message, String> origin,
            Problems problems) {
        Set<String> paths = Set.copyOf(project.contentPaths());
        List<Write> writes = new ArrayList<>();
        List<UiStringsExchange.Plan> interfacePlans = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, List<Message>> e : byLocale.entrySet()) {
            String locale = e.getKey();
            Map<String, Map<String, Message>> byPath = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            int skipped = 0;
            int kept = 0;
            List<Message> interfaceEntries = new ArrayList<>();
            for (Message m : e.getValue()) {
                String file = origin.get(m);
                if (UiStringsExchange.isInterface(m)) {
                    interfaceEntries.add(m); // interface strings are checked and written on their own, below
                    continue;
                }
                if (!paths.contains(m.path())) {
                    problems.error(file, m.line(), "no content file '" + m.path() + "'"
                            + org.kring.load.Suggestions.didYouMean(m.path(), paths));
                    continue;
                }
                if (m.needsReview() || m.target().isBlank()) {
                    skipped++;
                    continue;
                }
                String why = InlineCheck.problem(m.source(), m.target());
                if (why != null) {
                    problems.error(file, m.line(), why + " (" + m.path() + ": \""
                            + Problem.excerpt(m.source(), 60) + "\")");
                    continue;
                }
                byPath.computeIfAbsent(m.path(), k -> new LinkedHashMap<>()).put(key(m.role(), m.source()), m);
            }
            int updatedFiles = 0;
            int applied = 0;
            for (Map.Entry<String, Map<String, Message>> pe : byPath.entrySet()) {
                FileAnalysis a = project.analyze(locale, pe.getKey());
                if (a.adapted()) {
                    notes.add("translations/" + locale + "/" + pe.getKey() + " is adapted for local use: not changed");
                    skipped += pe.getValue().size();
                    continue;
                }
                Map<String, String> imported = new HashMap<>();
                Map<String, String[]> stale = new HashMap<>();
                Map<String, FileStatus.Change> changes = new HashMap<>();
                a.status().changes().forEach(c -> changes.put(c.key(), c));
                for (Map.Entry<String, Message> me : pe.getValue().entrySet()) {
                    Message m = me.getValue();
                    Segment part = a.source().stream().filter(s -> matches(m, s)).findFirst().orElse(null);
                    boolean exists = part != null;
                    FileStatus.Change replaced = exists ? null : replacedBy(a, m);
                    Segment changed = exists ? part : replaced == null ? null
                            : a.source().stream().filter(s -> s.key().equals(replaced.key())).findFirst().orElse(null);
                    if (changed != null) {
                        String current = Exporter.exportedTarget(a, changed, exists ? changes.get(part.key()) : replaced);
                        ExportBase.Verdict v = ExportBase.of(m, current);
                        if (v == ExportBase.Verdict.UNTOUCHED) {
                            kept++; // corrected in the file since the export, not in the exchange file: the file's stays
                            continue;
                        }
                        if (v == ExportBase.Verdict.CONFLICT) {
                            String where = "translations/" + locale + "/" + a.path() + lineOf(a, current);
                            if (!force) {
                                problems.error(origin.get(m), m.line(), "the translation of this text in " + where
                                        + " was changed after this file was exported (now \""
                                        + Problem.excerpt(current, 60)
                                        + "\"), and this entry changes it to something else; write the text you want "
                                        + "in this entry, or import with --force to replace the file's text");
                                continue;
                            }
                            notes.add(origin.get(m) + ":" + m.line() + ": replaced a translation changed in " + where
                                    + " since the export (--force)");
                        }
                    }
                    if (exists) {
                        imported.put(me.getKey(), m.target());
                    } else if (replaced != null) {
                        // Translated from an English text that has changed since the export: keep the work, in
                        // its place, recorded as made from the old text, so it shows as outdated to review.
                        stale.put(replaced.key(), new String[] {m.target(), replaced.before()});
                        notes.add(origin.get(m) + ":" + m.line() + ": the English of this entry changed since it was "
                                + "exported; the translation was kept and marked outdated (content/" + a.path() + ":"
                                + replaced.line() + ")");
                    } else {
                        skipped++;
                        notes.add(origin.get(m) + ":" + m.line() + ": not applied: its English text is no longer in "
                                + "content/" + a.path() + " (the translation stays in this file)");
                    }
                }
                Write w = update(locale, a, imported, stale, problems, origin, pe.getValue());
                if (w != null) {
                    writes.add(w);
                    updatedFiles++;
                    applied += imported.size() + stale.size();
                }
            }
            UiStringsExchange.Plan ui = new UiStringsExchange(project).plan(locale, interfaceEntries, origin, force,
                    problems);
            interfacePlans.add(ui);
            notes.addAll(ui.notes());
            kept += ui.kept();
            if (kept > 0) {
                notes.add(kept + (kept == 1 ? " entry was" : " entries were") + " left as the translation files have "
                        + "them: corrected there after the export, and unchanged in the exchange file");
            }
            results.add(new Result(locale, updatedFiles + ui.files(), applied + ui.applied(),
                    skipped + kept + ui.skipped(), notes));
        }
        problems.throwIfErrors();
        for (Write w : writes) {
            w.commit();
        }
        interfacePlans.forEach(UiStringsExchange.Plan::commit);
        return results;
    }

    /**
     * The key of an imported entry: its role and its text. An entry from a file written before roles were
     * exported (no role) applies to the text in any role.
     */
    private static String key(String role, String source) {
        return (role == null ? "*" : role) + "\u0000" + Segment.normalize(source);
    }

    private static boolean matches(Message m, Segment s) {
        return s.normalized().equals(Segment.normalize(m.source())) && (m.role() == null || m.role().equals(s.context()));
    }

    /** What was imported for a part of the source, or null. */
    private static String importedFor(Map<String, String> imported, Segment s) {
        String t = imported.get(key(s.context(), s.normalized()));
        return t != null ? t : imported.get(key(null, s.normalized()));
    }

    /** A translation file and its record to write, once every file has been checked. */
    private record Write(Path file, String text, Path recordFile, String record) {
        void commit() {
            write(file, text);
            write(recordFile, record);
        }

        private static void write(Path file, String text) {
            org.kring.write.AtomicWrite.write(file, text);
        }
    }

    /**
     * The current part whose English replaced the text this entry was translated from, or null: the part the
     * status pairs with that old text; else the only part of the file in the entry's role (a title, a
     * description); else the part in that role at the line the entry was exported from.
     */
    private static FileStatus.Change replacedBy(FileAnalysis a, Message m) {
        String old = Segment.normalize(m.source());
        for (FileStatus.Change c : a.status().changes()) {
            if (old.equals(c.before())) {
                return c;
            }
        }
        if (m.role() == null) {
            return null;
        }
        List<Segment> sameRole = a.source().stream().filter(s -> m.role().equals(s.context())).toList();
        Segment target = sameRole.size() == 1 ? sameRole.get(0) : null;
        for (String ref : m.references()) {
            int colon = ref.lastIndexOf(':');
            if (target == null && colon > 0 && ref.substring(0, colon).equals("content/" + a.path())) {
                int line = Integer.parseInt(ref.substring(colon + 1).strip());
                target = sameRole.stream().filter(s -> s.line() == line).findFirst().orElse(null);
            }
        }
        if (target == null) {
            return null;
        }
        String key = target.key();
        if (a.translationOf(target) != null && a.status().changes().stream().noneMatch(c -> c.key().equals(key))) {
            return null; // that part is translated and up to date: leave it
        }
        return new FileStatus.Change(key, target.line(), old, target.normalized());
    }

    /**
     * @param stale translations of English texts that changed since the export, by the key of the part that
     *              replaced them: {translation, the old English}
     */
    private Write update(String locale, FileAnalysis a, Map<String, String> imported, Map<String, String[]> stale,
            Problems problems, Map<Message, String> origin, Map<String, Message> messages) {
        List<Segment> src = a.source();
        boolean inPlace = sameStructure(a.translation(), src);
        boolean recordAligned = a.record() != null && a.record().entries().size() == a.translation().size();
        List<TranslationRecord.Entry> record = new ArrayList<>();
        TextEdits edits = new TextEdits();
        String base;
        if (inPlace) {
            // The translation still has the source's parts, one by one: change only what was imported (and
            // drop structure an older import or a hand copy left in it: it comes from the source).
            SourceFile own = project.translation(locale, a.path());
            base = own.text();
            Segmenter.structure(own).forEach(edits::cut);
            for (int i = 0; i < src.size(); i++) {
                Segment s = src.get(i);
                Segment t = a.translation().get(i);
                String text = importedFor(imported, s);
                String[] old = stale.get(s.key());
                String from;
                if (text != null) {
                    if (!Segment.normalize(text).equals(t.normalized())) {
                        edits.replace(t, text);
                    }
                    from = s.normalized();
                } else if (old != null) {
                    if (!Segment.normalize(old[0]).equals(t.normalized())) {
                        edits.replace(t, old[0]);
                    }
                    from = old[1];
                } else if (recordAligned) {
                    from = a.record().entries().get(i).source();
                } else {
                    from = a.translationOf(s) != null ? s.normalized() : null;
                }
                record.add(new TranslationRecord.Entry(t.key(), from));
            }
        } else {
            // The source's structure changed (or there is no translation yet): build the file on the source,
            // with every part that has a translation translated.
            SourceFile source = project.source(a.path());
            base = source.text();
            Segmenter.structure(source).forEach(edits::cut);
            for (Segment s : src) {
                String text = importedFor(imported, s);
                if (text == null) {
                    text = a.translationOf(s);
                }
                String[] old = text == null ? stale.get(s.key()) : null;
                if (old != null) {
                    edits.replace(s, old[0]);
                    record.add(new TranslationRecord.Entry(s.key(), old[1]));
                    continue;
                }
                if (text != null) {
                    edits.replace(s, text);
                }
                record.add(new TranslationRecord.Entry(s.key(), text != null ? s.normalized() : null));
            }
        }
        String updated = edits.apply(base);
        Path target = project.translationPath(locale, a.path());
        // The new file must have the same parts as the source: a translation must not change the structure.
        List<Segment> check = project.segmenter().segments(new SourceFile(target, "translations/" + locale + "/"
                + a.path(), updated));
        if (check.size() != src.size()) {
            Message any = messages.values().iterator().next();
            problems.error(origin.get(any), any.line(), "a translation for " + a.path()
                    + " changes the file's structure (for example a text that starts with '-' or '#'); "
                    + "nothing was written");
            return null;
        }
        TranslationRecord r = new TranslationRecord(false, List.copyOf(record));
        String name = "content/" + a.path();
        Path recordFile = project.recordPath(locale, a.path());
        try {
            if (Files.exists(target) && Files.readString(target).equals(updated) && Files.exists(recordFile)
                    && Files.readString(recordFile).equals(r.toYaml(name))) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Write(target, updated, recordFile, r.toYaml(name));
    }

    /** True when the translation has the source's parts in the same places (their texts may differ). */
    private static boolean sameStructure(List<Segment> translation, List<Segment> source) {
        if (translation.size() != source.size() || translation.isEmpty()) {
            return false;
        }
        for (int i = 0; i < source.size(); i++) {
            if (!translation.get(i).key().equals(source.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    /** ":line" of the translation file's part with this text, or "" when the file has none. */
    private static String lineOf(FileAnalysis a, String text) {
        String n = Segment.normalize(text);
        return a.translation().stream().filter(t -> t.normalized().equals(n)).findFirst()
                .map(t -> ":" + t.line()).orElse("");
    }

}
