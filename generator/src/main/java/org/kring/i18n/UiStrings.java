package org.kring.i18n;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The interface strings of one language: its own {@code ui.yml}, then each language of its fallback chain,
 * then the built-in English. Strings are ICU message patterns, so plurals follow each language's CLDR
 * rules: {@code "{n, plural, one {# minute} other {# minutes}}"}. Thread-safe.
 */
public final class UiStrings {
    private final String language;
    private final ULocale locale;
    /** Tables in lookup order: this language first, built-in English last. */
    private final List<UiTable> tables;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public UiStrings(String language, List<UiTable> tables) {
        this.language = language;
        this.locale = ULocale.forLanguageTag(language);
        this.tables = List.copyOf(tables);
    }

    public String language() {
        return language;
    }

    /** The pattern for {@code key}, from the first table in the chain that has it, or null. */
    public String pattern(String key) {
        for (UiTable t : tables) {
            String v = t.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The tables in lookup order, this language first. */
    public List<UiTable> tables() {
        return tables;
    }

    /** The language whose table supplied {@code key}, to mark text that fell back. */
    public String languageOf(String key) {
        for (UiTable t : tables) {
            if (t.get(key) != null) {
                return t.language();
            }
        }
        return null;
    }

    /** The string for {@code key} with no arguments; a missing key shows as {@code [key]}. */
    public String get(String key) {
        return format(key, Map.of());
    }

    public String format(String key, Map<String, Object> args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return "[" + key + "]";
        }
        if (args.isEmpty() && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        MessageFormat f = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        synchronized (f) {
            return f.format(args);
        }
    }

    /** Every key the chain defines, for checks that look for missing strings. */
    public boolean definedIn(String key, String lang) {
        for (UiTable t : tables) {
            if (t.language().equals(lang)) {
                return t.get(key) != null;
            }
        }
        return false;
    }
}
