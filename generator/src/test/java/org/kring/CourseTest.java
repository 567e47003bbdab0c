package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.model.Course;
import org.kring.model.Curriculum;
import org.kring.model.Schedule;

/**
 * Courses: the schedule's clock times, each schedule rule breaking with its {@code file:line}, and the
 * course section of the site in both languages with working links.
 */
class CourseTest {
    @TempDir
    Path tmp;

    private static final String FILE = "content/courses/t/index.md";

    private static List<String> errors(Path site) {
        return Kring.check(new BuildOptions(site, null, List.of(), null, false, null)).stream()
                .filter(Problem::isError).map(Problem::toString).toList();
    }

    private static List<String> clocks(Schedule.Day day) {
        return day.slots().stream().map(s -> Schedule.clock(s.start()) + "-" + Schedule.clock(s.end()) + " "
                + s.block().kind().id()).toList();
    }

    @Test
    void theScheduleGivesEveryBlockItsClockTimes() {
        Curriculum model = Kring.load(BuildOptions.of(TinySite.write(tmp, TinyCourse.files())), new Problems());
        Course c = model.locale("en").course("t");
        Schedule s = c.schedule();
        assertEquals(List.of("09:00-10:00 module", "10:00-10:15 break", "10:15-11:15 practice", "11:15-11:45 lunch",
                "11:45-12:30 module"), clocks(s.days().get(0)));
        assertEquals(List.of("10:00-10:30 practice"), clocks(s.days().get(1)));
        assertEquals(60 + 60 + 45 + 30, s.teachingMinutes(), "modules and practice count; breaks and lunch do not");
        assertEquals(List.of("model", "skills"), c.modules().stream().map(m -> m.id()).toList(),
                "modules in the order they are taught");
        // The Dutch course: its own texts on the source's schedule.
        Course nl = model.locale("nl").course("t");
        assertEquals("Training voor begeleiders", nl.title());
        assertEquals("De eerste bijeenkomst oefenen", nl.days().get(0).blocks().get(2).title());
        assertEquals(clocks(s.days().get(0)), clocks(nl.schedule().days().get(0)));
        assertEquals(List.of(), errors(tmp), "the tiny course is clean");
    }

    static Stream<Arguments> rules() {
        String c = TinyCourse.COURSE;
        return Stream.of(
                Arguments.of("a day runs past its end time", FILE, c.replace("end: \"13:00\"", "end: \"12:00\""),
                        FILE + ":10: error: day 1 runs until 12:30, 30 minutes past its end time 12:00: shorten or "
                                + "move a block"),
                Arguments.of("a day ends before it starts", FILE, c.replace("end: \"13:00\"", "end: \"08:30\""),
                        FILE + ":10: error: day 1 ends at 08:30, before it starts at 09:00"),
                Arguments.of("a module used twice", FILE, c.replace("module: skills", "module: model"),
                        FILE + ":19:17: error: module 'model' is already on day 1 at 09:00; a module is taught once "
                                + "per course"),
                Arguments.of("an unknown module", FILE, c.replace("module: skills", "module: skils"),
                        FILE + ":19:17: error: unknown module 'skils': there is no content/courses/t/skils.md "
                                + "(did you mean 'skills'?)"),
                Arguments.of("a long stretch without a break", FILE, c.replace("minutes: 30", "minutes: 150"),
                        FILE + ":23: error: day 2 has 2 hours 30 minutes of teaching without a break (10:00–12:30); "
                                + "site.yml allows at most 2 hours (courses: longest_stretch): add a break"),
                Arguments.of("the longest stretch comes from site.yml", "site.yml",
                        TinySite.files().get("site.yml") + "courses:\n  longest_stretch: 50\n",
                        FILE + ":12: error: day 1 has 1 hour of teaching without a break (09:00–10:00); site.yml "
                                + "allows at most 50 minutes (courses: longest_stretch): add a break\n"
                                + FILE + ":15: error: day 1 has 1 hour of teaching without a break (10:15–11:15); "
                                + "site.yml allows at most 50 minutes (courses: longest_stretch): add a break"),
                Arguments.of("practice of an unknown session", FILE, c.replace("session:p/1", "session:p/7"),
                        FILE + ":15:19: error: unknown session 'p/7'"),
                Arguments.of("practice of a page", FILE, c.replace("session:p/1", "page:about"),
                        FILE + ":15:19: error: practice leads to a session guide or a topic, written "
                                + "session:<programme>/<number> or topic:<id>, not 'page:about'"),
                Arguments.of("a time that is not a time", FILE, c.replace("start: \"09:00\"", "start: \"9.00\""),
                        FILE + ":9:12: error: 'start' must be a time of day like 09:30, not '9.00'"),
                Arguments.of("minutes missing", FILE, c.replace("\n        minutes: 45", ""),
                        FILE + ":19: error: missing required key 'minutes'"),
                Arguments.of("a language the site does not have", FILE, c.replace("[en, nl]", "[en, de]"),
                        FILE + ":6:17: error: 'de' is not a language of this site (en, nl)"));
    }

    /** A translation left behind by a change of the source's schedule is warned about; the source's is shown. */
    @Test
    void aTranslationWithFewerBlocksIsAWarning() {
        Map<String, String> files = TinyCourse.files();
        String file = "translations/nl/courses/t/index.md";
        files.put(file, files.get(file).replace("      - {}\n  - blocks", "  - blocks"));
        Path site = TinySite.write(tmp.resolve("site"), files);
        assertEquals(List.of(), errors(site));
        assertEquals(List.of(file + ":8: warning: day 1 has 4 blocks but the source has 5; the source's blocks are "
                + "shown until each block is translated in order"), Kring.check(BuildOptions.of(site)).stream()
                        .filter(p -> p.file().equals(file)).map(Problem::toString).toList());
    }

    /** The schedule is the source's: a translation that changes it is warned about, and the source's is used. */
    @Test
    void aTranslationThatChangesTheMinutesIsAWarning() {
        Map<String, String> files = TinyCourse.files();
        String file = "translations/nl/courses/t/index.md";
        files.put(file, files.get(file).replace("      - title: De eerste", "      - minutes: 90\n        title: De eerste"));
        Path site = TinySite.write(tmp.resolve("site"), files);
        assertEquals(List.of(), errors(site));
        assertEquals(List.of(file + ":11:18: warning: block 3 of day 1 has minutes '90' but the source has '60'; the "
                + "schedule comes from the source: leave it out of the translation"), Kring.check(BuildOptions.of(site))
                        .stream().filter(p -> p.file().equals(file)).map(Problem::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aBrokenScheduleGivesExactlyItsError(String rule, String file, String text, String expected) {
        Map<String, String> files = TinyCourse.files();
        files.put(file, text);
        assertEquals(List.of(expected.split("\n")), errors(TinySite.write(tmp.resolve("site"), files)), rule);
    }

    @Test
    void anImportedTranslationMayRepeatTheSourcesSchedule() {
        // translate import builds a file on the source's text: times, modules and minutes come along.
        Map<String, String> files = TinyCourse.files();
        files.put("translations/nl/courses/t/index.md", TinyCourse.COURSE.replace("title: Facilitator training",
                "title: Training voor begeleiders").replace("Practise the first", "De eerste bijeenkomst oefenen"));
        assertEquals(List.of(), errors(TinySite.write(tmp.resolve("site"), files)));
    }

    @Test
    void theCourseSectionBuildsInEveryLanguageWithWorkingLinks() throws IOException {
        Path out = tmp.resolve("out");
        TestSites.build(TinySite.write(tmp.resolve("site"), TinyCourse.files()), out);
        SiteLinkChecker site = new SiteLinkChecker(out);
        assertEquals(List.of(), site.broken());

        Document en = site.page(out.resolve("en/courses/t/index.html"));
        assertEquals("Facilitator training", en.selectFirst("h1").text());
        List<String> rows = en.select("#day-1 + .table-wrap tbody tr").eachText();
        assertEquals(List.of("09:00–10:00 The group care model 60", "10:00–10:15 Break 15",
                "11:15–11:45 Lunch 30", "11:45–12:30 Asking open questions 45").get(0), rows.get(0));
        assertEquals(5, rows.size());
        assertEquals("10:15–11:15 Practice: Practise the first meeting 60", rows.get(2));
        assertEquals("11:45–12:30 Asking open questions 45", rows.get(4));
        Element practice = en.select("#day-1 + .table-wrap tbody tr").get(2).selectFirst("a");
        assertEquals(out.resolve("en/programmes/p/01-first/index.html"), site.resolve(out.resolve("en/courses/t/index.html"),
                practice.attr("href")), "the practice block leads to the session guide");
        assertTrue(en.text().contains("3 hours 15 minutes of teaching"), en.text());
        assertTrue(en.text().contains("Six points with the midwives' register"));
        assertEquals(List.of("The group care model", "Asking open questions"),
                en.select("#modules ~ ul h3").eachText());

        Document module = site.page(out.resolve("en/courses/t/model/index.html"));
        assertEquals("The group care model", module.selectFirst("h1").text());
        assertTrue(module.text().contains("Day 1, 09:00 to 10:00"), module.text());
        assertEquals("For the trainer", module.selectFirst(".box-trainer .box-label").text());
        assertNotNull(module.selectFirst("a[rel=next]"), "a module leads to the next one");

        Document nl = site.page(out.resolve("nl/courses/t/index.html"));
        assertEquals("Training voor begeleiders", nl.selectFirst("h1").text());
        assertTrue(nl.select("#day-1 + .table-wrap tbody").text().contains("De eerste bijeenkomst oefenen"));
        Document nlSkills = site.page(out.resolve("nl/courses/t/skills/index.html"));
        assertFalse(nlSkills.select("[lang=en]").isEmpty(), "an untranslated module is marked as English");
        Document list = site.page(out.resolve("en/courses/index.html"));
        assertEquals(List.of("Facilitator training"), list.select(".cards h2").eachText());
        assertTrue(Files.exists(out.resolve("nl/courses/t/model/index.html")));
    }

    @Test
    void theExampleCoursesAreOnTheSiteWithTheirScheduleAndLinks() {
        Path out = ExampleBuild.out();
        SiteLinkChecker site = new SiteLinkChecker(out);
        Document en = site.page(out.resolve("en/courses/pregnancy-facilitator/index.html"));
        List<String> day1 = en.select("#day-1 + .table-wrap tbody tr td.time").eachText();
        assertEquals("09:00–09:30", day1.get(0));
        assertEquals("15:30–16:45", day1.get(day1.size() - 1));
        assertTrue(en.text().contains("2 days · 12 hours of teaching"), en.text());
        Element practice = en.selectFirst("#day-1 + .table-wrap tbody tr.block-practice a");
        assertEquals(out.resolve("en/programmes/pregnancy/01-welcome/index.html"),
                site.resolve(out.resolve("en/courses/pregnancy-facilitator/index.html"), practice.attr("href")));
        Document nl = site.page(out.resolve("nl/courses/pregnancy-facilitator/index.html"));
        assertEquals("Groepszorg tijdens de zwangerschap begeleiden", nl.selectFirst("h1").text());
        assertTrue(nl.text().contains("2 dagen"), nl.text());
        assertEquals(2, nl.select(".downloads-box li").size(), "both Dutch course packs");
        assertEquals(0, site.page(out.resolve("nl/courses/parenting-refresher/index.html"))
                .select(".downloads-box li").size(), "no Dutch pack of an English-only course");
        Document menu = site.page(out.resolve("ar/index.html"));
        assertFalse(menu.select("nav a[href$=courses/index.html]").isEmpty(), "courses are in the menu");
    }
}
