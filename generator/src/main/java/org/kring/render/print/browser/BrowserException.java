package org.kring.render.print.browser;

/** The browser could not be found, started or made to print; the message says why, in words. */
public final class BrowserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BrowserException(String message) {
        super(message);
    }
}
