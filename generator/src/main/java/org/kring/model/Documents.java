package org.kring.model;

/**
 * What every kind of content has in common, for code that holds content as {@code Object} (templates,
 * identity maps). Each method is {@link Content}'s.
 */
public final class Documents {
    private Documents() {
    }

    private static Content content(Object doc) {
        if (doc instanceof Content c) {
            return c;
        }
        throw new IllegalArgumentException(String.valueOf(doc));
    }

    public static DocKey key(Object doc) {
        return content(doc).key();
    }

    public static Markdown body(Object doc) {
        return content(doc).body();
    }

    public static Origin origin(Object doc) {
        return content(doc).origin();
    }

    /** The same content with another origin (records are immutable). */
    public static Object withOrigin(Object doc, Origin o) {
        return content(doc).withOrigin(o);
    }

    public static String title(Object doc) {
        return content(doc).title();
    }
}
