package org.kring.translate;

import org.kring.segment.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Replaces segments in a file's text, leaving every other byte as it was. */
final class TextEdits {
    private record Edit(int start, int end, String text) {
    }

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|: |\\s#|:$|\\s$|^(true|false|null|yes|no|on|off|~|[-+.0-9][0-9_.eE:+-]*)$",
            Pattern.CASE_INSENSITIVE);

    private final List<Edit> edits = new ArrayList<>();

    /** Puts {@code text} in place of a segment: in its first line, removing its other lines. */
    void replace(Segment segment, String text) {
        List<Segment.Range> ranges = segment.ranges();
        String value = segment.yaml() ? yamlScalar(text) : inline(segment, text);
        edits.add(new Edit(ranges.get(0).start(), ranges.get(0).end(), value));
        for (int i = 1; i < ranges.size(); i++) {
            edits.add(new Edit(ranges.get(i - 1).end(), ranges.get(i).end(), ""));
        }
    }

    /** Removes the structure a translation must not hold (or leaves "{}" for a map with nothing else). */
    void cut(org.kring.segment.Segmenter.Cut cut) {
        edits.add(new Edit(cut.start(), cut.end(), cut.replacement()));
    }

    String apply(String text) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder sb = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.end > limit) {
                throw new IllegalStateException("overlapping edits");
            }
            sb.replace(e.start, e.end, e.text);
            limit = e.start;
        }
        return sb.toString();
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    private static String inline(Segment segment, String text) {
        String one = text.strip().replaceAll("\\s*\\n\\s*", " ");
        if (segment.context().equals("table cell")) {
            one = one.replaceAll("(?<!\\\\)\\|", "\\\\|");
        }
        return one;
    }

    /** A YAML scalar for {@code text}: plain when that is safe, else double-quoted. */
    static String yamlScalar(String text) {
        String one = text.strip().replaceAll("\\s*\\n\\s*", " ");
        if (!one.isEmpty() && !PLAIN_UNSAFE.matcher(one).find()) {
            return one;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
