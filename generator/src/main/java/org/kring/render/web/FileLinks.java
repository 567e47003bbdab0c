package org.kring.render.web;

/**
 * A link to a page names its file: {@code ../about/index.html}, not {@code ../about/}. A web server answers
 * both alike, but a browser opening the site from disk ({@code file://}: a USB stick, a clinic's PC, an
 * unzipped copy) shows a folder listing for the second. Applied to every page as it is written, to the links
 * a page has (site-relative {@code href}s whose path ends in '/'), not to addresses with a scheme, root-absolute
 * ones or anchors within the page, and never to text.
 */
final class FileLinks {
    private static final String HREF = "href=\"";

    private FileLinks() {
    }

    /**
     * Every page passes here, so this is a scan with {@code indexOf}, not a regular expression: a pattern that
     * tries each tag's attributes at every {@code <} cost a fifth of a large site's build.
     */
    static String apply(String html) {
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        while (true) {
            int at = html.indexOf(HREF, from);
            if (at < 0) {
                break;
            }
            int start = at + HREF.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            if (!isAttribute(html, at)) {
                from = start;
                continue;
            }
            from = end + 1;
            String link = toFile(html.substring(start, end));
            if (link == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 2048);
            }
            out.append(html, last, start).append(link);
            last = end;
        }
        return out == null ? html : out.append(html, last, html.length()).toString();
    }

    /**
     * Whether the {@code href="} at {@code at} is an attribute of a tag: after white space, inside a tag that has
     * begun with a letter and has not ended ({@code data-href}, text and escaped markup are not).
     */
    private static boolean isAttribute(String html, int at) {
        if (at == 0 || !isSpace(html.charAt(at - 1))) {
            return false;
        }
        for (int i = at - 2; i >= 0; i--) {
            char c = html.charAt(i);
            if (c == '>') {
                return false;
            }
            if (c == '<') {
                char next = html.charAt(i + 1);
                return next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z';
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
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
