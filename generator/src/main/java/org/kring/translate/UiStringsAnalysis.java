package org.kring.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kring.i18n.UiStrings;
import org.kring.i18n.UiTable;
import org.kring.model.LocalizedContent;
import org.kring.segment.FileState;
import org.kring.segment.FileStatus;
import org.kring.segment.Segment;
import org.kring.segment.TranslationRecord;

/**
 * Where each interface string of one language stands. A string is <em>translated</em> when the language's
 * own {@code ui.yml} has it, <em>inherited</em> when a regional variant gets it from its parent (nl-SR from
 * nl: not the variant's work), <em>missing</em> when English shows, and <em>outdated</em> when the record
 * ({@code translations/<code>/.kring/ui.yml.yml}, written by import and accept) says it was made from an
 * English text that has changed since. A string without a record (written by hand) counts as translated,
 * as a hand-made content file does.
 */
final class UiStringsAnalysis {
    enum State {
        TRANSLATED, INHERITED, OUTDATED, MISSING
    }

    /**
     * One string.
     *
     * @param englishFile   where the English is, e.g. templates/i18n/en.yml
     * @param own           the language's own text, or null
     * @param inherited     the parent language's text the language shows, or null
     * @param recorded      the English the own text was made from, by the record, or null
     */
    record Key(String key, String english, String englishFile, int englishLine, String own, int ownLine,
            String inherited, String inheritedFrom, String recorded, State state) {
    }

    private final String locale;
    private final UiTable own;
    private final TranslationRecord record;
    private final Map<String, Key> keys;

    private UiStringsAnalysis(String locale, UiTable own, TranslationRecord record, Map<String, Key> keys) {
        this.locale = locale;
        this.own = own;
        this.record = record;
        this.keys = keys;
    }

    private static UiTable last(List<UiTable> tables) {
        return tables.get(tables.size() - 1);
    }

    static UiStringsAnalysis of(TranslationProject project, String locale) {
        String source = project.config().sourceLanguage();
        LocalizedContent sourceLocale = project.curriculum().locale(source);
        // A build of some languages only (--lang) may not have loaded the source language: its strings are the
        // built-in English of any language's chain, then.
        UiStrings english = sourceLocale != null ? sourceLocale.ui() : new UiStrings(source, List.of(
                last(project.curriculum().locales().get(0).ui().tables())));
        LocalizedContent lang = project.curriculum().locale(locale);
        List<UiTable> chain = lang == null ? List.of() : lang.ui().tables();
        UiTable own = chain.stream().filter(t -> t.language().equals(locale)).findFirst().orElse(null);
        List<UiTable> parents = new ArrayList<>();
        for (UiTable t : chain) {
            // A regional variant shows its parent's strings without a notice; English is the fallback, not a parent.
            if (t != own && !t.language().equals(source) && primary(t.language()).equals(primary(locale))) {
                parents.add(t);
            }
        }
        TranslationRecord record = project.record(locale, UiStringsExchange.PATH);
        Map<String, String> recorded = new HashMap<>();
        if (record != null) {
            record.entries().forEach(e -> recorded.put(e.key(), e.source()));
        }
        Map<String, Key> keys = new LinkedHashMap<>();
        for (String key : englishKeys(english)) {
            String en = english.pattern(key);
            UiTable from = english.tables().stream().filter(t -> t.get(key) != null).findFirst().orElseThrow();
            String mine = own == null ? null : own.get(key);
            UiTable parent = parents.stream().filter(t -> t.get(key) != null).findFirst().orElse(null);
            String was = recorded.get(key);
            State state = mine != null
                    ? (was != null && !Segment.normalize(was).equals(Segment.normalize(en)) ? State.OUTDATED : State.TRANSLATED)
                    : parent != null ? State.INHERITED : State.MISSING;
            keys.put(key, new Key(key, en, fileName(from), from.lines().getOrDefault(key, 0), mine,
                    mine == null ? 0 : own.lines().getOrDefault(key, 0), parent == null ? null : parent.get(key),
                    parent == null ? null : parent.language(), mine == null ? null : was, state));
        }
        return new UiStringsAnalysis(locale, own, record, keys);
    }

    /** The English keys in the order of their file (the built-in strings first, then a site's own). */
    private static List<String> englishKeys(UiStrings english) {
        List<String> out = new ArrayList<>();
        List<UiTable> tables = new ArrayList<>(english.tables());
        java.util.Collections.reverse(tables);
        for (UiTable t : tables) {
            t.keys().stream().filter(k -> !out.contains(k))
                    .sorted(Comparator.comparing((String k) -> t.lines().getOrDefault(k, 0)).thenComparing(k -> k))
                    .forEach(out::add);
        }
        return out;
    }

    /** The built-in English is read from Kring's jar; translators find the same file as templates/i18n/en.yml. */
    private static String fileName(UiTable t) {
        String builtin = "(built-in) ";
        return t.file().startsWith(builtin) ? "templates/" + t.file().substring(builtin.length()) : t.file();
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    String locale() {
        return locale;
    }

    List<Key> keys() {
        return List.copyOf(keys.values());
    }

    Key key(String key) {
        return keys.get(key);
    }

    boolean hasKey(String key) {
        return keys.containsKey(key);
    }

    /** The language's own ui.yml as the session read it, or null when it has none. */
    UiTable own() {
        return own;
    }

    TranslationRecord record() {
        return record;
    }

    /** The interface as one more file of the language, counted in strings, in the section "interface". */
    FileStatus status() {
        int translated = 0;
        int outdated = 0;
        int missing = 0;
        int words = 0;
        String from = null;
        List<FileStatus.Change> changes = new ArrayList<>();
        for (Key k : keys.values()) {
            switch (k.state()) {
                case TRANSLATED -> translated++;
                case INHERITED -> {
                    translated++;
                    from = from == null ? k.inheritedFrom() : from;
                }
                case OUTDATED -> {
                    outdated++;
                    words += words(k.english());
                    changes.add(new FileStatus.Change(k.key(), k.englishLine(), k.recorded(), k.english()));
                }
                case MISSING -> {
                    missing++;
                    words += words(k.english());
                    changes.add(new FileStatus.Change(k.key(), k.englishLine(), null, k.english()));
                }
            }
        }
        FileState state = outdated > 0 ? FileState.OUTDATED : missing == 0 ? FileState.TRANSLATED
                : translated > 0 ? FileState.PARTIAL : FileState.MISSING;
        return new FileStatus(UiStringsExchange.PATH, UiStringsExchange.SECTION, state, keys.size(), translated,
                outdated, missing, words, List.copyOf(changes), false, record != null, own == null ? from : null);
    }

    /** Words a translator reads in a pattern: its texts, not the names and keywords of its syntax. */
    static int words(String pattern) {
        String text = pattern
                .replaceAll("\\{\\s*\\w+\\s*,\\s*(plural|selectordinal|select)\\s*,(\\s*offset:\\d+)?", " ")
                .replaceAll("\\{\\s*\\w+\\s*(,[^{}]*)?\\}", " ")
                .replaceAll("(=\\d+|\\b(zero|one|two|few|many|other))\\s*\\{", " ")
                .replaceAll("[{}#]", " ")
                .strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
