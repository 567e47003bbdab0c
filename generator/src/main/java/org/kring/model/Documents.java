package org.kring.model;

/** What every kind of content has in common, for code that handles all kinds alike. */
public final class Documents {
    private Documents() {
    }

    public static DocKey key(Object doc) {
        if (doc instanceof Page p) {
            return p.key();
        } else if (doc instanceof Programme p) {
            return p.key();
        } else if (doc instanceof Session s) {
            return s.key();
        } else if (doc instanceof Topic t) {
            return t.key();
        } else if (doc instanceof Recommendation r) {
            return r.key();
        }
        throw new IllegalArgumentException(String.valueOf(doc));
    }

    public static Markdown body(Object doc) {
        if (doc instanceof Page p) {
            return p.body();
        } else if (doc instanceof Programme p) {
            return p.body();
        } else if (doc instanceof Session s) {
            return s.body();
        } else if (doc instanceof Topic t) {
            return t.body();
        } else if (doc instanceof Recommendation r) {
            return r.body();
        }
        throw new IllegalArgumentException(String.valueOf(doc));
    }

    public static Origin origin(Object doc) {
        if (doc instanceof Page p) {
            return p.origin();
        } else if (doc instanceof Programme p) {
            return p.origin();
        } else if (doc instanceof Session s) {
            return s.origin();
        } else if (doc instanceof Topic t) {
            return t.origin();
        } else if (doc instanceof Recommendation r) {
            return r.origin();
        }
        throw new IllegalArgumentException(String.valueOf(doc));
    }

    public static String title(Object doc) {
        if (doc instanceof Page p) {
            return p.title();
        } else if (doc instanceof Programme p) {
            return p.title();
        } else if (doc instanceof Session s) {
            return s.title();
        } else if (doc instanceof Topic t) {
            return t.title();
        } else if (doc instanceof Recommendation r) {
            return r.title();
        }
        throw new IllegalArgumentException(String.valueOf(doc));
    }
}
