package org.kring.model;

import java.util.Set;

/**
 * The parts of a translation that are still in the source language (imported partly, or the source gained
 * them since), so pages and PDFs can mark them with the language they are really in.
 *
 * @param lang  the language those parts are in (the source language)
 * @param dir   its direction, {@code ltr} or {@code rtl}
 * @param lines the file lines where body blocks in that language start
 * @param texts the front matter texts in that language, with white space collapsed
 */
public record Untranslated(String lang, String dir, Set<Integer> lines, Set<String> texts) {

    public Untranslated {
        lines = Set.copyOf(lines);
        texts = Set.copyOf(texts);
    }

    public boolean isEmpty() {
        return lines.isEmpty() && texts.isEmpty();
    }
}
