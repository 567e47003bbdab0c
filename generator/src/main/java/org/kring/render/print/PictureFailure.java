package org.kring.render.print;

/**
 * The PDF engine could not draw a picture of the page it was making. {@code uri} is the picture's address
 * when the engine said which one it was, else null (the renderer then finds it among the page's pictures).
 */
final class PictureFailure extends RuntimeException {
    private final String uri;
    private final String reason;

    PictureFailure(String uri, String reason, Throwable cause) {
        super((uri == null ? "a picture" : uri) + ": " + reason, cause, false, false);
        this.uri = uri;
        this.reason = reason;
    }

    String uri() {
        return uri;
    }

    String reason() {
        return reason;
    }
}
