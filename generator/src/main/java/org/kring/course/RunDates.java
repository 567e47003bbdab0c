package org.kring.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/** A course run's dates written the way the course's language writes dates ("donderdag 4 maart 2027"). */
public final class RunDates {
    private final ULocale locale;
    private final List<LocalDate> dates;

    /**
     * @param locale the locale of the course run's language (its site.yml {@code locale}, or its code's)
     * @param dates  one date per course day, in order
     */
    public RunDates(ULocale locale, List<LocalDate> dates) {
        this.locale = locale;
        this.dates = List.copyOf(dates);
    }

    /**
     * The days of a course from its dates on the command line: one date per day, or only the first day's
     * date when the days follow each other.
     */
    public static List<LocalDate> days(List<LocalDate> given, int courseDays) {
        if (given.size() == courseDays) {
            return List.copyOf(given);
        }
        if (given.size() != 1) {
            throw new IllegalArgumentException("the course has " + courseDays + (courseDays == 1 ? " day" : " days")
                    + " but " + given.size() + " dates were given; give the first day's date (the days follow each "
                    + "other) or one --date per day");
        }
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < courseDays; i++) {
            out.add(given.get(0).plusDays(i));
        }
        return out;
    }

    /** Each day with its weekday: "Thursday, March 4, 2027". */
    public List<String> eachDay() {
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMMEEEEd", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return dates.stream().map(d -> f.format(calendar(d).getTime())).toList();
    }

    /** Each day short, for narrow columns: "Mar 4, 2027", "4 mrt 2027". */
    public List<String> eachDayShort() {
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMd", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return dates.stream().map(d -> f.format(calendar(d).getTime())).toList();
    }

    /** The whole run as one date or a range: "4–5 maart 2027". */
    public String period() {
        if (dates.isEmpty()) {
            return "";
        }
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        if (first.equals(last)) {
            DateFormat f = DateFormat.getInstanceForSkeleton("yMMMMd", locale);
            f.setTimeZone(TimeZone.GMT_ZONE);
            return f.format(calendar(first).getTime());
        }
        if (!contiguous()) {
            return String.join(", ", eachDay());
        }
        DateIntervalFormat f = DateIntervalFormat.getInstance("yMMMMd", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(new DateInterval(calendar(first).getTimeInMillis(), calendar(last).getTimeInMillis()));
    }

    private boolean contiguous() {
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).equals(dates.get(i - 1).plusDays(1))) {
                return false;
            }
        }
        return true;
    }

    private Calendar calendar(LocalDate d) {
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, locale);
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        return c;
    }
}
