package org.kring.render.web;

import java.util.List;

/**
 * What the layout template needs to know about the page being rendered.
 *
 * @param path        the page's folder relative to the site root, e.g. {@code nl/topics/nutrition/}
 * @param kind        home, page, country, countries, programmes, programme, session, topics, topic,
 *                    recommendations, recommendation
 * @param canonical   the page's absolute URL when the site has a base URL, else its relative href
 * @param fallback    true when this language has no translation of the page and shows another language
 * @param outdated    true when the source changed since this page was translated
 * @param adapted     true for a deliberate local version
 * @param textLang    the language the main text is written in (differs from the page's when fallback)
 * @param sourceName  the name of the site's source language, for notices
 */
public record PageView(String path, String kind, String title, String description, String canonical,
        boolean fallback, boolean outdated, boolean adapted, String textLang, String textDir, String textLangName,
        String sourceName, List<Alternate> alternates, List<Crumb> breadcrumbs) {

    /** The same page in another language, for the language switcher and hreflang links. */
    public record Alternate(String code, String name, String dir, String href, String url, boolean current) {
    }

    /** A step of the breadcrumb trail; {@code lang} as in {@link NavItem}. */
    public record Crumb(String title, String href, String lang) {
    }
}
