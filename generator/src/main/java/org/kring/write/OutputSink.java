package org.kring.write;

import java.nio.charset.StandardCharsets;

/** Where rendered files go: the staging writer of a build, or the live output of the preview server. */
public interface OutputSink {

    /** Writes {@code bytes} as {@code path} (relative to the output folder, forward slashes). Thread-safe. */
    void write(String path, byte[] bytes);

    default void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
