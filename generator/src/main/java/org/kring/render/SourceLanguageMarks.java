package org.kring.render;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kring.model.Untranslated;
import org.kring.segment.Segment;

/**
 * Gives the front matter texts a partial translation still has in the source language (a title, an objective,
 * an agenda activity) their language on the page, wherever a template put them: the innermost element whose
 * text is exactly such a text gets {@code lang} and {@code dir}. Body blocks are marked as they are rendered
 * ({@link MarkdownHtml}); templates need not know which texts are translated.
 */
public final class SourceLanguageMarks {
    private SourceLanguageMarks() {
    }

    /** The page with the texts marked; the page as it was when there is nothing to mark. */
    public static String mark(String html, Untranslated u) {
        if (u == null || u.texts().isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element e : doc.body().getAllElements()) {
            if (e.hasAttr("lang") || e.tagName().equals("script") || e.tagName().equals("style")) {
                continue;
            }
            String text = Segment.normalize(e.text());
            if (text.isEmpty() || !u.texts().contains(text) || childHasSameText(e, text)) {
                continue;
            }
            e.attr("lang", u.lang());
            e.attr("dir", u.dir());
            changed = true;
        }
        return changed ? doc.outerHtml() : html;
    }

    private static boolean childHasSameText(Element e, String text) {
        for (Element c : e.children()) {
            if (Segment.normalize(c.text()).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Every front matter text still in the source language, of any of the given parts. */
    public static Untranslated union(Iterable<Untranslated> parts) {
        Set<String> texts = new java.util.HashSet<>();
        String lang = null;
        String dir = null;
        for (Untranslated u : parts) {
            texts.addAll(u.texts());
            lang = u.lang();
            dir = u.dir();
        }
        return lang == null ? null : new Untranslated(lang, dir, Set.of(), texts);
    }
}
