package org.kring.render.print.browser;

/** The browser could not be found, started or made to print; the message says why, in words. */
public final class BrowserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean notFound;

    public BrowserException(String message) {
        this(message, false);
    }

    private BrowserException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    /** No browser on this machine: PDFs cannot be made, but the website can. */
    public static BrowserException notFound() {
        return new BrowserException("PDFs need Chromium, Chrome or Edge, and none was found: " + Browser.INSTALL
                + "; or build without PDFs (--no-pdf)", true);
    }

    /** True when there is no browser at all (not one that failed). */
    public boolean isNotFound() {
        return notFound;
    }
}
