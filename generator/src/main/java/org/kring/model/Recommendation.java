package org.kring.model;

import java.util.List;

/** An implementation recommendation, in one language. {@code adaptation} may be null. */
public record Recommendation(DocKey key, String id, String title, Level level, Adaptation adaptation,
        String description, List<Located<String>> countries, Markdown body, Origin origin) implements Content {
    @Override
    public Recommendation withOrigin(Origin o) {
        return new Recommendation(key, id, title, level, adaptation, description, countries, body, o);
    }
}
