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

    @Override
    public int compareTo(DocKey o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
