package org.kring.segment;

import java.util.List;

/**
 * One unit of translation: a front matter text, a heading, a paragraph, a list item, a table cell or a
 * block title. {@code text} is the Markdown as written (inline markup included, lines joined with a space).
 *
 * @param key     where it is in its file: {@code title}, {@code objectives/2}, {@code agenda/3/activity},
 *                {@code body/14}; stable while the file's structure is
 * @param context what the translator needs to know: the field, or the kind of block it sits in
 * @param line    1-based line in its file
 * @param ranges  the character ranges of the text in the file (a paragraph has one per line)
 * @param yaml    true for a front matter value, which is replaced as a YAML scalar
 */
public record Segment(String key, String text, String context, int line, List<Range> ranges, boolean yaml) {

    /** Characters {@code [start, end)} of the file text. */
    public record Range(int start, int end) {
    }

    /** The text with runs of white space made one space: what decides whether two texts are the same. */
    public String normalized() {
        return normalize(text);
    }

    public static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Words, for "words left to translate". */
    public int words() {
        String n = normalized();
        return n.isEmpty() ? 0 : n.split(" ").length;
    }
}
