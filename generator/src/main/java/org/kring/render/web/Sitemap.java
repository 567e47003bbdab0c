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
        List<DocKey> keys = new ArrayList<>();
        for (DocKey k : pages) {
            if (k.kind() == ContentKind.PAGE && Page.LIST_PAGES.contains(k.id()) && !keys.contains(k)) {
                keys.add(k);
            }
        }
        pages.stream().filter(k -> !keys.contains(k)).distinct().sorted().forEach(keys::add);
        StringBuilder sb = new StringBuilder(keys.size() * 600);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (DocKey key : keys) {
            for (LocalizedContent l : c.locales()) {
                if (!Translated.in(c, key, l.code())) {
                    continue;
                }
                sb.append("  <url><loc>").append(escape(base + router.path(key, l.code()))).append("</loc>\n");
                for (Language alt : c.config().languages()) {
                    if (!Translated.in(c, key, alt.code())) {
                        continue;
                    }
                    sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alt.code())
                            .append("\" href=\"").append(escape(base + router.path(key, alt.code()))).append("\"/>\n");
                }
                sb.append("  </url>\n");
            }
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
