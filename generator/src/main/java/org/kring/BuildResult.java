package org.kring;

import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param pages        pages written per language, in site.yml's order
 * @param files        files in the output folder
 * @param written      files whose bytes changed and were written
 * @param deleted      files removed because their page no longer exists
 * @param pdfs         PDFs in the site
 * @param pdfsRendered PDFs rendered in this build (the others came unchanged from the cache)
 * @param pdfPages     pages of the PDFs rendered in this build
 * @param pdfMillis    time spent rendering PDFs, summed over threads
 * @param warnings     problems that did not stop the build
 * @param skipped      true when nothing the build reads had changed since the last build into the same
 *                     folder, which was still as that build left it: nothing was loaded, rendered or written
 * @param noPdfs       why the site was built without its PDFs (no browser to print them), or null
 */
public record BuildResult(Map<String, Integer> pages, int files, int written, int deleted, int pdfs,
        int pdfsRendered, int pdfPages, long pdfMillis, long millis, List<Problem> warnings, boolean skipped,
        String noPdfs) {

    public BuildResult(Map<String, Integer> pages, int files, int written, int deleted, int pdfs, int pdfsRendered,
            int pdfPages, long pdfMillis, long millis, List<Problem> warnings, boolean skipped) {
        this(pages, files, written, deleted, pdfs, pdfsRendered, pdfPages, pdfMillis, millis, warnings, skipped, null);
    }

    public BuildResult(Map<String, Integer> pages, int files, int written, int deleted, int pdfs, int pdfsRendered,
            int pdfPages, long pdfMillis, long millis, List<Problem> warnings) {
        this(pages, files, written, deleted, pdfs, pdfsRendered, pdfPages, pdfMillis, millis, warnings, false);
    }

    public int totalPages() {
        return pages.values().stream().mapToInt(Integer::intValue).sum();
    }
}
