package org.kring.course;

import java.util.Arrays;

/**
 * Line and column of a character offset in a CSV text, found by binary search over the line starts, so that
 * a file of ten thousand rows costs no more than reading it (commons-csv gives offsets, users want lines).
 */
final class CsvLines {
    private final String text;
    private final int[] starts;

    CsvLines(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(starts, Math.max(0, offset));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of {@code offset}, in characters as an editor counts them (code points). */
    int column(int offset) {
        int start = starts[line(offset) - 1];
        return text.codePointCount(start, Math.min(Math.max(offset, start), text.length())) + 1;
    }

    /** The offset where {@code line} starts; the end of the text past the last line. */
    int start(int line) {
        return line - 1 < starts.length ? starts[line - 1] : text.length();
    }

    /** The line of the first character at or after {@code offset} that is not a line break or blank. */
    int firstNonBlankLine(int offset) {
        int i = Math.max(0, offset);
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return line(Math.min(i, text.length()));
    }

    int lines() {
        return starts.length;
    }
}
