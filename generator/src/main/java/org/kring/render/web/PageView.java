package org.kring.render.web;

import java.util.List;

/**
 * What the layout template needs to know about the page being rendered.
 *
 * @param path        the page's folder relative to the site root, e.g. {@code nl/topics/nutrition/}
 * @param kind        home, page, country, countries, programmes, programme, session, topics, topic,
 *                    recommendations, recommendation
 * @param canonical   the absolute URL of the page search engines should show for this one (the page itself, or
 *                    the source language's when this one is a fallback), or null without a base URL: a
 *                    canonical link must be absolute, and a guessed host would be wrong
 * @param descriptionLang the language of the description when it is not the page's (a fallback's), else null
 * @param fallback    true when this language has no translation of the page and shows another language
 * @param outdated    true when the source changed since this page was translated
 * @param adapted     true for a deliberate local version
 * @param textLang    the language the main text is written in (differs from the page's when fallback)
 * @param textLangName the name of the text's language in the page's language, for notices ("الإنجليزية")
 * @param sourceName  the name of the site's source language in the page's language, for notices
 */
public record PageView(String path, String kind, String title, String description, String descriptionLang,
        String canonical,
        boolean fallback, boolean outdated, boolean adapted, String textLang, String textDir, String textLangName,
        String sourceName, List<Alternate> alternates, List<Crumb> breadcrumbs) {

    /**
     * The same page in another language, for the language switcher and hreflang links.
     *
     * @param translated false when that language shows this page in another language (a fallback): the
     *                   switcher says so, and no hreflang claims it is in that language
     */
    public record Alternate(String code, String name, String dir, String href, String url, boolean current,
            boolean translated) {
    }

    /** A step of the breadcrumb trail; {@code lang} as in {@link NavItem}. */
    public record Crumb(String title, String href, String lang) {
    }
}
