package org.kring.model;

import java.util.List;

/** A discussion topic that sessions of any programme can use, in one language. */
public record Topic(DocKey key, String id, String title, String description, List<String> questions,
        List<String> keyMessages, List<String> referWhen, Markdown body, Origin origin) implements Content {

    @Override
    public Topic withOrigin(Origin o) {
        return new Topic(key, id, title, description, questions, keyMessages, referWhen, body, o);
    }
}
