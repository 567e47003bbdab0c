package org.kring;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build.
 *
 * @param site      the site folder, holding site.yml, content/, translations/ and templates/
 * @param out       where the website goes; null means {@code <site>/_site}
 * @param languages only these languages; empty means all
 * @param baseUrl   overrides site.yml's base_url when not null
 */
public record BuildOptions(Path site, Path out, List<String> languages, String baseUrl) {

    public BuildOptions {
        site = site.toAbsolutePath().normalize();
        out = (out == null ? site.resolve("_site") : out).toAbsolutePath().normalize();
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public static BuildOptions of(Path site) {
        return new BuildOptions(site, null, List.of(), null);
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(site, dir, languages, baseUrl);
    }
}
