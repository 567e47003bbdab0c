package org.kring.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Anchor ids for headings. A heading may end with {@code {#id}} to keep its anchor the same in every
 * language; otherwise the id is made from the heading's text (letters of any script are kept).
 */
final class HeadingIds {
    private static final Pattern EXPLICIT = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}_-]+)\\}\\s*$");

    private HeadingIds() {
    }

    /** Removes a trailing {@code {#id}} from the heading and returns the id, or null when there is none. */
    static String takeExplicitId(Heading heading) {
        if (heading.getLastChild() instanceof Text last) {
            Matcher m = EXPLICIT.matcher(last.getLiteral());
            if (m.find()) {
                last.setLiteral(last.getLiteral().substring(0, m.start()));
                return m.group(1);
            }
        }
        return null;
    }

    static String slug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(Character.toLowerCase(cp));
                dash = false;
            } else if ((cp == ' ' || cp == '-' || cp == '_') && sb.length() > 0 && !dash) {
                sb.append('-');
                dash = true;
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "section" : sb.toString().toLowerCase(Locale.ROOT);
    }

    static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 1; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb);
        return sb.toString();
    }

    private static void append(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (child instanceof Code c) {
                sb.append(c.getLiteral());
            } else {
                append(child, sb);
            }
        }
    }
}
