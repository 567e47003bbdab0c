package org.kring.model;

/**
 * Where the text of one localized piece of content came from.
 *
 * @param file         the file the text was read from (a translation, or the source)
 * @param textLanguage the language the text is written in
 * @param fallback     true when the page's language had no translation and the text is from its fallback chain
 * @param outdated     true when the source changed since this translation was made
 * @param adapted      true for a deliberate local version of the source
 * @param untranslated the parts of a translation still in the source language, or null when there are none
 */
public record Origin(SourceFile file, String textLanguage, boolean fallback, boolean outdated, boolean adapted,
        Untranslated untranslated) {

    public Origin(SourceFile file, String textLanguage, boolean fallback, boolean outdated, boolean adapted) {
        this(file, textLanguage, fallback, outdated, adapted, null);
    }

    public Origin asFallback() {
        return new Origin(file, textLanguage, true, outdated, adapted, untranslated);
    }

    public Origin asOutdated() {
        return new Origin(file, textLanguage, fallback, true, adapted, untranslated);
    }

    public Origin withUntranslated(Untranslated u) {
        return new Origin(file, textLanguage, fallback, outdated, adapted, u);
    }
}
