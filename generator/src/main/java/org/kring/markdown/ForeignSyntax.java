package org.kring.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.kring.Problems;

/**
 * Markup of other tools that CommonMark reads as plain text, so Kring would print it as it is on the page and
 * in the handout: Pandoc fenced divs (Carpentries, Quarto), MkDocs admonitions, Hugo shortcodes, kramdown
 * attribute lists and Liquid tags (Jekyll). A warning at its line, saying what to write instead; a text pasted
 * from another site must not reach a printed session guide with "::::::: challenge" in it.
 *
 * <p>The body's text is scanned once, line by line, after parsing: the parser already knows where code is
 * (code blocks, code spans, HTML), which {@link #skip} is told, and code may show any of these on purpose.
 */
final class ForeignSyntax {
    /** A Pandoc fence: four or more colons, or three followed by an attribute block (three and a word is Kring's). */
    private static final Pattern PANDOC = Pattern.compile("^[ \\t]*(:{3,})[ \\t]*(\\{[^}]*\\}?|[A-Za-z][\\w-]*)?.*$");
    private static final Pattern MKDOCS = Pattern.compile("^[ \\t]*(!!!|\\?\\?\\?\\+?)[ \\t]+([A-Za-z][\\w-]*).*$");
    private static final Pattern HUGO = Pattern.compile("\\{\\{[<%].*?[>%]\\}\\}");
    private static final Pattern LIQUID = Pattern.compile("(?<!\\{)\\{%-?[ \\t]*([A-Za-z_]+)[^%]*%\\}(?!\\})");
    private static final Pattern KRAMDOWN = Pattern.compile("\\{:[^}\\n]*\\}");
    /** Pandoc's attributes right after a picture or link: {alt="..."}, {.class}, {width=50%}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\)(\\{(?:[.#][\\w-]+|[\\w-]+=)[^}\\n]*\\})");

    private final Set<Integer> codeLines = new HashSet<>();
    private final Map<Integer, List<int[]>> codeSpans = new HashMap<>();

    /** Text the scan passes over: a code block or HTML block covers whole lines, a code span part of one. */
    void skip(Node node, boolean wholeLines) {
        for (SourceSpan s : node.getSourceSpans()) {
            if (wholeLines) {
                codeLines.add(s.getLineIndex());
            } else {
                codeSpans.computeIfAbsent(s.getLineIndex(), k -> new ArrayList<>())
                        .add(new int[] {s.getColumnIndex(), s.getColumnIndex() + s.getLength()});
            }
        }
    }

    /** @param chars the body's characters ({@code body.toCharArray()}, which the reader has made already) */
    void scan(String fileName, String body, char[] chars, int lineOffset, Problems problems) {
        int index = 0; // of the line that starts at lineStart
        int lineStart = 0;
        // Only lines that hold a trigger are looked at: nearly every body has none, and the build reads thousands.
        for (int t = trigger(chars, 0); t >= 0; ) {
            for (int nl = body.indexOf('\n', lineStart); nl >= 0 && nl < t; nl = body.indexOf('\n', lineStart)) {
                index++;
                lineStart = nl + 1;
            }
            int end = body.indexOf('\n', t);
            if (end < 0) {
                end = body.length();
            }
            if (!codeLines.contains(index)) {
                check(fileName, body.substring(lineStart, end), index, lineOffset + index + 1, problems);
            }
            t = end < body.length() ? trigger(chars, end + 1) : -1;
        }
    }

    /**
     * Where the first of the marks other tools' syntax starts with is, at or after {@code from} ("{@code :::}",
     * "{@code !!!}", "{@code ???}", "{@code {{}", "{@code {%}", "{@code {:}", "{@code ){}"), or -1: one pass.
     */
    static int trigger(String text, int from) {
        return trigger(text.toCharArray(), from);
    }

    /** {@link #trigger(String, int)} on the text's characters: the quick compiler calls through String.charAt. */
    private static int trigger(char[] text, int from) {
        int n = text.length;
        for (int i = from; i + 1 < n; i++) {
            char c = text[i];
            char d = text[i + 1];
            if ((c == ':' || c == '!' || c == '?') && d == c && i + 2 < n && text[i + 2] == c
                    || c == '{' && (d == '{' || d == '%' || d == ':') || c == ')' && d == '{') {
                return i;
            }
        }
        return -1;
    }

    private void check(String file, String line, int index, int lineNo, Problems problems) {
        Matcher m = PANDOC.matcher(line);
        if (m.matches() && !inCode(index, m.start(1))) {
            String word = m.group(2) == null ? "" : m.group(2);
            if (m.group(1).length() > 3 || word.startsWith("{")) {
                problems.warning(file, lineNo, pandoc(m.group(1), word));
            }
            return;
        }
        m = MKDOCS.matcher(line);
        if (m.matches() && !inCode(index, m.start(1))) {
            problems.warning(file, lineNo, "'" + short_(line.strip()) + "' is an MkDocs admonition, which Kring "
                    + "would print as it is: write '::: " + kringBlock(m.group(2)) + "' on a line of its own, the "
                    + "text (not indented) and ':::' after it");
            return;
        }
        m = HUGO.matcher(line);
        while (m.find()) {
            if (!inCode(index, m.start())) {
                problems.warning(file, lineNo, "'" + short_(m.group()) + "' is a Hugo shortcode, which Kring would "
                        + "print as it is: write Markdown instead (a picture: ![what it shows](images/name.svg), a "
                        + "note: a '::: tip' block)");
            }
        }
        m = LIQUID.matcher(line);
        while (m.find()) {
            if (!inCode(index, m.start()) && !insideHugo(line, m.start())) {
                problems.warning(file, lineNo, "'" + short_(m.group()) + "' is a Liquid tag (Jekyll), which Kring "
                        + "would print as it is: write the text or the link itself, or delete it");
            }
        }
        m = ATTRIBUTES.matcher(line);
        while (m.find()) {
            if (!inCode(index, m.start(1))) {
                problems.warning(file, lineNo, "'" + short_(m.group(1)) + "' is a Pandoc attribute block, which Kring "
                        + "would print as it is: write a picture's description in its brackets, ![like this](...), and "
                        + "delete the braces");
            }
        }
        m = KRAMDOWN.matcher(line);
        while (m.find()) {
            if (!inCode(index, m.start())) {
                problems.warning(file, lineNo, "'" + short_(m.group()) + "' is a kramdown attribute list (Jekyll), "
                        + "which Kring would print as it is: for a box write '::: activity Title', '::: tip' or "
                        + "another Kring block around the text instead of a quote; for a heading's anchor write "
                        + "'## Heading {#id}'; else delete it");
            }
        }
    }

    private static boolean insideHugo(String line, int at) {
        Matcher h = HUGO.matcher(line);
        while (h.find()) {
            if (h.start() <= at && at < h.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean inCode(int index, int column) {
        for (int[] r : codeSpans.getOrDefault(index, List.of())) {
            if (column >= r[0] && column < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String pandoc(String colons, String word) {
        String shown = (colons + (word.isEmpty() ? "" : " " + word));
        if (word.isEmpty()) {
            return "'" + short_(shown) + "' closes a Pandoc fenced div, which Kring would print as it is: close a "
                    + "Kring block with ':::' (three colons)";
        }
        String kind = word.startsWith("{") ? word.replaceAll("[{}.]", " ").strip().split("\\s+")[0] : word;
        return "'" + short_(shown) + "' is a Pandoc fenced div (Carpentries, Quarto), which Kring would print as "
                + "it is: write '::: " + kringBlock(kind) + "' with three colons and close it with ':::'"
                + (kind.equalsIgnoreCase("keypoints") || kind.equalsIgnoreCase("objectives")
                        || kind.equalsIgnoreCase("questions") ? ", or make it a heading and a list" : "");
    }

    /** The Kring block closest to another tool's box of that name. */
    static String kringBlock(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "challenge", "exercise", "discussion", "example", "activity" -> "activity Title";
            case "solution", "instructor", "hint", "spoiler", "facilitator" -> "facilitator";
            default -> "tip";
        };
    }

    private static String short_(String s) {
        String t = s.strip();
        return org.kring.Problem.excerpt(t, 40);
    }
}
