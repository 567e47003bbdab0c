package org.kring.render.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to a page names its file: {@code ../about/index.html}, not {@code ../about/}. A web server answers
 * both alike, but a browser opening the site from disk ({@code file://}: a USB stick, a clinic's PC, an
 * unzipped copy) shows a folder listing for the second. Applied to every page as it is written, to the links
 * a page has (site-relative {@code href}s whose path ends in '/'), not to addresses with a scheme, root-absolute
 * ones or anchors within the page, and never to text.
 */
final class FileLinks {
    private static final Pattern HREF = Pattern.compile("(<[a-zA-Z][^<>]*?\\shref=\")([^\"]*)(\")");

    private FileLinks() {
    }

    static String apply(String html) {
        Matcher m = HREF.matcher(html);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String link = toFile(m.group(2));
            if (link == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 2048);
            }
            out.append(html, last, m.start(2)).append(link);
            last = m.end(2);
        }
        return out == null ? html : out.append(html, last, html.length()).toString();
    }

    /** The link naming its page's file, or null when it already does or is not a link within the site. */
    static String toFile(String href) {
        if (href.isEmpty() || href.startsWith("/") || href.startsWith("#") || href.startsWith("?")) {
            return null;
        }
        int end = href.length();
        int hash = href.indexOf('#');
        int query = href.indexOf('?');
        if (hash >= 0) {
            end = hash;
        }
        if (query >= 0 && query < end) {
            end = query;
        }
        String path = href.substring(0, end);
        int colon = path.indexOf(':');
        if (colon >= 0 && (path.indexOf('/') < 0 || colon < path.indexOf('/'))) {
            return null; // https:, mailto:, tel:, data: and the like
        }
        if (!path.endsWith("/")) {
            return null;
        }
        return path + "index.html" + href.substring(end);
    }
}
