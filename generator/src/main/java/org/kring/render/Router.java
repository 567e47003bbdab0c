package org.kring.render;

import java.util.HashMap;
import java.util.Map;

import org.kring.model.DocKey;
import org.kring.model.LocalizedContent;
import org.kring.model.Programme;
import org.kring.model.Session;

/**
 * Where each page lives in the site: {@code <lang>/topics/nutrition/}. Paths are relative to the site root
 * and end with '/' for pages (written as {@code index.html}). One place decides URLs, so links, the
 * language switcher, the sitemap and the writer always agree.
 */
public final class Router {
    private final Map<String, String> sessionSlugs = new HashMap<>();

    public Router(LocalizedContent reference) {
        for (Programme p : reference.programmes()) {
            for (Session s : p.sessions()) {
                sessionSlugs.put(s.key().id(), s.slug());
            }
        }
    }

    /** The page's folder, e.g. {@code nl/programmes/pregnancy/03-body-changes/}; null for unknown content. */
    public String path(DocKey key, String lang) {
        String id = key.id();
        return switch (key.kind()) {
            case PAGE -> id.equals("home") ? lang + "/" : lang + "/" + id + "/";
            case PROGRAMME -> lang + "/programmes/" + id + "/";
            case TOPIC -> lang + "/topics/" + id + "/";
            case RECOMMENDATION -> lang + "/recommendations/" + id + "/";
            case COURSE, MODULE -> lang + "/courses/" + id + "/";
            case SESSION -> {
                String slug = sessionSlugs.get(id);
                yield slug == null ? null : lang + "/programmes/" + id.substring(0, id.indexOf('/')) + "/" + slug + "/";
            }
        };
    }

    /** The prefix that leads from a page at {@code path} back to the site root: "../../" for "en/topics/". */
    public static String rootFrom(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The file a page path is written to. */
    public static String file(String path) {
        return path.endsWith("/") ? path + "index.html" : path;
    }
}
