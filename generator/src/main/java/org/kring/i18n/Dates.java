package org.kring.i18n;

import java.time.LocalDate;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/** Dates written the way a language writes them ("12 maart 2026", "١٢ مارس ٢٠٢٦"), with ICU's CLDR data. */
public final class Dates {
    private Dates() {
    }

    /**
     * The locale to take date names from. ICU has no date names for Twi under its own code ("tw"), but has
     * them for Akan ("ak"), the language Twi belongs to; without this, Twi dates would come out in English.
     */
    public static ULocale locale(String language) {
        ULocale l = ULocale.forLanguageTag(language);
        return l.getLanguage().equals("tw") ? new ULocale("ak", l.getCountry()) : l;
    }

    /**
     * The locale a site language's dates follow: its {@code locale} in site.yml when it has one (English written
     * the British way, "5 March 2027"), else the one its code gives.
     */
    public static ULocale locale(org.kring.model.Language language) {
        return language.locale() != null ? locale(language.locale()) : locale(language.code());
    }

    /** Day, month name and year: "12 March 2026". */
    public static String dayMonthYear(String language, LocalDate date) {
        return dayMonthYear(locale(language), date);
    }

    public static String dayMonthYear(ULocale locale, LocalDate date) {
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMMd", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, locale);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return f.format(c.getTime());
    }

    /**
     * Why {@code tag} cannot be a language's {@code locale} in site.yml, or null when it can: a well-formed
     * BCP 47 tag whose language ICU has date names for, and whose region, if any, is a real one.
     */
    public static String localeProblem(String tag) {
        java.util.Locale parsed;
        try {
            parsed = new java.util.Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
            return "'" + tag + "' is not a well-formed BCP 47 tag such as en-GB, nl-BE or fr-BE";
        }
        ULocale l = locale(parsed.toLanguageTag());
        if (l.getLanguage().isEmpty() || !knownLanguages().contains(l.getLanguage())) {
            return "'" + tag + "' names a language ICU has no date formats for ('" + parsed.getLanguage() + "')";
        }
        String region = l.getCountry();
        if (!region.isEmpty() && !region.matches("[0-9]{3}")
                && !java.util.Arrays.asList(ULocale.getISOCountries()).contains(region)) {
            return "'" + tag + "' names a region ICU does not know ('" + region + "')";
        }
        return null;
    }

    private static java.util.Set<String> knownLanguages() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            out.add(l.getLanguage());
        }
        return out;
    }
}
