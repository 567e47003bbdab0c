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

    /** Day, month name and year: "12 March 2026". */
    public static String dayMonthYear(String language, LocalDate date) {
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMMd", locale(language));
        f.setTimeZone(TimeZone.GMT_ZONE);
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, locale(language));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return f.format(c.getTime());
    }
}
