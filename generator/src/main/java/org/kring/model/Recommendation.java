package org.kring.model;

import java.util.Arrays;
import java.util.List;

/** An implementation recommendation, in one language. {@code adaptation} may be null. */
public record Recommendation(DocKey key, String id, String title, Level level, Adaptation adaptation,
        String description, List<Located<String>> countries, Markdown body, Origin origin, FieldValues fields)
        implements Content {

    @Override
    public Recommendation withOrigin(Origin o) {
        return new Recommendation(key, id, title, level, adaptation, description, countries, body, o, fields);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.recommendation(this);
    }

    @Override
    public List<Object> listing() {
        return Arrays.asList(title, description, level, adaptation, countries.stream().map(Located::value).toList(),
                origin.textLanguage());
    }
}
