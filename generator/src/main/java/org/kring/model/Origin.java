package org.kring.model;

/**
 * Where the text of one localized piece of content came from.
 *
 * @param file         the file the text was read from (a translation, or the source)
 * @param textLanguage the language the text is written in
 * @param fallback     true when the page's language had no translation and the text is from its fallback chain
 */
public record Origin(SourceFile file, String textLanguage, boolean fallback) {
}
