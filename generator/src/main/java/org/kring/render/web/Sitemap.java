package org.kring.render.web;

import java.util.ArrayList;
import java.util.List;

import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.ContentKind;
import org.kring.model.Language;
import org.kring.model.LocalizedContent;
import org.kring.model.Page;
import org.kring.render.Router;

/**
 * sitemap.xml with every translated page and its hreflang alternates, so search engines offer each reader her
 * language. A fallback (a page a language shows in English) is left out: it is the English page again, and
 * listed as Arabic it would tell a search engine that an Arabic text exists.
 */
final class Sitemap {
    private Sitemap() {
    }

    /**
     * @param pages the key of every page the site has (in every language), as the renderer makes them: list
     *              pages first, then content by id, not by title, so a retitled page keeps its place
     */
    static String xml(Curriculum c, Router router, List<DocKey> pages) {
        String base = c.config().baseUrl();
        java.util.Set<DocKey> keys = new java.util.LinkedHashSet<>();
        for (DocKey k : pages) {
            if (k.kind() == ContentKind.PAGE && Page.LIST_PAGES.contains(k.id())) {
                keys.add(k);
            }
        }
        java.util.Set<DocKey> listed = java.util.Set.copyOf(keys);
        pages.stream().filter(k -> !listed.contains(k)).distinct().sorted().forEach(keys::add);
        List<Language> languages = c.config().languages();
        StringBuilder sb = new StringBuilder(keys.size() * 600);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        // Each page's address in each language it has, made once: every language's entry lists them all.
        String[] urls = new String[languages.size()];
        for (DocKey key : keys) {
            for (int i = 0; i < urls.length; i++) {
                String code = languages.get(i).code();
                urls[i] = Translated.in(c, key, code) ? escape(base + router.path(key, code)) : null;
            }
            for (LocalizedContent l : c.locales()) {
                int own = indexOf(languages, l.code());
                String url = own >= 0 ? urls[own] : Translated.in(c, key, l.code())
                        ? escape(base + router.path(key, l.code())) : null;
                if (url == null) {
                    continue;
                }
                sb.append("  <url><loc>").append(url).append("</loc>\n");
                for (int i = 0; i < urls.length; i++) {
                    if (urls[i] != null) {
                        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(languages.get(i).code())
                                .append("\" href=\"").append(urls[i]).append("\"/>\n");
                    }
                }
                sb.append("  </url>\n");
            }
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }

    private static int indexOf(List<Language> languages, String code) {
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
