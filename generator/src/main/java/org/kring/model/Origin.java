package org.kring.model;

/**
 * Where the text of one localized piece of content came from.
 *
 * @param file         the file the text was read from (a translation, or the source)
 * @param textLanguage the language the text is written in
 * @param fallback     true when the page's language had no translation and the text is from its fallback chain
 * @param outdated     true when the source changed since this translation was made
 * @param adapted      true for a deliberate local version of the source
 */
public record Origin(SourceFile file, String textLanguage, boolean fallback, boolean outdated, boolean adapted) {

    public Origin asFallback() {
        return new Origin(file, textLanguage, true, outdated, adapted);
    }

    public Origin asOutdated() {
        return new Origin(file, textLanguage, fallback, true, adapted);
    }
}
