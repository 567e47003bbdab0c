package org.kring.model;

import java.util.List;

/**
 * One piece of a curriculum in one language: a page, a programme, a session guide, a topic, a
 * recommendation, a course or a course module. The records are immutable, so a piece with another origin
 * (a fallback, an outdated translation) is a copy. Code that treats the kinds differently does so in one
 * place per concern, through a {@link Visitor}.
 */
public sealed interface Content permits Page, Programme, Session, Topic, Recommendation, Course, Module {
    DocKey key();

    String title();

    /** One or two sentences for lists and search results; may be null (pages need not have one). */
    String description();

    Markdown body();

    Origin origin();

    /** Every declared front matter key's value, including those without a record component. */
    FieldValues fields();

    /** The same content with another origin. */
    Content withOrigin(Origin origin);

    <R> R accept(Visitor<R> visitor);

    /** The declaration of this kind's front matter. */
    default Schema schema() {
        return Schema.of(key().kind(), key().id());
    }

    /** The title for menus and breadcrumbs. */
    default String menuTitle() {
        return title();
    }

    /** The value of a declared front matter key (for templates: {@code doc.field("reviewed")}), or null. */
    default Object field(String name) {
        return fields().get(name);
    }

    /** The file the text was read from. */
    default SourceFile file() {
        return origin().file();
    }

    /**
     * What other pages show of this content (lists, neighbours' links, menus): when only the rest changes,
     * only its own page changes.
     */
    List<Object> listing();

    /**
     * The anchors its page has in {@code locale} besides its body's headings: the sections its template adds
     * (those that depend on a key only when the key has a value).
     */
    default List<String> sectionAnchors(LocalizedContent locale) {
        List<String> out = new java.util.ArrayList<>();
        for (Schema.Anchor a : schema().anchors()) {
            Object v = a.ifKey() == null ? Boolean.TRUE : fields().get(a.ifKey());
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                out.add(a.id());
            }
        }
        return out;
    }

    /** One method per kind; a new kind breaks every visitor at compile time. */
    interface Visitor<R> {
        R page(Page page);

        R programme(Programme programme);

        R session(Session session);

        R topic(Topic topic);

        R recommendation(Recommendation recommendation);

        R course(Course course);

        R module(Module module);
    }
}
