package org.kring.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildOptions;
import org.kring.BuildSession;
import org.kring.Problem;
import org.kring.TestSites;
import org.kring.i18n.Dates;
import org.kring.model.Content;
import org.kring.model.Course;
import org.kring.model.Curriculum;
import org.kring.model.LocalizedContent;
import org.kring.render.print.PrintRenderer;

/**
 * A course run on the example site, without printing: the participants' header names the site's languages
 * print, the warnings before printing, the dates in the language's locale and a practised guide listed once.
 */
class CourseRunCheckTest {
    @TempDir
    Path tmp;

    private Curriculum example() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        return BuildSession.load(BuildOptions.of(site)).curriculum();
    }

    @Test
    void theAttendanceListsColumnHeadingsAreAcceptedInEveryLanguage() {
        Participants.Columns columns = CoursePack.columns(example());
        assertTrue(columns.name().containsAll(List.of("naam", "الاسم", "emri", "din", "ስም")), columns.toString());
        assertTrue(columns.organisation().containsAll(List.of("organisatie", "المؤسسة", "organizata", "ahyehyɛde",
                "ትካል")), columns.toString());
        org.kring.Problems problems = new org.kring.Problems();
        List<Participant> people = Participants.parse("\uFEFFNaam;Organisatie\r\nAnna de Vries;Praktijk Noord\r\n"
                + "Fatima Zahra;AZC Utrecht\r\n", "cohort.csv", columns, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("Anna de Vries", "Fatima Zahra"), people.stream().map(Participant::name).toList());
        assertEquals("AZC Utrecht", people.get(1).organisation());
    }

    @Test
    void warningsForFallbackPartsWeekendsAndHolidays() {
        Curriculum c = example();
        LocalizedContent nl = c.locale("nl");
        Course course = nl.course("pregnancy-facilitator");
        // The day's line in the course's file in that language: the Dutch schedule is the one the trainer reads.
        String index = course.origin().file().name();
        assertEquals("translations/nl/courses/pregnancy-facilitator/index.md", index);
        int day1 = course.days().get(0).line();
        int day2 = course.days().get(1).line();
        // 6 March 2027 is a Saturday; the next day a Sunday. 27 April 2027 is King's Day, a Tuesday.
        List<String> weekend = strings(RunWarnings.of(nl, course, List.of(LocalDate.of(2027, 3, 6),
                LocalDate.of(2027, 3, 7)), List.of()));
        assertTrue(weekend.contains(index + ":" + day1 + ": warning: day 1 is on Saturday 2027-03-06, a weekend day: "
                + "check --date"), weekend.toString());
        assertTrue(weekend.contains(index + ":" + day2 + ": warning: day 2 is on Sunday 2027-03-07, a weekend day: "
                + "check --date"), weekend.toString());
        List<String> holiday = strings(RunWarnings.of(nl, course, List.of(LocalDate.of(2027, 4, 26),
                LocalDate.of(2027, 4, 27)), List.of(LocalDate.of(2027, 4, 27), LocalDate.of(2027, 5, 5))));
        assertTrue(holiday.contains(index + ":" + day2 + ": warning: day 2 is on Tuesday 2027-04-27, a public holiday "
                + "(--holidays): check --date"), holiday.toString());
        assertTrue(holiday.stream().noneMatch(w -> w.contains("weekend") || w.contains("day 1")), holiday.toString());
        // The example's Dutch course practises two topics that have no Dutch translation yet.
        assertTrue(holiday.contains("content/topics/nutrition.md: warning: no nl translation of topic:nutrition yet "
                + "(translations/nl/topics/nutrition.md is missing): the nl course pack prints it in en"),
                holiday.toString());
        List<String> weekdays = strings(RunWarnings.of(c.locale("en"), c.locale("en").course("pregnancy-facilitator"),
                List.of(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5)), List.of()));
        assertEquals(List.of(), weekdays, "the source language, on a Thursday and a Friday");
    }

    @Test
    void datesFollowTheLanguagesLocale() {
        Curriculum c = example();
        LocalizedContent en = c.locale("en");
        assertEquals("en-GB", en.language().locale(), "the example site's English");
        RunDates run = new RunDates(Dates.locale(en.language()), List.of(LocalDate.of(2027, 3, 4),
                LocalDate.of(2027, 3, 5)));
        assertEquals(List.of("Thursday, 4 March 2027", "Friday, 5 March 2027"), run.eachDay(), "CLDR's en-GB");
        assertEquals("4 – 5 March 2027", run.period().replaceAll("\\p{Zs}", " "));
        assertEquals("5 March 2027", Dates.dayMonthYear(Dates.locale(en.language()), LocalDate.of(2027, 3, 5)));
        // Without a locale, a language's dates are its code's, as before.
        RunDates nl = new RunDates(Dates.locale(c.locale("nl").language()), List.of(LocalDate.of(2027, 3, 5)));
        assertEquals(List.of("vrijdag 5 maart 2027"), nl.eachDay());
        assertEquals("Friday, March 5, 2027", new RunDates(Dates.locale("en"), List.of(LocalDate.of(2027, 3, 5)))
                .eachDay().get(0));
    }

    @Test
    void aGuidePractisedTwiceIsListedOnce() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path index = site.resolve("content/courses/pregnancy-facilitator/index.md");
        TestSites.replaceInFile(index, "practice: topic:nutrition", "practice: session:pregnancy/1#opening-circle");
        Curriculum c = BuildSession.load(BuildOptions.of(site)).curriculum();
        for (String lang : List.of("en", "nl", "nl-SR")) {
            LocalizedContent l = c.locale(lang);
            List<String> practised = PrintRenderer.practised(l, l.course("pregnancy-facilitator")).stream()
                    .map(Content::key).map(Object::toString).toList();
            assertEquals(List.of("session:pregnancy/1", "session:pregnancy/5", "topic:stress"), practised, lang);
        }
    }

    private static List<String> strings(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
