package org.kring.course;

/**
 * Where the quoting of a CSV record goes wrong, once commons-csv has refused it: the library says only that
 * something is wrong (in a message meant for programmers), a trainer needs the place and what to change.
 * Follows the rules the parser is configured with (RFC 4180: a field is quoted when it starts with a quote,
 * spaces around it ignored; two quotes inside stand for one).
 */
final class CsvQuotes {
    /**
     * @param unclosed  true when the opening quote at {@code quote} has no closing quote before the end of the
     *                  file; false when text follows the closing quote at {@code at}
     * @param quote     the offset of the opening quote
     * @param at        where the text after the closing quote starts (unclosed: the opening quote)
     * @param fieldEnd  where the field ends as a reader would guess it: the next delimiter or line break
     */
    record Finding(boolean unclosed, int quote, int at, int fieldEnd) {
    }

    private CsvQuotes() {
    }

    /** The first quoting mistake of the record that starts at {@code from}, or null when it has none. */
    static Finding diagnose(String text, int from, char delimiter) {
        int n = text.length();
        int i = from;
        while (i <= n) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && text.charAt(i) == '"') {
                int open = i++;
                while (true) {
                    if (i >= n) {
                        return new Finding(true, open, open, endOfField(text, open + 1, delimiter));
                    }
                    if (text.charAt(i) == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i >= n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                    return null;
                }
                if (text.charAt(i) != delimiter) {
                    return new Finding(false, open, i, endOfField(text, i, delimiter));
                }
                i++;
            } else {
                i = endOfField(text, i, delimiter);
                if (i >= n || text.charAt(i) != delimiter) {
                    return null;
                }
                i++;
            }
        }
        return null;
    }

    private static int endOfField(String text, int from, char delimiter) {
        int i = from;
        while (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
