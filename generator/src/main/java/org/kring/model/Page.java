package org.kring.model;

import java.util.Arrays;
import java.util.List;

/**
 * A free page (home, about, a country, the intro of a list page), in one language.
 *
 * @param id         the path without {@code .md}: {@code home}, {@code about}, {@code countries/ghana}
 * @param programmes for country pages: programme ids offered there (else empty)
 */
public record Page(DocKey key, String id, String title, String description, Markdown body, Origin origin,
        List<Located<String>> programmes, List<String> languages, List<TimelineEntry> timeline, FieldValues fields)
        implements Content {

    /**
     * The pages every site has, listing other content, with or without a file of their own
     * ({@code content/topics/index.md} gives the topic list an introduction); their titles are interface strings.
     */
    public static final List<String> LIST_PAGES = List.of("home", "countries", "programmes", "topics",
            "recommendations", "downloads", "translation", "courses");

    public boolean isCountry() {
        return id.startsWith("countries/");
    }

    @Override
    public Page withOrigin(Origin o) {
        return new Page(key, id, title, description, body, o, programmes, languages, timeline, fields);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.page(this);
    }

    @Override
    public List<Object> listing() {
        return Arrays.asList(title, description, programmes.stream().map(Located::value).toList(),
                origin.textLanguage());
    }
}
