package org.kring.model;

import java.nio.file.Path;

/**
 * One input file, read once. {@code name} is the path relative to the site root with forward slashes,
 * the form every problem message uses.
 *
 * @param text the file's text with line endings normalised to {@code \n}
 * @param checksum {@link org.kring.Checksum} of the bytes {@code text} was decoded from, or 0 for a text that was
 *                 not read from a file as it is (a test's, an edit not yet saved): what is known of a file's
 *                 text between builds is keyed by it
 */
public record SourceFile(Path path, String name, String text, long checksum) {

    /** A text of no file's bytes as they are: {@link #checksum} 0. */
    public SourceFile(Path path, String name, String text) {
        this(path, name, text, 0);
    }

    /** The path this file has, or mirrors, under content/: translations/nl/topics/x.md gives topics/x.md. */
    public String contentPath() {
        if (name.startsWith("content/")) {
            return name.substring("content/".length());
        }
        if (name.startsWith("translations/")) {
            int slash = name.indexOf('/', "translations/".length());
            return slash < 0 ? name : name.substring(slash + 1);
        }
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
