package org.kring.translate;

import java.util.List;

/**
 * One entry of an exchange file (PO or XLIFF): a source text of one content file and its translation.
 *
 * @param path        the content file, e.g. {@code topics/nutrition.md} (PO msgctxt before '|', XLIFF file/@original)
 * @param role        what the text is in its file ("heading", "agenda activity", "objectives"), so the same
 *                    words in two roles are two entries (PO msgctxt after '|', XLIFF unit/@name); null in files
 *                    exported before roles were written: such an entry applies to the text in any role
 * @param source      the source text, as Kring exported it
 * @param target      the translation; empty when not translated
 * @param needsReview PO "fuzzy" or XLIFF state "initial": not confirmed, so not imported
 * @param previous    for an outdated entry: the source text the old translation was made from
 * @param line        the line of the translation in the exchange file (for problems)
 */
public record Message(String path, String role, String source, String target, boolean needsReview,
        String previous, List<String> comments, List<String> references, int line) {

    /** PO's msgctxt: the file, and the role when there is one. */
    public String context() {
        return role == null ? path : path + "|" + role;
    }

    /** Path and role from a PO msgctxt. */
    static String[] splitContext(String msgctxt) {
        int bar = msgctxt == null ? -1 : msgctxt.indexOf('|');
        return bar < 0 ? new String[] {msgctxt, null} : new String[] {msgctxt.substring(0, bar), msgctxt.substring(bar + 1)};
    }

    /** The same entry with another translation (and confirmed). */
    public Message translated(String text) {
        return new Message(path, role, source, text, false, null, comments, references, line);
    }
}
