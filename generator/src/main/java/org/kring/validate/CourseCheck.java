package org.kring.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kring.Problems;
import org.kring.load.Suggestions;
import org.kring.model.ContentKind;
import org.kring.model.Course;
import org.kring.model.CourseBlock;
import org.kring.model.Language;
import org.kring.model.LocalizedContent;
import org.kring.model.Located;
import org.kring.model.Module;
import org.kring.model.Ref;
import org.kring.model.Schedule;
import org.kring.model.SiteConfig;

/**
 * Checks a course's schedule and what it refers to: every module exists and is used once, practice blocks
 * lead to a session guide or topic, no day runs past its end time, no stretch of teaching is longer than
 * site.yml allows without a break, and the course's languages are the site's.
 */
final class CourseCheck {
    private final Problems problems;
    private final SiteConfig config;

    CourseCheck(Problems problems, SiteConfig config) {
        this.problems = problems;
        this.config = config;
    }

    void check(LocalizedContent content, LinkResolver resolver) {
        for (Course c : content.courses()) {
            // A translation has its source's schedule: its problems are the source's, reported once there.
            String file = c.scheduleFile();
            languages(c, file);
            Set<String> moduleIds = new TreeSet<>();
            c.modules().forEach(m -> moduleIds.add(m.id()));
            Map<String, String> usedAt = new HashMap<>();
            for (Schedule.Day day : c.schedule().days()) {
                int stretch = 0;
                int stretchStart = day.start();
                for (Schedule.Slot slot : day.slots()) {
                    CourseBlock b = slot.block();
                    Located<String> t = b.target();
                    if (b.kind() == CourseBlock.Kind.MODULE && t != null) {
                        String where = "day " + day.number() + " at " + Schedule.clock(slot.start());
                        if (!moduleIds.contains(t.value())) {
                            problems.error(file, t.line(), t.column(), "unknown module '" + t.value() + "': there is no "
                                    + "content/courses/" + c.id() + "/" + t.value() + ".md"
                                    + Suggestions.didYouMean(t.value(), moduleIds));
                        } else if (usedAt.containsKey(t.value())) {
                            problems.error(file, t.line(), t.column(), "module '" + t.value() + "' is already on "
                                    + usedAt.get(t.value()) + "; a module is taught once per course");
                        } else {
                            usedAt.put(t.value(), where);
                        }
                    } else if (b.kind() == CourseBlock.Kind.PRACTICE && t != null) {
                        practice(file, t, resolver);
                    }
                    if (b.kind().isPause()) {
                        stretch = 0;
                        stretchStart = slot.end();
                    } else {
                        stretch += b.minutes();
                        if (stretch > config.longestStretch() && stretch - b.minutes() <= config.longestStretch()) {
                            problems.error(file, b.line(), "day " + day.number() + " has " + hours(stretch)
                                    + " of teaching without a break (" + Schedule.clock(stretchStart) + "–"
                                    + Schedule.clock(slot.end()) + "); site.yml allows at most "
                                    + hours(config.longestStretch()) + " (courses: longest_stretch): add a break");
                        }
                    }
                }
                int end = day.day().end();
                if (end >= 0 && end <= day.start()) {
                    problems.error(file, day.day().endLine(), "day " + day.number() + " ends at " + Schedule.clock(end)
                            + ", before it starts at " + Schedule.clock(day.start()));
                } else if (end >= 0 && day.end() > end) {
                    problems.error(file, day.day().endLine(), "day " + day.number() + " runs until "
                            + Schedule.clock(day.end()) + ", " + hours(day.end() - end) + " past its end time "
                            + Schedule.clock(end) + ": shorten or move a block");
                }
                if (day.end() > 24 * 60) {
                    problems.error(file, day.day().line(), "day " + day.number() + " runs past midnight");
                }
            }
            for (Module m : c.modules()) {
                if (!usedAt.containsKey(m.id())) {
                    // Once, at the module's source file: its translations are not what is missing from the plan.
                    problems.warning("content/courses/" + c.id() + "/" + m.id() + ".md", 1, "module '" + m.id()
                            + "' is not in the schedule of course '" + c.id() + "'");
                }
            }
        }
    }

    private void languages(Course c, String file) {
        List<String> codes = config.languages().stream().map(Language::code).toList();
        for (Located<String> l : c.languages()) {
            if (!codes.contains(l.value())) {
                problems.error(file, l.line(), l.column(), "'" + l.value() + "' is not a language of this site ("
                        + String.join(", ", codes) + ")" + Suggestions.didYouMean(l.value(), codes));
            }
        }
    }

    private void practice(String file, Located<String> t, LinkResolver resolver) {
        Ref ref = Ref.parse(t.value());
        if (ref == null || ref.key().kind() != ContentKind.SESSION && ref.key().kind() != ContentKind.TOPIC) {
            problems.error(file, t.line(), t.column(), "practice leads to a session guide or a topic, written "
                    + "session:<programme>/<number> or topic:<id>, not '" + t.value() + "'");
        } else if (!resolver.exists(ref.key())) {
            problems.error(file, t.line(), t.column(), "unknown " + ref.key().kind().prefix() + " '" + ref.key().id()
                    + "'");
        }
    }

    /** "1:30 hours" style durations read poorly in errors; "90 minutes" and "2 hours 15 minutes" read well. */
    static String hours(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + (m == 1 ? " minute" : " minutes");
        }
        return h + (h == 1 ? " hour" : " hours") + (m == 0 ? "" : " " + m + (m == 1 ? " minute" : " minutes"));
    }
}
