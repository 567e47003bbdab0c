package org.kring.markdown;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Which raw HTML a Markdown file may contain: a few harmless inline tags. Anything else (scripts, styles,
 * event handlers, frames, forms) is reported as an error and rendered as visible text, never as markup.
 */
public final class RawHtmlPolicy {
    private static final Set<String> TAGS = Set.of("kbd", "abbr", "br", "sub", "sup", "mark", "small", "span",
            "b", "i", "em", "strong", "u", "s", "q", "cite", "dfn", "bdi", "bdo", "wbr", "time", "del", "ins");
    private static final Set<String> ATTRIBUTES = Set.of("title", "lang", "dir", "datetime");

    private RawHtmlPolicy() {
    }

    /** Returns why {@code html} is not allowed, or null when it is. */
    public static String problem(String html) {
        String trimmed = html.strip();
        if (trimmed.startsWith("<!--")) {
            return null;
        }
        if (trimmed.startsWith("</")) {
            String name = trimmed.substring(2).replaceAll("[\\s>].*", "").toLowerCase(Locale.ROOT);
            return TAGS.contains(name) ? null : "raw HTML tag <" + name + "> is not allowed";
        }
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (e.tagName().equals("body")) {
                continue;
            }
            if (!TAGS.contains(e.normalName())) {
                return "raw HTML tag <" + e.normalName() + "> is not allowed (allowed: kbd, abbr, br, sub, sup, "
                        + "mark, small, span and simple emphasis)";
            }
            for (Attribute a : e.attributes()) {
                if (!ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
                    return "attribute '" + a.getKey() + "' on <" + e.normalName() + "> is not allowed";
                }
            }
        }
        return null;
    }
}
