package org.kring.model;

import java.util.Locale;

/** The kinds of content a curriculum is made of; their names are the prefixes of content links. */
public enum ContentKind {
    PAGE, PROGRAMME, SESSION, TOPIC, RECOMMENDATION, COURSE, MODULE;

    /** Made once: every content link of a site is parsed by its prefix. */
    private final String prefix = name().toLowerCase(Locale.ROOT);
    private static final ContentKind[] ALL = values();

    public String prefix() {
        return prefix;
    }

    /** The kind whose {@link #prefix()} is {@code prefix}, or null. */
    public static ContentKind ofPrefix(String prefix) {
        for (ContentKind k : ALL) {
            if (k.prefix.equals(prefix)) {
                return k;
            }
        }
        return null;
    }
}
