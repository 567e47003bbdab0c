package org.kring.render.web;

import java.util.ArrayList;
import java.util.List;

import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.Documents;
import org.kring.model.Language;
import org.kring.model.LocalizedContent;
import org.kring.model.Page;
import org.kring.model.Programme;
import org.kring.model.Session;
import org.kring.render.Router;

/** sitemap.xml with every page and its hreflang alternates, so search engines offer each reader her language. */
final class Sitemap {
    private Sitemap() {
    }

    static String xml(Curriculum c, Router router) {
        String base = c.config().baseUrl();
        List<DocKey> keys = new ArrayList<>();
        LocalizedContent ref = c.locales().get(0);
        for (String id : List.of("home", "countries", "programmes", "topics", "recommendations", "downloads",
                "translation")) {
            keys.add(new DocKey(org.kring.model.ContentKind.PAGE, id));
        }
        for (Page p : ref.pages()) {
            if (!keys.contains(p.key())) {
                keys.add(p.key());
            }
        }
        for (Programme p : ref.programmes()) {
            keys.add(p.key());
            for (Session s : p.sessions()) {
                keys.add(s.key());
            }
        }
        // By id, not by title: a retitled page keeps its place, so an edit does not change the sitemap.
        ref.topics().stream().map(Documents::key).sorted().forEach(keys::add);
        ref.recommendations().stream().map(Documents::key).sorted().forEach(keys::add);
        StringBuilder sb = new StringBuilder(keys.size() * 600);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (DocKey key : keys) {
            for (LocalizedContent l : c.locales()) {
                sb.append("  <url><loc>").append(escape(base + router.path(key, l.code()))).append("</loc>\n");
                for (Language alt : c.config().languages()) {
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
