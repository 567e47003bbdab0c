package org.kring.render.print;

import org.kring.model.DocKey;

/**
 * One PDF of the site, for download links.
 *
 * @param key     the content it prints (a session, a programme, or the recommendations page)
 * @param edition facilitator, participant, manual or booklet
 * @param lang    the language its text is in, which is the folder it is in; a language's pages may offer a
 *                PDF of another language (see {@link DownloadOffers}), and say so
 * @param path    where it is in the site, e.g. {@code pdf/nl/pregnancy-03-facilitator.pdf}
 * @param partial true when some of its parts are still in another language ({@link PrintCoverage#PARTLY})
 */
public record PdfFile(DocKey key, String edition, String lang, String path, String title, int pages, long size,
        boolean partial) {

    /** Size in kilobytes, rounded up, for download lists. */
    public long kilobytes() {
        return (size + 1023) / 1024;
    }
}
