package org.kring.segment;

/** Where one file stands in one language. */
public enum FileState {
    /** Every part translated from the current source. */
    TRANSLATED,
    /** Translated, but the source changed since it was translated. */
    OUTDATED,
    /** Partly translated from the current source: some parts are still in the source language, none changed. */
    PARTIAL,
    /** No translation: readers see the fallback language. */
    MISSING,
    /** A deliberate local version, kept as it is. */
    ADAPTED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
