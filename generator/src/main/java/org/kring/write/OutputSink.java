package org.kring.write;

import java.nio.charset.StandardCharsets;

/** Where rendered files go: the staging writer of a build, or the live output of the preview server. */
public interface OutputSink {

    /** Writes {@code bytes} as {@code path} (relative to the output folder, forward slashes). Thread-safe. */
    void write(String path, byte[] bytes);

    /**
     * Whether the last {@link #write} of {@code path} changed what the output holds (a writer that does not
     * compare says yes).
     */
    default boolean changed(String path) {
        return true;
    }

    default void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
