package org.kring.model;

import java.util.List;

/**
 * A facilitator course (e.g. two days for midwives who will lead pregnancy groups), in one language: its
 * days of timed blocks and its training modules.
 *
 * @param languages     the languages the course is given in (its course packs are made in these)
 * @param accreditation a note on accreditation for the certificates, or null
 * @param scheduleFile  the file the days were read from (a translation takes them from its source), so that
 *                      schedule problems are reported once, at the lines they are on
 * @param modules       the course's modules, in the order the schedule first uses them
 */
public record Course(DocKey key, String id, String title, String description, String audience, String accreditation,
        List<Located<String>> languages, List<CourseDay> days, String scheduleFile, Markdown body, Origin origin, List<Module> modules, FieldValues fields)
        implements Content {

    public Module module(String moduleId) {
        for (Module m : modules) {
            if (m.id().equals(moduleId)) {
                return m;
            }
        }
        return null;
    }

    /** The clock times of every block, from each day's start and the blocks' minutes. */
    public Schedule schedule() {
        return Schedule.of(days);
    }

    /**
     * True when the course is given in this language: its packs are made in it and its runs may be. A course
     * without {@code languages} is given in every language of the site.
     */
    public boolean givenIn(String code) {
        return languages.isEmpty() || languageCodes().contains(code);
    }

    public List<String> languageCodes() {
        return languages.stream().map(Located::value).toList();
    }

    @Override
    public Course withOrigin(Origin o) {
        return new Course(key, id, title, description, audience, accreditation, languages, days, scheduleFile, body,
                o, modules, fields);
    }

    /** The same course with its modules, in order. */
    public Course withModules(List<Module> list) {
        return new Course(key, id, title, description, audience, accreditation, languages, days, scheduleFile, body,
                origin, List.copyOf(list), fields);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.course(this);
    }

    /** Its title is in every page's course list and its schedule on its modules' pages: any change shows there. */
    @Override
    public List<Object> listing() {
        return java.util.Arrays.asList(this);
    }

    /** Its template adds a section per day. */
    @Override
    public List<String> sectionAnchors(LocalizedContent locale) {
        List<String> out = new java.util.ArrayList<>(Content.super.sectionAnchors(locale));
        for (int i = 1; i <= days.size(); i++) {
            out.add("day-" + i);
        }
        return out;
    }
}
