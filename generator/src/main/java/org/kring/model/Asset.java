package org.kring.model;

import java.nio.file.Path;

/** A file copied into the site as it is, such as a picture. {@code sitePath} is relative to the site root. */
public record Asset(String sitePath, Path file, long size) {
}
