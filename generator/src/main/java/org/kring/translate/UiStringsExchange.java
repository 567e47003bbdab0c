package org.kring.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.i18n.PluralForms;
import org.kring.i18n.UiPatternCheck;
import org.kring.i18n.UiTable;
import org.kring.i18n.UiTableReader;
import org.kring.load.InputFiles;
import org.kring.model.SourceFile;
import org.kring.segment.FileStatus;
import org.kring.segment.Segment;
import org.kring.segment.TranslationRecord;

/**
 * The interface strings in the translation workflow, so a team translates them in the same PO or XLIFF file
 * as the content instead of editing YAML by hand: one entry per string (msgctxt {@code ui.yml|session.agenda},
 * msgid the English, msgstr the language's own text), a note on every plural with the forms the language
 * needs; import checks each text as the build does (ICU syntax, plural forms, the English placeholders) and
 * writes accepted ones into {@code translations/<code>/ui.yml} in place; status counts the strings as one
 * more file. The content classes call in here and know nothing else about interface strings.
 */
public final class UiStringsExchange {
    /** The "file" of interface strings in exchange files and in the status, as {@code translations/<code>/ui.yml}. */
    public static final String PATH = "ui.yml";
    /** Its section in the status. */
    public static final String SECTION = "interface";
    /** The English strings, as translators and references name them. */
    public static final String SOURCE = "templates/i18n/en.yml";

    private final TranslationProject project;

    public UiStringsExchange(TranslationProject project) {
        this.project = project;
    }

    /** True for an exchange entry of an interface string (its msgctxt starts with ui.yml). */
    public static boolean isInterface(Message m) {
        return PATH.equals(m.path());
    }

    /**
     * Where a change in a status file is, for people: the content file and line, or for the interface the
     * string's key (as the exchange file's msgctxt names it).
     */
    public static String where(String path, FileStatus.Change change) {
        return PATH.equals(path) ? PATH + "|" + change.key() : "content/" + path + ":" + change.line();
    }

    /** The interface as one file of the language's status. */
    public FileStatus status(String locale) {
        return UiStringsAnalysis.of(project, locale).status();
    }

    /** The interface strings to export, chosen the way content parts are. */
    public List<Message> messages(String locale, Exporter.Only only) {
        UiStringsAnalysis a = UiStringsAnalysis.of(project, locale);
        List<Message> out = new ArrayList<>();
        for (UiStringsAnalysis.Key k : a.keys()) {
            boolean outdated = k.state() == UiStringsAnalysis.State.OUTDATED;
            boolean missing = k.state() == UiStringsAnalysis.State.MISSING;
            boolean wanted = switch (only) {
                case ALL -> true;
                case MISSING -> missing;
                case OUTDATED -> outdated;
                case TODO -> missing || outdated;
            };
            if (!wanted) {
                continue;
            }
            List<String> comments = new ArrayList<>(hints(locale, k.english()));
            String target = exportedTarget(k);
            if (k.state() == UiStringsAnalysis.State.INHERITED) {
                comments.add(locale + " shows the " + k.inheritedFrom() + " text; change it only where " + locale
                        + " should differ");
            }
            comments.add(ExportBase.comment(target));
            List<String> refs = new ArrayList<>();
            refs.add(k.englishFile() + ":" + k.englishLine());
            if (k.own() != null) {
                refs.add("translations/" + locale + "/" + PATH + ":" + k.ownLine());
            }
            out.add(new Message(PATH, k.key(), k.english(), target, outdated, outdated ? k.recorded() : null,
                    List.copyOf(comments), List.copyOf(refs), 0));
        }
        return out;
    }

    /**
     * The text a key is exported with: the language's own, else (a variant showing its parent's text) the
     * parent's, so a translator changes only what should differ; else none.
     */
    private static String exportedTarget(UiStringsAnalysis.Key k) {
        if (k.state() == UiStringsAnalysis.State.INHERITED) {
            return k.inherited();
        }
        return k.own() != null ? k.own() : "";
    }

    /**
     * What a translator must know about an English pattern in {@code locale}: the plural forms the language
     * needs (from CLDR) with numbers that take each, and the placeholders to keep.
     */
    static List<String> hints(String locale, String english) {
        List<String> out = new ArrayList<>();
        List<String[]> plurals = UiPatternCheck.plurals(english);
        Set<String> pluralNames = new LinkedHashSet<>();
        for (String type : List.of("plural", "selectordinal")) {
            List<String> names = plurals.stream().filter(p -> p[1].equals(type)).map(p -> p[0]).toList();
            if (names.isEmpty()) {
                continue;
            }
            pluralNames.addAll(names);
            PluralForms forms = type.equals("plural") ? PluralForms.of(locale) : PluralForms.ordinal(locale);
            String kind = type.equals("plural") ? "Plural forms" : "Ordinal forms";
            String which = forms.known() ? String.join(", ", forms.forms())
                    : "other only (Kring knows no plural rules for " + locale + ")";
            StringBuilder hint = new StringBuilder(kind).append(" for ").append(locale).append(": ").append(which)
                    .append(" — write ").append(forms.template(names.get(0), type));
            if (names.size() > 1) {
                hint.append("; the same for ").append(String.join(", ", names.subList(1, names.size()).stream()
                        .map(n -> "{" + n + "}").toList()));
            }
            out.add(hint.toString());
            if (forms.known()) {
                out.add("Numbers per form in " + locale + ": " + forms.examples());
            }
        }
        List<String> keep = new ArrayList<>();
        for (String arg : UiPatternCheck.arguments(english)) {
            if (!pluralNames.contains(arg)) {
                keep.add("{" + arg + "}");
            }
        }
        if (!keep.isEmpty()) {
            out.add("Keep " + String.join(", ", keep) + " as " + (keep.size() == 1 ? "it is" : "they are"));
        }
        return out;
    }

    /**
     * What an import of interface entries will do. Nothing is written until {@link #commit}, which the
     * importer calls only when every entry of every file passed.
     */
    public static final class Plan {
        private final int applied;
        private final int skipped;
        private final int kept;
        private final List<String> notes;
        private final Runnable write;

        Plan(int applied, int skipped, int kept, List<String> notes, Runnable write) {
            this.applied = applied;
            this.skipped = skipped;
            this.kept = kept;
            this.notes = List.copyOf(notes);
            this.write = write;
        }

        /** Entries the translator left as exported while ui.yml was corrected since: ui.yml's text stays. */
        public int kept() {
            return kept;
        }

        /** Strings taken in (changed, added, or confirmed after an English change). */
        public int applied() {
            return applied;
        }

        /** Entries left out: empty, fuzzy, or made from an English that changed since. */
        public int skipped() {
            return skipped;
        }

        public List<String> notes() {
            return notes;
        }

        /** 1 when ui.yml (or its record) will be written, else 0. */
        public int files() {
            return write == null ? 0 : 1;
        }

        public void commit() {
            if (write != null) {
                write.run();
            }
        }
    }

    /**
     * Checks the interface entries of one language ({@code origin}: the exchange file each came from) and
     * prepares the new ui.yml and its record. Problems name the exchange file and line of the entry.
     */
    public Plan plan(String locale, List<Message> messages, Map<Message, String> origin, boolean force,
            Problems problems) {
        if (messages.isEmpty()) {
            return new Plan(0, 0, 0, List.of(), null);
        }
        UiStringsAnalysis a = UiStringsAnalysis.of(project, locale);
        Map<String, String> set = new LinkedHashMap<>();
        Set<String> confirmed = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        int skipped = 0;
        int kept = 0;
        boolean failed = false;
        for (Message m : messages) {
            String file = origin.get(m);
            UiStringsAnalysis.Key k = m.role() == null ? null : a.key(m.role());
            if (m.role() == null) {
                problems.error(file, m.line(), "an interface string needs its key: msgctxt \"" + PATH
                        + "|KEY\" (in XLIFF, the unit's name)");
                failed = true;
                continue;
            }
            if (k == null) {
                List<String> known = a.keys().stream().map(UiStringsAnalysis.Key::key).toList();
                problems.error(file, m.line(), "no interface string '" + m.role() + "' in " + SOURCE
                        + org.kring.load.Suggestions.didYouMean(m.role(), known));
                failed = true;
                continue;
            }
            if (m.needsReview() || m.target().isBlank()) {
                skipped++;
                continue;
            }
            if (!Segment.normalize(m.source()).equals(Segment.normalize(k.english()))) {
                skipped++;
                notes.add(file + ":" + m.line() + ": the English of '" + k.key() + "' changed since this file was "
                        + "exported; export again for the new text");
                continue;
            }
            ExportBase.Verdict verdict = ExportBase.of(m, exportedTarget(k));
            if (verdict == ExportBase.Verdict.UNTOUCHED) {
                kept++;
                continue;
            }
            if (verdict == ExportBase.Verdict.CONFLICT) {
                String where = "translations/" + locale + "/" + PATH + (k.own() != null ? ":" + k.ownLine() : "");
                if (!force) {
                    problems.error(file, m.line(), "'" + k.key() + "' was changed in " + where + " after this file was "
                            + "exported, and this entry changes it to something else; write the text you want in "
                            + "this entry, or import with --force to replace the file's text");
                    failed = true;
                    continue;
                }
                notes.add(file + ":" + m.line() + ": replaced '" + k.key() + "', changed in " + where
                        + " since the export (--force)");
            }
            String target = m.target();
            String why = UiPatternCheck.problem(locale, k.key(), target);
            if (why == null) {
                why = UiPatternCheck.placeholderProblem(k.key(), target, k.english());
            }
            if (why != null) {
                problems.error(file, m.line(), why);
                failed = true;
                continue;
            }
            if (target.equals(k.own())) {
                if (k.state() == UiStringsAnalysis.State.OUTDATED) {
                    confirmed.add(k.key()); // still right for the new English: only the record changes
                }
                set.remove(k.key());
            } else if (k.own() == null && target.equals(k.inherited())) {
                set.remove(k.key()); // the parent's text, which the variant shows anyway: nothing to write
            } else {
                set.put(k.key(), target);
                confirmed.remove(k.key());
            }
        }
        if (failed || set.isEmpty() && confirmed.isEmpty()) {
            return new Plan(0, skipped, kept, notes, null);
        }
        // New strings go into the file in the English order, whatever order the translator's tool kept.
        Map<String, String> inOrder = new LinkedHashMap<>();
        for (UiStringsAnalysis.Key k : a.keys()) {
            if (set.containsKey(k.key())) {
                inOrder.put(k.key(), set.get(k.key()));
            }
        }
        set = inOrder;
        Runnable write = prepare(locale, a, set, confirmed, problems, messages, origin);
        return write == null ? new Plan(0, skipped, kept, notes, null)
                : new Plan(set.size() + confirmed.size(), skipped, kept, notes, write);
    }

    /** The new ui.yml and record, checked by reading them back as the build will; null after a problem. */
    private Runnable prepare(String locale, UiStringsAnalysis a, Map<String, String> set, Set<String> confirmed,
            Problems problems, List<Message> messages, Map<Message, String> origin) {
        Path file = project.translationPath(locale, PATH);
        String name = "translations/" + locale + "/" + PATH;
        String before;
        UiTable old;
        if (Files.isRegularFile(file)) {
            SourceFile f = InputFiles.read(project.root(), file, problems);
            if (f == null) {
                return null;
            }
            before = f.text();
            old = UiTableReader.read(locale, f, new Problems());
        } else {
            before = header(locale);
            old = new UiTable(locale, name, Map.of(), Map.of());
        }
        String after;
        try {
            after = UiFileEditor.set(before, set);
        } catch (IllegalArgumentException e) {
            problems.error(name, 1, e.getMessage() + "; fix it before importing");
            return null;
        }
        Problems check = new Problems();
        UiTable now = UiTableReader.read(locale, new SourceFile(file, name, after), check);
        if (check.hasErrors()) {
            // The file had a problem of its own that the import did not fix: name it where it is.
            check.sorted().stream().filter(Problem::isError).forEach(problems::add);
            return null;
        }
        Map<String, String> expected = new HashMap<>(old.strings());
        expected.putAll(set);
        if (!expected.equals(now.strings())) {
            Message any = messages.get(0);
            problems.error(origin.get(any), any.line(), name + " cannot take these strings without changing others "
                    + "(an alias or a tag in it?); nothing was written");
            return null;
        }
        Map<String, String> recorded = new HashMap<>();
        if (a.record() != null) {
            a.record().entries().forEach(e -> recorded.put(e.key(), e.source()));
        }
        List<TranslationRecord.Entry> entries = new ArrayList<>();
        for (String key : ordered(now)) {
            UiStringsAnalysis.Key k = a.key(key);
            if (k == null) {
                continue; // not an English string (any more): nothing to record
            }
            boolean taken = set.containsKey(key) || confirmed.contains(key);
            // A string without a record was made by hand: take it as made from the current English, as an
            // import of a content file does.
            String from = taken || !recorded.containsKey(key) ? k.english() : recorded.get(key);
            entries.add(new TranslationRecord.Entry(key, from));
        }
        String record = new TranslationRecord(false, List.copyOf(entries)).toYaml(SOURCE);
        Path recordFile = project.recordPath(locale, PATH);
        boolean writeFile = !after.equals(before) || !Files.isRegularFile(file);
        return () -> {
            if (writeFile) {
                write(file, after);
            }
            write(recordFile, record);
        };
    }

    /**
     * Records that the language's own strings match the current English (after editing ui.yml by hand),
     * or null with a problem when there is nothing to accept and {@code named} says it was asked for.
     */
    public Runnable accept(String locale, boolean named, List<Problem> problems) {
        UiStringsAnalysis a = UiStringsAnalysis.of(project, locale);
        if (a.own() == null) {
            if (named) {
                problems.add(Problem.error("translations/" + locale + "/" + PATH, 0, "no translation to accept"));
            }
            return null;
        }
        List<TranslationRecord.Entry> entries = new ArrayList<>();
        for (String key : ordered(a.own())) {
            if (a.hasKey(key)) {
                entries.add(new TranslationRecord.Entry(key, a.key(key).english()));
            }
        }
        TranslationRecord r = new TranslationRecord(false, List.copyOf(entries));
        Path recordFile = project.recordPath(locale, PATH);
        return () -> r.write(recordFile, SOURCE);
    }

    private static List<String> ordered(UiTable t) {
        return t.keys().stream().sorted(Comparator.comparing((String k) -> t.lines().getOrDefault(k, 0))
                .thenComparing(k -> k)).toList();
    }

    private String header(String locale) {
        String name = project.config().language(locale).name();
        return "# Kring's interface strings in " + name + " (" + locale + "), with the keys of " + SOURCE + ".\n"
                + "# Started by 'kring translate import'; edit freely. Plurals follow the language's own forms.\n";
    }

    /** Through a temporary file, so a failed write never leaves half a file. */
    private static void write(Path file, String text) {
        org.kring.write.AtomicWrite.write(file, text);
    }
}
