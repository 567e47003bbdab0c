package org.kring.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.kring.markdown.NestingLimit;

/**
 * Keeps a translation's inline Markdown intact: the same link and picture targets, the same number of
 * emphasised and bold parts, the same code and placeholders. A translator may move them, not lose them.
 */
final class InlineCheck {
    private static final Parser PARSER = NestingLimit.apply(Parser.builder()).build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]+\\}");

    private InlineCheck() {
    }

    private record Markup(List<String> links, List<String> images, int emphasis, int strong, List<String> code,
            List<String> html, List<String> placeholders) {
    }

    /** Why {@code target} does not keep the markup of {@code source}, or null when it does. */
    /**
     * A control character (a vertical tab from a word processor's line break, a form feed, a bidi override
     * that would reorder the page) in a translation, named, or null.
     */
    static String controlCharacter(String target) {
        for (int i = 0; i < target.length(); ) {
            int cp = target.codePointAt(i);
            boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t';
            boolean bidi = cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
            if (control || bidi) {
                return String.format(java.util.Locale.ROOT, "the translation has the invisible character U+%04X (%s)%s; "
                        + "remove it", cp, Character.getName(cp), cp == 0x0B ? ", a line break a word processor wrote"
                        : bidi ? ", which would reorder the text around it" : "");
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    static String problem(String source, String target) {
        String control = controlCharacter(target);
        if (control != null) {
            return control;
        }
        Markup s;
        Markup t;
        try {
            s = markup(source);
        } catch (NestingLimit.TooDeep e) {
            return "the English text: " + e.getMessage();
        }
        try {
            t = markup(target);
        } catch (NestingLimit.TooDeep e) {
            return "the translation: " + e.getMessage();
        }
        String diff = compare("link target", s.links, t.links);
        if (diff == null) {
            diff = compare("picture", s.images, t.images);
        }
        if (diff == null && s.emphasis != t.emphasis) {
            diff = "the source has " + s.emphasis + " *emphasised* part(s), the translation " + t.emphasis;
        }
        if (diff == null && s.strong != t.strong) {
            diff = "the source has " + s.strong + " **bold** part(s), the translation " + t.strong;
        }
        if (diff == null) {
            diff = compare("code", s.code, t.code);
        }
        if (diff == null) {
            diff = compare("HTML tag", s.html, t.html);
        }
        if (diff == null) {
            diff = compare("placeholder", s.placeholders, t.placeholders);
        }
        return diff;
    }

    private static String compare(String what, List<String> source, List<String> target) {
        List<String> missing = new ArrayList<>(source);
        for (String x : target) {
            missing.remove(x);
        }
        List<String> extra = new ArrayList<>(target);
        for (String x : source) {
            extra.remove(x);
        }
        if (!missing.isEmpty()) {
            return what + " '" + missing.get(0) + "' of the source is missing in the translation";
        }
        if (!extra.isEmpty()) {
            return "the translation has a " + what + " '" + extra.get(0) + "' that the source does not have";
        }
        return null;
    }

    private static Markup markup(String text) {
        List<String> links = new ArrayList<>();
        List<String> images = new ArrayList<>();
        List<String> code = new ArrayList<>();
        List<String> html = new ArrayList<>();
        int[] em = {0, 0};
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                images.add(image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(Emphasis e) {
                em[0]++;
                visitChildren(e);
            }

            @Override
            public void visit(StrongEmphasis e) {
                em[1]++;
                visitChildren(e);
            }

            @Override
            public void visit(Code c) {
                code.add(c.getLiteral());
            }

            @Override
            public void visit(HtmlInline h) {
                html.add(h.getLiteral().replaceAll("\\s.*", ">").toLowerCase(java.util.Locale.ROOT));
            }
        });
        List<String> placeholders = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            placeholders.add(m.group());
        }
        Collections.sort(links);
        return new Markup(links, images, em[0], em[1], code, html, placeholders);
    }
}
