package org.kring.serve;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kring.BuildOptions;
import org.kring.ContentException;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.BuildSession;
import java.util.concurrent.atomic.AtomicReference;
import org.kring.model.Curriculum;
import org.kring.render.print.PdfFile;
import org.kring.render.web.WebRenderer;
import org.kring.render.web.WebRenderer.PageRef;
import org.kring.translate.StatusReport;
import org.kring.translate.StatusReports;
import org.kring.translate.TranslationProject;
import org.kring.validate.Validator;
import org.kring.write.LiveOutput;

/**
 * A site kept in memory between edits, for the preview server. An edit reads only the files that changed,
 * checks the whole model, and renders only the pages the edit can change, straight into the output
 * folder. When the edit breaks something, nothing is written and the last good site stays; the problems
 * are returned so the browser can show them. One thread applies edits ({@link #start}, {@link #apply}); another
 * may make the PDFs ({@link #renderPdfs}) meanwhile: what the two share are immutable values swapped whole.
 */
public final class LiveSite {
    /** What an edit did: the problems (when there are errors nothing was written) and the files written. */
    public record Update(List<Problem> problems, Set<String> written, boolean full, long nanos) {

        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private final BuildOptions options;
    private final LiveOutput output;
    // Used only by the thread that applies edits (start, apply): the last session read, good or not.
    private BuildSession session;
    /** Translation state per language and content path, updated file by file. */
    private final Map<String, Map<String, org.kring.segment.FileStatus>> statusCache = new LinkedHashMap<>();
    private Map<String, StatusReport> status = Map.of();
    private Set<String> changedContent = Set.of();
    /** Files changed since the pages on disk were rendered. */
    private final Set<Path> sinceRendered = new java.util.LinkedHashSet<>();
    private Validator.Memo validation = new Validator.Memo();
    // Shared with the thread that makes PDFs: immutable values, swapped whole.
    /** The last site without errors: what the pages on disk were rendered from. */
    private final AtomicReference<BuildSession> good = new AtomicReference<>();
    /**
     * The search index of the pages on screen, kept between renders: a render of the pages an edit touched
     * updates their entries and writes the index a full build would. Used by the edits' thread only.
     */
    private final org.kring.render.web.SearchIndex search = new org.kring.render.web.SearchIndex();
    /** The PDFs last made, for the download links. */
    private final AtomicReference<Map<String, List<PdfFile>>> pdfs = new AtomicReference<>(Map.of());
    /** The translation status the pages on disk show. */
    private final AtomicReference<Map<String, StatusReport>> shownStatus = new AtomicReference<>(Map.of());

    public LiveSite(BuildOptions options) {
        this.options = options;
        this.output = new LiveOutput(options.out(), options.cache());
    }

    public Path out() {
        return output.out();
    }

    /**
     * Loads everything and renders every page (not the PDFs: {@link #renderPdfs}). Whatever it throws, the
     * next {@link #apply} starts afresh.
     */
    public Update start() {
        return afresh(this::load);
    }

    private Update load() {
        long t0 = System.nanoTime();
        BuildSession s;
        try {
            s = BuildSession.load(options);
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), true, System.nanoTime() - t0);
        }
        s.validate(validation);
        changedContent = Set.of();
        return publish(s, null, true, t0);
    }

    /**
     * Applies edited, added or deleted files. A folder among them (the site folder itself when the watcher
     * lost track of what changed) means: read everything again. Whatever it throws (a file that cannot be
     * read, a bug), the next call starts afresh, as the session and the memo may be half-updated.
     */
    public Update apply(Collection<Path> changed) {
        return afresh(() -> applyChanges(changed));
    }

    private Update afresh(java.util.function.Supplier<Update> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            session = null;
            validation = new Validator.Memo();
            throw e;
        }
    }

    private Update applyChanges(Collection<Path> changed) {
        long t0 = System.nanoTime();
        // An edit made while the site had errors was never rendered: its pages are rendered with the fix.
        sinceRendered.addAll(changed);
        boolean templatesChanged = sinceRendered.stream().anyMatch(p -> p.toAbsolutePath().normalize()
                .startsWith(options.site().resolve("templates")));
        boolean folder = changed.stream().anyMatch(java.nio.file.Files::isDirectory);
        // The output folder deleted (a clean) while the preview ran: an edit renders every page again.
        boolean outputGone = !java.nio.file.Files.isDirectory(output.out());
        if (session == null || folder || outputGone || good.get() == null && templatesChanged) {
            return load();
        }
        BuildSession s;
        try {
            s = session.update(changed, validation);
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), true, System.nanoTime() - t0);
        }
        if (s == null) {
            return load();
        }
        if (templatesChanged) {
            s.reloadTemplates();
        }
        changedContent = contentPaths(sinceRendered);
        return publish(s, good.get(), templatesChanged, t0);
    }

    /** The content paths (content/X or translations/code/X or its record) that files changed belong to. */
    private Set<String> contentPaths(Collection<Path> changed) {
        Set<String> out = new java.util.TreeSet<>();
        for (Path p : changed) {
            Path rel = options.site().relativize(p.toAbsolutePath().normalize());
            if (rel.getNameCount() < 2) {
                continue;
            }
            String first = rel.getName(0).toString();
            if (first.equals("content")) {
                out.add(rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/'));
            } else if (first.equals("translations") && rel.getNameCount() > 2) {
                String rest = rel.subpath(2, rel.getNameCount()).toString().replace('\\', '/');
                if (rest.startsWith(".kring/") && rest.endsWith(".yml")) {
                    rest = rest.substring(".kring/".length(), rest.length() - ".yml".length());
                }
                out.add(rest);
            }
        }
        return out;
    }

    private static final boolean DEBUG = Boolean.getBoolean("kring.debug");

    private static void time(String what, long t0) {
        if (DEBUG) {
            System.err.printf("  %-12s %6.1f ms%n", what, (System.nanoTime() - t0) / 1e6);
        }
    }

    private Update publish(BuildSession s, BuildSession before, boolean full, long t0) {
        session = s;
        time("load+validate", t0);
        List<Problem> all = s.problems().sorted();
        if (s.problems().hasErrors()) {
            return new Update(all, Set.of(), full, System.nanoTime() - t0);
        }
        try {
            s.templates().preload(WebRenderer.TEMPLATES);
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), full, System.nanoTime() - t0);
        }
        Curriculum c = s.curriculum();
        Set<PageRef> pages = full || before == null ? null : Dependents.of(before.curriculum(), c, changedContent);
        boolean everything = pages == null;
        if (updateStatus(s, everything) && !everything) {
            for (org.kring.model.LocalizedContent l : c.locales()) {
                pages.add(new PageRef(l.code(), new org.kring.model.DocKey(org.kring.model.ContentKind.PAGE,
                        "translation")));
            }
        }
        time("dependents", t0);
        WebRenderer web = s.web(pdfs.get(), status).searchIndex(search);
        time("renderer", t0);
        try {
            if (everything) {
                LiveOutput.Pass pass = output.startPass();
                web.render(pass, null, true);
                pass.deleteStale(p -> !p.startsWith("pdf/"));
            } else {
                web.render(output, pages, false);
                copyFiles(before, s);
            }
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), full, System.nanoTime() - t0);
        }
        time("render", t0);
        shownStatus.set(status);
        good.set(s);
        sinceRendered.clear();
        return new Update(all, output.takeChanged(), everything, System.nanoTime() - t0);
    }

    /**
     * After rendering only some pages: the published files under content/ that the edit added (a page now links
     * a picture), changed or left out (no page links it any more) are copied or deleted.
     */
    private void copyFiles(BuildSession before, BuildSession now) {
        Map<String, org.kring.model.Asset> was = new java.util.HashMap<>();
        for (org.kring.model.Asset a : before.validate().files()) {
            was.put(a.sitePath(), a);
        }
        for (org.kring.model.Asset a : now.validate().files()) {
            if (was.remove(a.sitePath()) == null || changedContent.contains(a.sitePath())) {
                WebRenderer.writeFile(output, a);
            }
        }
        for (String gone : was.keySet()) {
            output.delete(gone);
        }
    }

    /**
     * Brings the translation status up to date: everything after a full load, else only the files that
     * changed. Returns true when a status changed (then the status pages are rendered again).
     */
    private boolean updateStatus(BuildSession s, boolean everything) {
        TranslationProject project = s.translations();
        if (everything || statusCache.isEmpty()) {
            statusCache.clear();
            for (String code : project.targetLanguages()) {
                // The interface strings last, as the full build lists them.
                Map<String, org.kring.segment.FileStatus> files = new java.util.TreeMap<>(java.util.Comparator
                        .comparing((String k) -> k.equals(org.kring.translate.UiStringsExchange.PATH))
                        .thenComparing(java.util.Comparator.naturalOrder()));
                for (org.kring.segment.FileStatus f : StatusReports.of(project, code).files()) {
                    files.put(f.path(), f);
                }
                statusCache.put(code, files);
            }
        } else {
            boolean any = false;
            Set<String> existing = new java.util.HashSet<>();
            for (String path : changedContent) {
                if (path.endsWith(".md") && java.nio.file.Files.isRegularFile(options.site().resolve("content").resolve(path))) {
                    existing.add(path);
                }
            }
            for (Map.Entry<String, Map<String, org.kring.segment.FileStatus>> e : statusCache.entrySet()) {
                for (String path : changedContent) {
                    org.kring.segment.FileStatus now = existing.contains(path) ? project.status(e.getKey(), path)
                            : org.kring.translate.UiStringsExchange.PATH.equals(path)
                            ? new org.kring.translate.UiStringsExchange(project).status(e.getKey()) : null;
                    org.kring.segment.FileStatus was = now == null ? e.getValue().remove(path)
                            : e.getValue().put(path, now);
                    any |= !java.util.Objects.equals(was, now);
                }
            }
            if (!any) {
                return false;
            }
        }
        Map<String, StatusReport> out = new LinkedHashMap<>();
        statusCache.forEach((code, files) -> out.put(code, new StatusReport(code, project.language(code).name(),
                List.copyOf(files.values()), List.of())));
        status = out;
        return true;
    }

    /**
     * Makes the PDFs of the last good site (unchanged ones come from the cache) and renders again the pages
     * that list them. Meant for a background thread; returns the files written.
     */
    public synchronized Update renderPdfs() {
        long t0 = System.nanoTime();
        BuildSession s = good.get();
        if (s == null || !options.pdf()) {
            return new Update(List.of(), Set.of(), false, 0);
        }
        Problems problems = new Problems();
        org.kring.render.print.PrintRenderer.checkGlyphs(s.curriculum(), s.fonts(), problems);
        org.kring.validate.PictureCheck.checkPrinted(s.curriculum(), s.validate(), problems);
        if (problems.hasErrors()) {
            return new Update(problems.sorted(), Set.of(), false, System.nanoTime() - t0);
        }
        LiveOutput.Pass pass = output.startPass();
        org.kring.render.print.PrintRenderer.Result r;
        try {
            r = s.print((d, t) -> { }).render(pass);
        } catch (ContentException e) {
            // A picture the PDF engine could not draw: said like any other problem, the pages stay as they are.
            return new Update(e.problems(), Set.of(), false, System.nanoTime() - t0);
        }
        pass.deleteStale(p -> p.startsWith("pdf/"));
        Map<String, List<PdfFile>> before = pdfs.getAndSet(r.byLanguage());
        if (!r.byLanguage().equals(before) && s == good.get()) {
            s.web(r.byLanguage(), shownStatus.get()).render(output, null, false);
        }
        return new Update(List.of(), output.takeChanged(), false, System.nanoTime() - t0);
    }

    /** Keeps the output's manifest, so a later build knows what the output folder holds. */
    public void save() {
        output.saveManifest();
    }

}
