package org.kring.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * The plural forms a language distinguishes, from ICU's CLDR rules: what a translator must write in a
 * {@code {n, plural, ...}} message. The forms are listed in CLDR's order (zero, one, two, few, many, other),
 * not in ICU's set order, so every message names them the same way.
 */
public final class PluralForms {
    /** Every CLDR plural category, in the order CLDR and translators' tools list them. */
    public static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private final String language;
    private final PluralRules rules;
    private final List<String> forms;
    private final boolean known;

    private PluralForms(String language, boolean ordinal) {
        this.language = language;
        // Twi's rules are Akan's, as for its dates; Dates.locale is the one place that knows this.
        ULocale locale = Dates.locale(language);
        this.rules = PluralRules.forLocale(locale, ordinal ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL);
        boolean[] available = new boolean[1];
        ULocale equivalent = PluralRules.getFunctionalEquivalent(locale, available);
        // A language ICU has no rules for gets the root rules (only 'other'): then nothing can be said about
        // which forms are right, and a team's 'one' must not be refused for ICU's ignorance.
        this.known = equivalent != null && !equivalent.getLanguage().isEmpty();
        this.forms = order(rules.getKeywords());
    }

    /** The forms of cardinal numbers ("3 minutes"), used by {@code plural}. */
    public static PluralForms of(String language) {
        return new PluralForms(language, false);
    }

    /** The forms of ordinal numbers ("3rd day"), used by {@code selectordinal}. */
    public static PluralForms ordinal(String language) {
        return new PluralForms(language, true);
    }

    private static List<String> order(Set<String> keywords) {
        List<String> out = new ArrayList<>();
        for (String c : CATEGORIES) {
            if (keywords.contains(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The forms the language uses, e.g. [zero, one, two, few, many, other] for Arabic. */
    public List<String> forms() {
        return forms;
    }

    /** False when ICU has no plural rules for the language (every number then takes 'other'). */
    public boolean known() {
        return known;
    }

    /** The language as translators know it: "Arabic (ar)". */
    public String name() {
        String english = ULocale.forLanguageTag(language).getDisplayLanguage(ULocale.ENGLISH);
        return english.isEmpty() || english.equals(language) ? language : english + " (" + language + ")";
    }

    /** "Arabic (ar) uses zero, one, two, few, many, other", for error messages. */
    public String describe() {
        return known ? name() + " uses " + String.join(", ", forms)
                : "Kring knows no plural rules for " + name() + ", so every number takes 'other'";
    }

    /** What to write for argument {@code n}: {@code {n, plural, one {...} other {...}}}. */
    public String template(String argument, String type) {
        StringBuilder sb = new StringBuilder("{").append(argument).append(", ").append(type).append(',');
        for (String f : forms) {
            sb.append(' ').append(f).append(" {...}");
        }
        return sb.append('}').toString();
    }

    /** A few numbers that take each form: "zero: 0; one: 1; two: 2; few: 3, 4, 5, …", so the names mean something. */
    public String examples() {
        List<String> parts = new ArrayList<>();
        for (String f : forms) {
            Collection<Double> samples = rules.getSamples(f);
            List<String> whole = new ArrayList<>();
            for (Double d : samples) {
                if (d == Math.rint(d) && whole.size() < 4) {
                    whole.add(Long.toString(d.longValue()));
                }
            }
            if (whole.isEmpty()) {
                continue; // e.g. Russian 'other' is only for fractions
            }
            String list = whole.size() > 3 ? String.join(", ", whole.subList(0, 3)) + ", …" : String.join(", ", whole);
            parts.add(f + ": " + list);
        }
        return String.join("; ", parts);
    }
}
