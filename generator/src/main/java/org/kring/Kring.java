package org.kring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kring.load.InputState;
import org.kring.load.ReadCache;
import org.kring.render.print.PrintRenderer;
import org.kring.write.Manifest;
import org.kring.write.SiteWriter;

/**
 * Kring's entry point: load → validate → render → write. A build either replaces the output folder with a
 * complete new site or, when the content has errors, throws a {@link ContentException} listing all of
 * them and leaves the previous site as it was.
 */
public final class Kring {
    private Kring() {
    }

    private static final boolean DEBUG = Boolean.getBoolean("kring.debug");

    /** With -Dkring.debug=true, what a user need not see, on standard error. */
    static void debug(String what) {
        if (DEBUG) {
            System.err.println("  " + what);
        }
    }

    /** With -Dkring.debug=true, how long each stage took, on standard error. */
    static void time(String stage, long start) {
        if (DEBUG) {
            System.err.printf("  %-14s %7.1f ms%n", stage, (System.nanoTime() - start) / 1e6);
        }
    }

    public static BuildResult build(BuildOptions options) {
        org.kring.load.ReadCache[] used = new org.kring.load.ReadCache[1];
        try {
            return build(options, true, used);
        } catch (RuntimeException e) {
            if (used[0] == null || !used[0].isStale()) {
                throw e;
            }
        }
        // A file taken as unchanged (its size and time as the last build recorded them) had other bytes: what this
        // build made of it may not match them, so it is made again from the files, as after any other change.
        debug("a file had other bytes than its size and time said: building again, reading every file");
        return build(options, false, used);
    }

    /** Thrown before the commit of a build that read a file taken as unchanged and found other bytes. */
    private static final class StaleInput extends RuntimeException {
        StaleInput() {
            super("a file changed", null, false, false);
        }
    }

    /**
     * @param trust whether files whose size and time are as the last build recorded them, or whose bytes the read
     *              cache knows, are taken from it without their text being read ({@link org.kring.load.ReadCache#trust})
     * @param used  where the read cache of the build is put, for the caller to ask whether it went stale
     */
    private static BuildResult build(BuildOptions options, boolean trust, org.kring.load.ReadCache[] used) {
        long start = System.nanoTime();
        checkOutputFolder(options);
        // Taken before anything is read, so an edit made during the build makes the next build run.
        long taken = System.currentTimeMillis();
        // The last build's record is read, and its output checked, while the inputs are listed: a build that
        // finds nothing to do takes the longer of the two, not both.
        java.util.concurrent.CompletableFuture<Manifest> last = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Manifest m = Manifest.read(Manifest.fileFor(options.out(), options.cache()));
            return m != null && m.result() != null && m.intact(options.out()) ? m : null;
        }).exceptionally(e -> null); // a record that cannot be read only means the build runs
        org.kring.load.InputWalk walk = new org.kring.load.InputWalk(options.site());
        InputState inputs = InputState.of(options.site(), options.describe(), walk);
        BuildResult unchanged = upToDate(inputs, last.join());
        if (unchanged != null) {
            time("up to date", start);
            BuildResult u = unchanged;
            return new BuildResult(u.pages(), u.files(), 0, 0, u.pdfs(), 0, 0, 0,
                    (System.nanoTime() - start) / 1_000_000, u.warnings(), true);
        }
        time("inputs", start);
        // Read in the background from here (a build with nothing to do does not read it), first needed by the first
        // file the load reads.
        Path factsFile = options.cache().resolve(ReadCache.FILE);
        ReadCache parsed = ReadCache.read(factsFile);
        used[0] = parsed;
        if (trust) {
            // The build's listing tells which files exist, and a file whose bytes the cache knows is left unread
            // (then this build asks isStale before its commit). A build made again after a stale read reads every
            // file, as a build of the preview does: it cannot go stale.
            parsed.listed(Rebuild.listed(inputs));
        }
        // Into a new folder (a CI runner that restored the cache): the cache's copy of the last output, if any.
        org.kring.write.LastOutput.Seed lastOutput = last.join() != null ? null
                : org.kring.write.LastOutput.usable(options.cache(), options.out());
        if (last.join() == null && lastOutput == null) {
            // No output as a last build left it: every page will be rendered, so every body is parsed while the
            // files are read, as in a first build; the cache still gives the front matter and segments.
            parsed.parseEveryBody();
        } else if (trust) {
            // After an edit of a few files, the others are not read: the cache has what the build needs of them.
            parsed.trust(Rebuild.unchanged(options, inputs, last.join() == null));
        }
        BuildSession session = BuildSession.load(options, parsed, walk);
        time("load", start);
        if (DEBUG) {
            debug("read cache: " + parsed.reusedBodies() + " bodies as they were");
        }
        session.validated();
        time("load+validate", start);
        if (options.pdf()) {
            session.checkGlyphs();
            session.checkPrintedPictures();
            session.problems().throwIfErrors();
        }
        SiteWriter writer = new SiteWriter(options.out(), options.cache(), options.force(), lastOutput, last.join());
        try {
            PrintRenderer.Result pdfs = PrintRenderer.Result.none();
            String noPdfs = null;
            if (options.pdf()) {
                try {
                    pdfs = session.print(options.progress()).render(writer);
                } catch (org.kring.render.print.browser.BrowserException e) {
                    if (!e.isNotFound()) {
                        throw e;
                    }
                    // Nothing was written yet: the website is still worth having; the command says why the
                    // PDFs are missing and fails.
                    noPdfs = e.getMessage();
                }
            }
            time("pdfs", start);
            // After an edit of a few texts, only their pages (and what lists them) are rendered again.
            // Pages show their PDFs' pages and sizes: a build that printed any PDF anew (or could not print) renders
            // every page.
            boolean pdfsChanged = options.pdf() && (pdfs.rendered() > 0 || noPdfs != null);
            Rebuild.Plan plan = pdfsChanged ? null : Rebuild.plan(options, inputs, taken, session, writer);
            java.util.Set<org.kring.render.web.WebRenderer.PageRef> only = plan == null ? null : plan.pages();
            time("plan", start);
            if (only == null) {
                // Every page is rendered: the bodies the read cache left unparsed are parsed now, all at once
                // as a first build parses them, not one by one inside the rendering (which promoted the parser's
                // garbage with the pages' and took longer).
                session.curriculum().parseAll();
                time("parse", start);
            }
            Map<String, Integer> pages;
            if (only == null) {
                pages = session.web(pdfs.byLanguage()).render(writer);
            } else {
                Path out = writer.previousFolder();
                pages = session.web(pdfs.byLanguage()).searchIndex(org.kring.render.web.SearchIndex.continuing(
                        lang -> readIfThere(out.resolve(lang).resolve(org.kring.render.web.WebRenderer.SEARCH_INDEX))))
                        .render(writer, only, true, false);
                for (org.kring.model.LocalizedContent l : session.curriculum().locales()) {
                    writer.keep(l.code() + "/"); // the pages not rendered again, as the last build wrote them
                }
                org.kring.render.web.WebRenderer.ROOT_FILES.forEach(writer::keep);
            }
            time("web", start);
            if (!options.pdf() || noPdfs != null) {
                // A build without PDFs (--no-pdf, or no browser) leaves the PDFs an earlier build made, and the
                // offline copies that hold them: a deploy after a quick text build must not lose them.
                writer.keep("pdf/");
                writer.keep(org.kring.write.OfflineBundles.FOLDER);
            } else {
                org.kring.write.OfflineBundles.write(writer,
                        org.kring.render.OfflineCopies.of(session.curriculum()).all());
                time("offline", start);
            }
            List<Problem> warnings = session.problems().sorted().stream().filter(p -> !p.isError()).toList();
            BuildResult summary = new BuildResult(pages, 0, 0, 0, pdfs.files().size(), 0, 0, 0, 0, warnings);
            // A site built without its PDFs is not up to date: the next build must try again.
            if (parsed.isStale()) {
                throw new StaleInput();
            }
            Rebuild.forget(options); // until the output it describes is in place
            SiteWriter.Result r = writer.commit(inputs.settled() && noPdfs == null ? inputs.listing() : "", summary);
            // What this build read is kept for the next once its output is in place (a build that fails writes
            // nothing), while the record of the build is written.
            java.util.concurrent.CompletableFuture<Void> kept = !parsed.changed() ? null
                    : java.util.concurrent.CompletableFuture.runAsync(() -> parsed.write(factsFile));
            time("written", start);
            Rebuild.record(options, inputs, taken, session, plan, writer);
            time("recorded", start);
            // The copy of the output for a build into a new folder, linked while the read cache is written.
            org.kring.write.LastOutput.keep(options.cache(), options.out(), writer.committed(), Rebuild.stateFile(options),
                    writer.seeded() ? writer.previous() : null,
                    writer.checked() && !writer.seeded() ? writer.previous() : null);
            time("last output kept", start);
            if (kept != null) {
                try {
                    kept.join();
                } catch (RuntimeException e) {
                    // The site is built; without the cache the next build parses every file, as a first build does.
                    debug("read cache not written: " + e);
                }
            }
            time("commit", start);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new BuildResult(pages, r.files(), r.written(), r.deleted(), pdfs.files().size(), pdfs.rendered(),
                    pdfs.renderedPages(), pdfs.renderMillis(), millis, warnings, false, noPdfs);
        } finally {
            writer.abort();
        }
    }

    private static byte[] readIfThere(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The previous build's result when nothing it read has changed since and its output is as it left it:
     * then there is nothing to do. Null when the build must run.
     */
    private static BuildResult upToDate(InputState inputs, Manifest m) {
        if (!inputs.settled() || m == null || !m.inputs().equals(inputs.listing())) {
            return null;
        }
        BuildResult r = m.result();
        return new BuildResult(r.pages(), r.files(), 0, 0, r.pdfs(), 0, 0, 0, 0, r.warnings());
    }

    /** Loads and validates without writing anything: the model, or a {@link ContentException}. */
    public static org.kring.model.Curriculum load(BuildOptions options, Problems problems) {
        BuildSession session = BuildSession.load(options);
        try {
            session.validated();
        } finally {
            session.problems().sorted().forEach(problems::add);
        }
        return session.curriculum();
    }

    /**
     * Every check a build makes, without writing anything: site.yml, front matter, Markdown, references,
     * links and anchors in every language, pictures, agendas, interface strings, templates and, unless
     * PDFs are off, whether every printed character has a font. Returns all problems, sorted.
     */
    public static List<Problem> check(BuildOptions options) {
        try {
            return BuildSession.load(options).check();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    /** Refuses output folders where replacing the folder would destroy the user's own files. */
    public static void checkOut(BuildOptions o) {
        checkOutputFolder(o);
    }

    static void checkOutputFolder(BuildOptions o) {
        Path site = o.site();
        Path out = o.out();
        String why = null;
        if (out.equals(site)) {
            why = "is the site folder itself";
        } else if (site.startsWith(out)) {
            why = "contains the site folder";
        } else if (out.startsWith(site.resolve("content")) || out.startsWith(site.resolve("translations"))
                || out.startsWith(site.resolve("templates"))) {
            why = "is inside the site's sources";
        } else if (o.cache() != null && out.toAbsolutePath().normalize().startsWith(o.cache().toAbsolutePath().normalize())) {
            why = "is inside the cache folder (" + o.cache() + "), which Kring empties and replaces as it needs";
        } else if (Files.exists(out.resolve("content")) || Files.exists(out.resolve("site.yml"))) {
            why = "holds a content/ folder or site.yml: it looks like a site's sources, not a built site";
        }
        if (why == null) {
            org.kring.write.WritableFolder.require("--out", out);
            if (o.cache() != null) {
                org.kring.write.WritableFolder.require("--cache", o.cache());
            }
        }
        if (why != null) {
            throw new ContentException(Problem.error(out.toString(), 0, "refusing to write the site here: the "
                    + "output folder " + why + "; choose another folder with --out"));
        }
    }

    public static List<String> version() {
        return List.of(Version.get());
    }
}
