package org.kring.model;

/**
 * Identifies one piece of content independent of language, e.g. {@code topic:nutrition} or
 * {@code session:pregnancy/3}. Pages use their path as id: {@code page:about}, {@code page:countries/ghana}.
 */
public record DocKey(ContentKind kind, String id) implements Comparable<DocKey> {

    @Override
    public String toString() {
        return kind.prefix() + ":" + id;
    }

    // Written out: a record's own equals and hashCode go through method handles, which the quick compiler a build
    // runs with does not inline, and keys are looked up thousands of times per build.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DocKey k && kind == k.kind && id.equals(k.id);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + id.hashCode();
    }

    @Override
    public int compareTo(DocKey o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
