package org.kring.render.web;

import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * The words a reader searches in a rendered page: the text of its content box, without the page heading (the
 * title is a field of its own), navigation (the guide's sections, the other sessions, the pager: the same words on
 * many pages), scripts and hidden elements, with white space folded to single spaces.
 *
 * <p>Every page of every language passes here, so this is one pass over the markup, not a parse into a tree
 * (which cost a quarter of a large site's build). It reads the HTML the renderer wrote, so it may assume tags are
 * closed in order; it still never fails on markup that is not, and it yields the words jsoup's
 * {@code Element.text()} yields for the same elements ({@code SearchTextTest} compares them on every page of the
 * example and on broken markup): block elements and line breaks separate words, inline ones do not, entities are
 * decoded, a no-break space is a space.
 */
final class SearchText {
    /** Elements whose content is not searched. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "h1", "nav", "template");

    /** Elements with no end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");

    /** The elements jsoup lays out as blocks: a block separates the words before it and after it. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "link", "main", "menu", "meta", "nav", "noscript", "ol", "p",
            "pre", "script", "search", "section", "style", "template", "title", "ul", "center", "applet", "marquee",
            "listing", "plaintext", "noframes", "dir", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
            "col", "colgroup", "html", "head", "body", "frameset", "frame");

    /**
     * Replaced and form elements (jsoup's text boundaries): they separate the words after them from theirs, and
     * the words before them only when they hold text themselves.
     */
    private static final Set<String> BOUNDARY = Set.of("audio", "button", "canvas", "embed", "iframe", "img", "input",
            "math", "meter", "object", "option", "output", "picture", "progress", "select", "svg", "textarea", "video");

    /** Boundaries that usually hold text (a button's label), so they separate the words before them too. */
    private static final Set<String> LABELLED = Set.of("button", "meter", "option", "output", "progress", "select",
            "textarea");

    private SearchText() {
    }

    /** The searchable text of a page: from its content box to the end of {@code main}, else all of {@code main}. */
    static String of(String html) {
        int start = html.indexOf("<div class=\"content\">");
        int end = start < 0 ? -1 : html.indexOf("</main>", start);
        if (end < 0) {
            int main = html.indexOf("<main");
            if (main < 0) {
                return "";
            }
            start = main;
            end = html.indexOf("</main>", main);
            if (end < 0) {
                end = html.length();
            }
        }
        return text(html, start, end);
    }

    /** The words of {@code html} between {@code from} and {@code to}. */
    static String text(String html, int from, int to) {
        // Scanned as an array: the quick compiler a build runs checks every String.charAt through a call.
        char[] h = html.toCharArray();
        Words out = new Words();
        String skipping = null;
        int depth = 0;
        // jsoup separates the words after a block or a boundary only when the element's next sibling is text or
        // an inline element: these say an element has ended and the next node decides.
        boolean afterBlock = false;
        boolean afterBoundary = false;
        int i = from;
        while (i < to) {
            int lt = i;
            while (lt < to && h[lt] != '<') {
                lt++;
            }
            if (skipping == null && lt > i) {
                if (afterBlock || afterBoundary) {
                    out.separate();
                    afterBlock = afterBoundary = false;
                }
                out.text(h, i, lt);
            }
            if (lt >= to) {
                break;
            }
            if (startsWith(h, lt, h.length, "<!--")) {
                int close = indexOf(h, "-->", lt + 4, h.length);
                i = close < 0 || close + 3 > to ? to : close + 3;
                if (skipping == null) {
                    afterBlock = afterBoundary = false; // a comment is the next sibling: neither text nor element
                }
                continue;
            }
            Tag tag = Tag.at(h, lt, to);
            if (tag == null) {
                // A '<' that opens no tag is text, as a browser reads it.
                if (skipping == null) {
                    if (afterBlock || afterBoundary) {
                        out.separate();
                        afterBlock = afterBoundary = false;
                    }
                    out.text(h, lt, lt + 1);
                }
                i = lt + 1;
                continue;
            }
            i = tag.end;
            String name = tag.name;
            boolean isVoid = VOID.contains(name) || tag.selfClosing;
            if (skipping != null) {
                if (name.equals(skipping) && !isVoid) {
                    depth += tag.closing ? -1 : 1;
                    if (depth == 0) {
                        skipping = null;
                    }
                }
                continue;
            }
            if (!tag.closing && !isVoid && (SKIP.contains(name) || tag.hidden)) {
                // Left out as if it were not there: it separates no words (jsoup removes the element).
                if (name.equals("script") || name.equals("style")) {
                    // Raw text: a '<' inside is not a tag, only the end tag ends it.
                    i = rawTextEnd(h, i, to, name);
                    continue;
                }
                skipping = name;
                depth = 1;
                continue;
            }
            if (tag.closing) {
                afterBoundary = BOUNDARY.contains(name);
                afterBlock |= BLOCK.contains(name); // an inline element holding a block separates after it too
            } else if (BLOCK.contains(name) || name.equals("br")) {
                out.separate();
                afterBlock = isVoid && !name.equals("br");
                afterBoundary = false;
            } else {
                if (afterBlock || afterBoundary || LABELLED.contains(name)) {
                    out.separate();
                }
                afterBlock = false;
                afterBoundary = isVoid && BOUNDARY.contains(name);
            }
        }
        return out.toString();
    }

    private static boolean startsWith(char[] h, int at, int to, String s) {
        if (at + s.length() > to) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (h[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code s} starts in {@code h} from {@code from}, ending before {@code to}, or -1. */
    private static int indexOf(char[] h, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (startsWith(h, i, to, s)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the raw text of a script or style element that starts at {@code from} ends, after its end tag. */
    private static int rawTextEnd(char[] h, int from, int to, String name) {
        for (int i = indexOf(h, "</", from, h.length); i >= 0 && i < to; i = indexOf(h, "</", i + 2, h.length)) {
            if (regionMatchesIgnoreCase(h, i + 2, h.length, name)) {
                int close = i;
                while (close < to && h[close] != '>') {
                    close++;
                }
                return close >= to ? to : close + 1;
            }
        }
        return to;
    }

    /** Whether {@code h} has {@code lower} (lower-case ASCII) at {@code at}, in any case. */
    private static boolean regionMatchesIgnoreCase(char[] h, int at, int to, String lower) {
        if (at + lower.length() > to) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = h[at + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A start or end tag: its lower-case name, whether it has a {@code hidden} attribute, and where it ends. */
    private record Tag(String name, boolean closing, boolean selfClosing, boolean hidden, int end) {

        /** The tag at {@code lt}, or null when the '<' there begins none (then it is text). */
        static Tag at(char[] h, int lt, int to) {
            int i = lt + 1;
            boolean closing = i < to && h[i] == '/';
            if (closing) {
                i++;
            }
            int nameStart = i;
            while (i < to && isNameChar(h[i])) {
                i++;
            }
            if (i == nameStart || !isLetter(h[nameStart])) {
                return null;
            }
            String name = new String(h, nameStart, i - nameStart).toLowerCase(java.util.Locale.ROOT);
            boolean hidden = false;
            boolean selfClosing = false;
            while (i < to) {
                char c = h[i];
                if (c == '>') {
                    return new Tag(name, closing, selfClosing, hidden, i + 1);
                }
                if (c == '/') {
                    selfClosing = i + 1 < to && h[i + 1] == '>';
                    i++;
                    continue;
                }
                if (isSpace(c)) {
                    i++;
                    continue;
                }
                int attrStart = i;
                while (i < to && !isSpace(h[i]) && h[i] != '=' && h[i] != '>' && h[i] != '/') {
                    i++;
                }
                if (i - attrStart == 6 && regionMatchesIgnoreCase(h, attrStart, to, "hidden")) {
                    hidden = true;
                }
                while (i < to && isSpace(h[i])) {
                    i++;
                }
                if (i < to && h[i] == '=') {
                    i++;
                    while (i < to && isSpace(h[i])) {
                        i++;
                    }
                    if (i < to && (h[i] == '"' || h[i] == '\'')) {
                        char quote = h[i];
                        int close = i + 1;
                        while (close < to && h[close] != quote) {
                            close++;
                        }
                        i = close >= to ? to : close + 1;
                    } else {
                        while (i < to && !isSpace(h[i]) && h[i] != '>') {
                            i++;
                        }
                    }
                }
            }
            return new Tag(name, closing, selfClosing, hidden, to);
        }

        private static boolean isLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean isNameChar(char c) {
            return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == ':' || c == '_';
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Text with white space folded: one space between words, none at either end. */
    private static final class Words {
        private final StringBuilder text = new StringBuilder(4096);
        private boolean space;

        void separate() {
            space = text.length() > 0;
        }

        void text(char[] h, int from, int to) {
            int i = from;
            while (i < to) {
                int run = i;
                char c = 0;
                while (run < to && !isSpecial(c = h[run])) {
                    run++;
                }
                if (run > i) {
                    word();
                    text.append(h, i, run - i);
                }
                if (run >= to) {
                    return;
                }
                if (c == '&') {
                    int semicolon = run;
                    while (semicolon < to && semicolon - run <= 40 && h[semicolon] != ';') {
                        semicolon++;
                    }
                    int end = semicolon >= to || semicolon - run > 40 || h[semicolon] != ';' ? run + 1 : semicolon + 1;
                    String decoded = Parser.unescapeEntities(new String(h, run, end - run), false);
                    for (int k = 0; k < decoded.length(); k++) {
                        character(decoded.charAt(k));
                    }
                    i = end;
                } else {
                    character(c);
                    i = run + 1;
                }
            }
        }

        /** White space, an entity, or a character jsoup drops: everything else is copied in runs. */
        private static boolean isSpecial(char c) {
            return c <= ' ' || c == '&' || c == '\u00a0' || c == '\u200b' || c == '\u00ad';
        }

        private void character(char c) {
            if (isSpace(c) || c == '\u00a0') {
                separate();
            } else if (c != '\u200b' && c != '\u00ad') {
                word();
                text.append(c);
            }
        }

        /** Before a word's characters: the space that separates it from the one before, if any. */
        private void word() {
            if (space) {
                text.append(' ');
                space = false;
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
