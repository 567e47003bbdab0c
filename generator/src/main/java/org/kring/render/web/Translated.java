package org.kring.render.web;

import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.LocalizedContent;

/**
 * Whether a page has its own text in a language, or shows another language's (a fallback). Only a translation
 * may be declared in that language: in hreflang links, the sitemap, the switcher. One rule for all three.
 */
final class Translated {
    private Translated() {
    }

    /**
     * A page is when its text is not a fallback, as its notice tells the reader (a list page whose introduction
     * is still English says so too); a page with no text of its own (a list made of interface strings) always is.
     */
    static boolean in(Curriculum curriculum, DocKey key, String lang) {
        LocalizedContent l = curriculum.locale(lang);
        org.kring.model.Content doc = l == null ? null : l.find(key);
        return doc == null || !doc.origin().fallback();
    }
}
