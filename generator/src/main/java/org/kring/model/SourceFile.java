package org.kring.model;

import java.nio.file.Path;

/**
 * One input file, read once. {@code name} is the path relative to the site root with forward slashes,
 * the form every problem message uses.
 *
 * @param text the file's text with line endings normalised to {@code \n}
 */
public record SourceFile(Path path, String name, String text) {

    @Override
    public String toString() {
        return name;
    }
}
