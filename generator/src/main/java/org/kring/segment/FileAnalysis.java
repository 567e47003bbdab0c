package org.kring.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kring.model.SourceFile;

/**
 * One content file against its translation in one language: which parts are translated from the current
 * source, which changed since, which are new. The basis of status, export, import and the "outdated"
 * notices on pages.
 *
 * @param known the translation of each source text that the translation file really translates, according to
 *              its record, by {@link #knownKey} (the part's role and its normalised text: the same words as a
 *              heading and as an agenda activity are two things to translate)
 */
public record FileAnalysis(String path, List<Segment> source, List<Segment> translation, Map<String, String> known,
        TranslationRecord record, boolean adapted, FileStatus status) {

    private static final Pattern ADAPTED = Pattern.compile("(?m)^adapted:\\s*true\\s*$");

    /** The key of a part in {@code known}: its role ("heading", "agenda activity") and its normalised text. */
    public static String knownKey(Segment s) {
        return knownKey(s.context(), s.normalized());
    }

    public static String knownKey(String context, String normalized) {
        return context + "\u0000" + normalized;
    }

    /** The translation of a source part, or null. */
    public String translationOf(Segment s) {
        return known.get(knownKey(s));
    }

    /**
     * @param translation the translated file, or null when there is none
     * @param record      its record, or null when Kring has none
     */
    public static FileAnalysis of(String path, SourceFile sourceFile, SourceFile translation, TranslationRecord record,
            Segmenter segmenter) {
        return of(path, segmenter.segments(sourceFile), translation, record, segmenter);
    }

    /** The same, with the source's segments already made (they are shared by every language). */
    public static FileAnalysis of(String path, List<Segment> src, SourceFile translation, TranslationRecord record,
            Segmenter segmenter) {
        return of(path, src, translation, null, record, segmenter);
    }

    /**
     * The same, with the translation's body as the loader parsed it (or null), so nothing is parsed twice.
     */
    public static FileAnalysis of(String path, List<Segment> src, SourceFile translation,
            org.kring.model.Markdown parsedTranslation, TranslationRecord record, Segmenter segmenter) {
        String section = section(path);
        if (translation == null) {
            int words = src.stream().mapToInt(Segment::words).sum();
            List<FileStatus.Change> changes = List.of();
            return new FileAnalysis(path, src, List.of(), Map.of(), record, false, new FileStatus(path, section,
                    FileState.MISSING, src.size(), 0, 0, src.size(), words, changes, false, record != null));
        }
        List<Segment> tr = segmenter.segments(translation, parsedTranslation);
        boolean adapted = (record != null && record.adapted()) || isAdapted(translation.text());
        Map<String, String> known = new HashMap<>();
        List<String> recordSources = new ArrayList<>();
        List<String> recordKeys = new ArrayList<>();
        boolean recorded = record != null;
        if (record != null && record.entries().size() == tr.size()) {
            for (int i = 0; i < tr.size(); i++) {
                String s = record.entries().get(i).source();
                recordSources.add(s == null ? null : Segment.normalize(s));
                recordKeys.add(record.entries().get(i).key());
                if (s != null) {
                    known.putIfAbsent(knownKey(tr.get(i).context(), Segment.normalize(s)), tr.get(i).text());
                }
            }
        } else if (record == null && tr.size() == src.size()) {
            // No record (a translation made by hand): take it as made from the current source, part by part.
            for (int i = 0; i < tr.size(); i++) {
                recordSources.add(src.get(i).normalized());
                recordKeys.add(src.get(i).key());
                known.putIfAbsent(knownKey(src.get(i)), tr.get(i).text());
            }
        } else if (record != null) {
            for (TranslationRecord.Entry e : record.entries()) {
                recordSources.add(e.source() == null ? null : Segment.normalize(e.source()));
                recordKeys.add(e.key());
            }
        }
        if (adapted) {
            Set<String> base = new HashSet<>(recordSources);
            boolean changed = record == null || src.stream().anyMatch(s -> !base.contains(s.normalized()));
            return new FileAnalysis(path, src, tr, known, record, true, new FileStatus(path, section, FileState.ADAPTED,
                    src.size(), 0, 0, 0, 0, List.of(), changed, recorded));
        }
        // Pair each current source part with what the translation was made from, in order (longest common
        // subsequence): a part in a gap facing an old part changed; a part facing nothing is new.
        List<String> now = src.stream().map(Segment::normalized).toList();
        Set<String> current = new HashSet<>(now);
        Set<String> untranslatedKeys = new HashSet<>();
        for (int i = 0; i < recordKeys.size(); i++) {
            if (recordSources.get(i) == null) {
                untranslatedKeys.add(recordKeys.get(i));
            }
        }
        int[] match = Lcs.align(recordSources, now);
        List<FileStatus.Change> changes = new ArrayList<>();
        int translated = 0;
        int outdated = 0;
        int missing = 0;
        int words = 0;
        int lastOld = -1;
        for (int j = 0; j < src.size(); j++) {
            Segment s = src.get(j);
            if (known.containsKey(knownKey(s))) {
                translated++;
                if (match[j] >= 0) {
                    lastOld = match[j];
                }
                continue;
            }
            words += s.words();
            String before = null;
            // Look for the old text this part replaced between the last and the next part that still match; a
            // part with no later match looks up to the end of the old parts (never further).
            // Only an old part of the same kind (the same key, else the same place: body, agenda, title ...) is
            // what this part replaced: in a partial file an untranslated agenda activity must not take the old
            // text of a changed paragraph further on.
            int next = Math.min(nextMatched(match, j), recordSources.size());
            int found = -1;
            // A part the record itself says was never translated has no old text, unless its own key changed.
            boolean neverTranslated = untranslatedKeys.contains(s.key());
            for (int pass = 0; pass < (neverTranslated ? 1 : 2) && found < 0; pass++) {
                for (int i = lastOld + 1; i < next; i++) {
                    String old = recordSources.get(i);
                    String key = i < recordKeys.size() ? recordKeys.get(i) : null;
                    boolean sameKind = key != null && (pass == 0 ? key.equals(s.key()) : kind(key).equals(kind(s.key())));
                    if (old != null && !current.contains(old) && sameKind) {
                        found = i;
                        break;
                    }
                }
            }
            if (found >= 0) {
                before = recordSources.get(found);
                lastOld = found;
            }
            if (before != null) {
                outdated++;
            } else {
                missing++;
            }
            changes.add(new FileStatus.Change(s.key(), s.line(), before, s.normalized()));
        }
        FileState state = outdated > 0 ? FileState.OUTDATED : missing == 0 ? FileState.TRANSLATED
                : translated > 0 || recorded ? FileState.PARTIAL : FileState.OUTDATED;
        return new FileAnalysis(path, src, tr, known, record, false, new FileStatus(path, section, state, src.size(),
                translated, outdated, missing, words, List.copyOf(changes), false, recorded));
    }

    /** Where a part is: {@code body}, {@code agenda}, {@code title}, {@code objectives} ... */
    private static String kind(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    /** The old index matched to the next matched source part after {@code j}, or the end of the old list. */
    private static int nextMatched(int[] match, int j) {
        for (int k = j + 1; k < match.length; k++) {
            if (match[k] >= 0) {
                return match[k];
            }
        }
        return Integer.MAX_VALUE;
    }

    public static boolean isAdapted(String text) {
        org.kring.load.FrontMatter.Split split = org.kring.load.FrontMatter.split(text);
        return split != null && ADAPTED.matcher(split.yaml(text)).find();
    }

    /** The group a file is counted in: {@code programmes/pregnancy}, {@code topics}, {@code pages} ... */
    public static String section(String path) {
        String[] parts = path.split("/");
        if (parts[0].equals("programmes") && parts.length > 2) {
            return "programmes/" + parts[1];
        }
        return parts.length == 1 ? "pages" : parts[0];
    }
}
