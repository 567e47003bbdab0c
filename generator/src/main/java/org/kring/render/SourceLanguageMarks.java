package org.kring.render;

import java.util.Set;

import org.kring.model.Untranslated;

/**
 * Gives the front matter texts a partial translation still has in the source language (a title, an objective,
 * an agenda activity) their language on the page, wherever a template put them: the innermost element whose
 * text is exactly such a text gets {@code lang} and {@code dir}. Body blocks are marked as they are rendered
 * ({@link MarkdownHtml}); templates need not know which texts are translated.
 */
public final class SourceLanguageMarks {
    private SourceLanguageMarks() {
    }

    /**
     * The page with the texts marked; the page as it was when there is nothing to mark. An element is marked
     * when its whole content is such a text ({@code >text</}): found by searching the page's text, not by
     * parsing it, so a partly translated language costs about what a translated one does.
     */
    public static String mark(String html, Untranslated u) {
        if (u == null || u.texts().isEmpty()) {
            return html;
        }
        StringBuilder out = null;
        java.util.TreeMap<Integer, Boolean> inserts = new java.util.TreeMap<>();
        for (String text : u.texts()) {
            String needle = ">" + escape(text) + "</";
            for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
                int open = html.lastIndexOf('<', at);
                if (open < 0 || html.charAt(open + 1) == '/' || html.charAt(open + 1) == '!') {
                    continue;
                }
                String tag = html.substring(open, at);
                if (tag.contains(" lang=") || tag.startsWith("<script") || tag.startsWith("<style")
                        || tag.startsWith("<title") || tag.startsWith("<option")) {
                    continue;
                }
                inserts.put(tag.endsWith("/") ? at - 1 : at, Boolean.TRUE);
            }
        }
        if (inserts.isEmpty()) {
            return html;
        }
        out = new StringBuilder(html.length() + inserts.size() * 24);
        int from = 0;
        String attrs = " lang=\"" + u.lang() + "\" dir=\"" + u.dir() + "\"";
        for (int at : inserts.keySet()) {
            out.append(html, from, at).append(attrs);
            from = at;
        }
        return out.append(html, from, html.length()).toString();
    }

    /** As the templates escape text (FreeMarker's HTML output format). */
    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
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
