package org.kring.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A failed file operation as a user reads it: what Kring was doing and the reason in words. */
public final class Failures {
    private Failures() {
    }

    /** {@code what}, then the reason: "permission denied: /srv/www", "No space left on device". */
    public static UncheckedIOException io(String what, Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        IOException io = cause instanceof IOException x ? x : new IOException(String.valueOf(cause.getMessage()), cause);
        return new UncheckedIOException(what + ": " + reason(io), io);
    }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder (" + n.getFile() + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        if (e.getCause() instanceof IOException inner && inner != e) {
            return reason(inner);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
