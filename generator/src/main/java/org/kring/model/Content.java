package org.kring.model;

/**
 * What every piece of content has: an id, a title, a Markdown body and where its text came from. The
 * records are immutable, so a piece with another origin (a fallback, an outdated translation) is a copy.
 */
public interface Content {
    DocKey key();

    String title();

    Markdown body();

    Origin origin();

    /** The same content with another origin. */
    Content withOrigin(Origin origin);
}
