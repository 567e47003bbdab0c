package org.kring.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A font a site adds to its PDFs (site.yml {@code pdf: fonts:}), for a script the bundled fonts do not have.
 *
 * @param regular   the regular face's file, inside the site folder
 * @param bold      the bold face's file, or null (the browser then emboldens the regular one)
 * @param languages languages whose text it prints first (it is a fallback for every other)
 * @param line      its line in site.yml
 */
public record PrintFont(Path regular, Path bold, List<String> languages, int line) {
}
