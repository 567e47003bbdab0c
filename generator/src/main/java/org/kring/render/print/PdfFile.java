package org.kring.render.print;

import org.kring.model.DocKey;

/**
 * One PDF of the site, for download links.
 *
 * @param key     the content it prints (a session, a programme, or the recommendations page)
 * @param edition facilitator, participant, manual or booklet
 * @param path    where it is in the site, e.g. {@code pdf/nl/pregnancy-03-facilitator.pdf}
 */
public record PdfFile(DocKey key, String edition, String lang, String path, String title, int pages, long size) {

    /** Size in kilobytes, rounded up, for download lists. */
    public long kilobytes() {
        return (size + 1023) / 1024;
    }
}
