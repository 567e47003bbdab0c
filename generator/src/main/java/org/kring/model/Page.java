package org.kring.model;

import java.util.List;

/**
 * A free page (home, about, a country, the intro of a list page), in one language.
 *
 * @param id         the path without {@code .md}: {@code home}, {@code about}, {@code countries/ghana}
 * @param programmes for country pages: programme ids offered there (else empty)
 */
public record Page(DocKey key, String id, String title, String description, Markdown body, Origin origin,
        List<Located<String>> programmes, List<String> languages, List<TimelineEntry> timeline) implements Content {

    public boolean isCountry() {
        return id.startsWith("countries/");
    }

    @Override
    public Page withOrigin(Origin o) {
        return new Page(key, id, title, description, body, o, programmes, languages, timeline);
    }
}
