package org.kring;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What to build.
 *
 * @param site      the site folder, holding site.yml, content/, translations/ and templates/
 * @param out       where the website goes; null means {@code <site>/_site}
 * @param languages only these languages; empty means all
 * @param baseUrl   overrides site.yml's base_url when not null
 * @param pdf       whether to make the PDFs
 * @param progress  told (done, total) as PDFs are made, from any thread; may be null
 * @param cache     where rendered PDFs and the output manifest are kept between builds; null means
 *                  {@code <site>/.kring-cache}
 * @param strict    warnings stop the build like errors (for CI: a translation team's warnings fail its check)
 * @param force     write into an output folder holding files Kring did not write, adding and deleting nothing else
 * @param browser   the browser to print PDFs with (--browser); null means KRING_BROWSER or an installed one
 */
public record BuildOptions(Path site, Path out, List<String> languages, String baseUrl, boolean pdf,
        BiConsumer<Integer, Integer> progress, Path cache, boolean strict, boolean force, String browser) {

    public BuildOptions {
        site = site.toAbsolutePath().normalize();
        out = (out == null ? site.resolve("_site") : out).toAbsolutePath().normalize();
        languages = languages == null ? List.of() : List.copyOf(languages);
        progress = progress == null ? (done, total) -> { } : progress;
        cache = (cache == null ? site.resolve(".kring-cache") : cache).toAbsolutePath().normalize();
    }

    public BuildOptions(Path site, Path out, List<String> languages, String baseUrl, boolean pdf,
            BiConsumer<Integer, Integer> progress, Path cache, boolean strict, boolean force) {
        this(site, out, languages, baseUrl, pdf, progress, cache, strict, force, null);
    }

    public BuildOptions(Path site, Path out, List<String> languages, String baseUrl, boolean pdf,
            BiConsumer<Integer, Integer> progress) {
        this(site, out, languages, baseUrl, pdf, progress, null, false, false);
    }

    public BuildOptions(Path site, Path out, List<String> languages, String baseUrl, boolean pdf,
            BiConsumer<Integer, Integer> progress, Path cache) {
        this(site, out, languages, baseUrl, pdf, progress, cache, false, false);
    }

    public BuildOptions(Path site, Path out, List<String> languages, String baseUrl, boolean pdf,
            BiConsumer<Integer, Integer> progress, Path cache, boolean strict) {
        this(site, out, languages, baseUrl, pdf, progress, cache, strict, false);
    }

    public static BuildOptions of(Path site) {
        return new BuildOptions(site, null, List.of(), null, true, null, null, false, false);
    }

    public BuildOptions withOut(Path dir) {
        return new BuildOptions(site, dir, languages, baseUrl, pdf, progress, cache, strict, force, browser);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(site, out, languages, url, pdf, progress, cache, strict, force, browser);
    }

    public BuildOptions withPdf(boolean on) {
        return new BuildOptions(site, out, languages, baseUrl, on, progress, cache, strict, force, browser);
    }

    public BuildOptions withCache(Path dir) {
        return new BuildOptions(site, out, languages, baseUrl, pdf, progress, dir, strict, force, browser);
    }

    public BuildOptions withForce(boolean on) {
        return new BuildOptions(site, out, languages, baseUrl, pdf, progress, cache, strict, on, browser);
    }

    public BuildOptions withBrowser(String path) {
        return new BuildOptions(site, out, languages, baseUrl, pdf, progress, cache, strict, force, path);
    }

    public BuildOptions withStrict(boolean on) {
        return new BuildOptions(site, out, languages, baseUrl, pdf, progress, cache, on, force, browser);
    }

    /**
     * The options that change what a build writes, as text (for {@link org.kring.load.InputState}). Not the output
     * folder: each has its own record, and a build into a new folder may start from another's output.
     */
    public String describe() {
        return "languages=" + String.join(",", languages) + "\nbase_url=" + baseUrl + "\npdf=" + pdf + "\nstrict=" + strict;
    }
}
