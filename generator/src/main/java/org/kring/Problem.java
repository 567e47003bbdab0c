package org.kring;

import java.util.Comparator;

/**
 * Something wrong with the user's input, pinned to a place in a file. Problems are what the user sees:
 * they are printed as {@code file:line:column: error: message}, never as a stack trace.
 *
 * @param file   path relative to the site root, with forward slashes
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Problem(Severity severity, String file, int line, int column, String message)
        implements Comparable<Problem> {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, 0, message);
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, 0, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, file, line, column, message);
    }

    /**
     * A user's text quoted in a message: at most {@code max} characters, "..." where it was cut. Cut between
     * characters, never inside one: half of a surrogate pair (an emoji, a rarer letter) is not text, and a message
     * holding one could not even be written to the build's record.
     */
    public static String excerpt(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 3;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "...";
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The place, as editors and CI logs understand it: {@code file:line:column}. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
