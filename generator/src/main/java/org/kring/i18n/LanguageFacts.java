package org.kring.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.CaseMap;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * What ICU's CLDR data knows about a language a team wants to add: its own name, its name in English and the
 * plural categories its interface strings need. Kring asks here rather than keeping lists of its own, so a
 * language nobody planned for (Ukrainian, Pashto, Wolof ...) starts with the right facts.
 */
public final class LanguageFacts {
    /** CLDR's order of plural categories, the order translators see them in everywhere. */
    private static final List<String> PLURAL_ORDER = List.of("zero", "one", "two", "few", "many", "other");
    private static final int SAMPLES_SHOWN = 8;

    private LanguageFacts() {
    }

    /** One plural category and some whole numbers that take it ("1, 21, 31, …"), or none for fractions only. */
    public record PluralCategory(String keyword, List<Integer> examples, boolean more) {
    }

    /**
     * The name of language {@code code} in language {@code in}, as a sentence of that language uses it ("Engels"
     * in Dutch, "الإنجليزية" in Arabic, "Borɔfo" in Twi, through Akan as for dates), or null when CLDR has none:
     * a notice that says a text is "in English" must name English in the reader's language.
     */
    public static String nameIn(String code, String in) {
        // Every page names the languages of its switcher and notices: ICU's lookup is slow next to a map's.
        return NAMES_IN.computeIfAbsent(code + "\u0000" + in, k -> nameInUncached(code, in)).orElse(null);
    }

    private static final java.util.Map<String, java.util.Optional<String>> NAMES_IN =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Optional<String> nameInUncached(String code, String in) {
        return java.util.Optional.ofNullable(nameInFromCldr(code, in));
    }

    private static String nameInFromCldr(String code, String in) {
        ULocale language = ULocale.forLanguageTag(code);
        String name = language.getDisplayLanguage(Dates.locale(in));
        if (name.isBlank() || name.equalsIgnoreCase(code) || name.equalsIgnoreCase(language.getLanguage())) {
            return null;
        }
        return name;
    }

    /**
     * The language's name in itself, with a capital as in a list of languages ("Українська", "Nederlands
     * (Suriname)"), or null when CLDR has no name for it.
     */
    public static String ownName(String code) {
        ULocale locale = ULocale.forLanguageTag(code);
        String name = locale.getDisplayName(locale);
        if (name.isBlank() || name.equalsIgnoreCase(code) || name.equalsIgnoreCase(locale.toLanguageTag())) {
            return null;
        }
        return CaseMap.toTitle().wholeString().noLowercase().apply(locale.toLocale(), null, name);
    }

    /** The language's name in English ("Ukrainian"), or the code when CLDR has none. */
    public static String englishName(String code) {
        String name = ULocale.forLanguageTag(code).getDisplayName(ULocale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    /** Whether CLDR says the language is written right to left (by its script, stated or most likely). */
    public static boolean rightToLeft(String code) {
        return ULocale.forLanguageTag(code).isRightToLeft();
    }

    /** The plural categories a {@code {n, plural, ...}} message needs in this language, in CLDR's order. */
    public static List<PluralCategory> pluralCategories(String code) {
        PluralRules rules = PluralRules.forLocale(Dates.locale(code));
        List<PluralCategory> out = new ArrayList<>();
        for (String keyword : PLURAL_ORDER) {
            if (!rules.getKeywords().contains(keyword)) {
                continue;
            }
            Collection<Double> samples = rules.getSamples(keyword);
            List<Integer> examples = new ArrayList<>();
            if (samples != null) {
                for (Double d : samples) {
                    if (examples.size() == SAMPLES_SHOWN) {
                        break;
                    }
                    examples.add(d.intValue());
                }
            }
            boolean more = samples != null && samples.size() > examples.size();
            out.add(new PluralCategory(keyword.toLowerCase(Locale.ROOT), List.copyOf(examples), more));
        }
        return List.copyOf(out);
    }
}
