package org.kring.course;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.kring.Problem;
import org.kring.model.Content;
import org.kring.model.Course;
import org.kring.model.CourseDay;
import org.kring.model.LocalizedContent;
import org.kring.render.print.PrintRenderer;

/**
 * What a trainer may not have meant when asking for a course run: the pack in a language the course has no
 * translation into, and course days at a weekend or on a public holiday. Warnings, not errors: a Saturday
 * course or a course in the fallback language can be exactly what is wanted.
 */
public final class RunWarnings {
    private RunWarnings() {
    }

    /**
     * @param dates    one date per course day
     * @param holidays the public holidays the trainer listed ({@code --holidays})
     */
    public static List<Problem> of(LocalizedContent l, Course course, List<LocalDate> dates,
            Collection<LocalDate> holidays) {
        List<Problem> out = new ArrayList<>();
        String file = course.origin().file().name();
        // The pack is refused when nothing of it is translated (CoursePack); a pack made from a partial
        // translation prints the rest in the fallback language, which the trainer should know before printing.
        List<Content> parts = new ArrayList<>();
        parts.add(course);
        parts.addAll(course.modules());
        parts.addAll(PrintRenderer.practised(l, course));
        for (Content part : parts) {
            if (part.origin().fallback()) {
                out.add(Problem.warning(part.origin().file().name(), 0, "no " + l.code() + " translation of "
                        + part.key() + " yet (translations/" + l.code() + "/"
                        + part.origin().file().contentPath() + " is missing): the " + l.code() + " course pack prints "
                        + "it in " + part.origin().textLanguage()));
            }
        }
        for (int i = 0; i < dates.size() && i < course.days().size(); i++) {
            LocalDate d = dates.get(i);
            CourseDay day = course.days().get(i);
            DayOfWeek w = d.getDayOfWeek();
            // Messages are in English like every other; the weekday is spelt out so the date needs no calendar.
            String when = "day " + (i + 1) + " is on " + w.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d;
            if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
                out.add(Problem.warning(file, day.line(), when + ", a weekend day: check --date"));
            }
            if (holidays.contains(d)) {
                out.add(Problem.warning(file, day.line(), when + ", a public holiday (--holidays): check --date"));
            }
        }
        return out;
    }
}
