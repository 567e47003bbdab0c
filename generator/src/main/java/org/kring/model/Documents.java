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

    /** The same content with another origin (records are immutable). */
    public static Object withOrigin(Object doc, Origin o) {
        if (doc instanceof Page p) {
            return new Page(p.key(), p.id(), p.title(), p.description(), p.body(), o, p.programmes(), p.languages(),
                    p.timeline());
        } else if (doc instanceof Programme p) {
            return new Programme(p.key(), p.id(), p.title(), p.shortTitle(), p.description(), p.audience(), p.body(),
                    o, p.sessions());
        } else if (doc instanceof Session s) {
            return new Session(s.key(), s.programmeId(), s.slug(), s.number(), s.duration(), s.title(), s.when(),
                    s.description(), s.objectives(), s.materials(), s.selfChecks(), s.agenda(), s.topics(), s.body(),
                    o, s.agendaLine());
        } else if (doc instanceof Topic t) {
            return new Topic(t.key(), t.id(), t.title(), t.description(), t.questions(), t.keyMessages(),
                    t.referWhen(), t.body(), o);
        } else if (doc instanceof Recommendation r) {
            return new Recommendation(r.key(), r.id(), r.title(), r.level(), r.adaptation(), r.description(),
                    r.countries(), r.body(), o);
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
