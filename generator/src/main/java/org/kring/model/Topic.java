package org.kring.model;

import java.util.Arrays;
import java.util.List;

/** A discussion topic that sessions of any programme can use, in one language. */
public record Topic(DocKey key, String id, String title, String description, List<String> questions,
        List<String> keyMessages, List<String> referWhen, Markdown body, Origin origin, FieldValues fields)
        implements Content {

    @Override
    public Topic withOrigin(Origin o) {
        return new Topic(key, id, title, description, questions, keyMessages, referWhen, body, o, fields);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.topic(this);
    }

    /** Its page lists the sessions that discuss it, when there are some. */
    @Override
    public List<String> sectionAnchors(LocalizedContent locale) {
        List<String> out = new java.util.ArrayList<>(Content.super.sectionAnchors(locale));
        if (!locale.sessionsUsing(id).isEmpty()) {
            out.add("sessions");
        }
        return out;
    }

    @Override
    public List<Object> listing() {
        return Arrays.asList(title, description, origin.textLanguage());
    }
}
