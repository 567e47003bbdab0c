package org.kring.translate;

import java.util.List;

/**
 * One entry of an exchange file (PO or XLIFF): a source text of one content file and its translation.
 *
 * @param path        the content file, e.g. {@code topics/nutrition.md} (PO msgctxt, XLIFF file/@original)
 * @param source      the source text, as Kring exported it
 * @param target      the translation; empty when not translated
 * @param needsReview PO "fuzzy" or XLIFF state "initial": not confirmed, so not imported
 * @param previous    for an outdated entry: the source text the old translation was made from
 * @param line        the line of the translation in the exchange file (for problems)
 */
public record Message(String path, String source, String target, boolean needsReview, String previous,
        List<String> comments, List<String> references, int line) {
}
