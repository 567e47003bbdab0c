package org.kring.model;

import java.util.List;

/**
 * A session guide: one meeting of a group, in one language.
 *
 * @param slug     the file name without {@code .md}, used in the page's URL
 * @param duration planned minutes; the agenda adds up to it
 * @param topics   ids of the discussion topics, with the line each was written on
 */
public record Session(DocKey key, String programmeId, String slug, int number, int duration, String title,
        String when, String description, List<String> objectives, List<String> materials, List<String> selfChecks,
        List<AgendaItem> agenda, List<Located<String>> topics, Markdown body, Origin origin, int agendaLine,
        FieldValues fields) implements Content {

    /** The short id used in file names: {@code pregnancy-03}. */
    public String shortId() {
        return programmeId + "-" + (number < 10 ? "0" : "") + number;
    }

    public List<String> topicIds() {
        return topics.stream().map(Located::value).toList();
    }

    public int agendaMinutes() {
        return agenda.stream().mapToInt(AgendaItem::minutes).sum();
    }

    @Override
    public Session withOrigin(Origin o) {
        return new Session(key, programmeId, slug, number, duration, title, when, description, objectives, materials,
                selfChecks, agenda, topics, body, o, agendaLine, fields);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.session(this);
    }

    @Override
    public List<Object> listing() {
        return java.util.Arrays.asList(number, title, when, duration, description, topicIds(), origin.textLanguage(),
                fields.get("picture"));
    }
}
