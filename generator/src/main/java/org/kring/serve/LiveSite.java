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
import org.kring.load.ContentLoader;
import org.kring.model.Curriculum;
import org.kring.render.Router;
import org.kring.render.Templates;
import org.kring.render.print.PdfFile;
import org.kring.render.print.PdfFonts;
import org.kring.render.print.PrintRenderer;
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
 * are returned so the browser can show them. Not thread-safe: one edit at a time.
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
    private ContentLoader loader;
    private Templates templates;
    private Curriculum good;
    private Map<String, List<PdfFile>> pdfs = Map.of();
    private TranslationProject project;
    private Map<String, StatusReport> status = Map.of();
    /** Translation state per language and content path, updated file by file. */
    private final Map<String, Map<String, org.kring.segment.FileStatus>> statusCache = new LinkedHashMap<>();
    private Set<String> changedContent = Set.of();
    private final Validator.Memo validation = new Validator.Memo();

    public LiveSite(BuildOptions options) {
        this.options = options;
        this.output = new LiveOutput(options.out(), options.cache());
    }

    public Path out() {
        return output.out();
    }

    /** Loads everything and renders every page (not the PDFs: {@link #renderPdfs}). */
    public Update start() {
        long t0 = System.nanoTime();
        templates = new Templates(options.site());
        loader = new ContentLoader();
        Problems problems = new Problems();
        Curriculum c;
        try {
            c = loader.load(options.site(), options.languages(), options.baseUrl(), problems);
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), true, System.nanoTime() - t0);
        }
        changedContent = Set.of();
        return publish(c, problems.sorted(), null, true, t0);
    }

    /** Applies edited, added or deleted files. */
    public Update apply(Collection<Path> changed) {
        long t0 = System.nanoTime();
        boolean templatesChanged = changed.stream().anyMatch(p -> p.toAbsolutePath().normalize()
                .startsWith(options.site().resolve("templates")));
        if (loader == null || good == null && templatesChanged) {
            return start();
        }
        if (templatesChanged) {
            templates = new Templates(options.site());
        }
        Curriculum c;
        try {
            c = loader.update(changed);
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), true, System.nanoTime() - t0);
        }
        if (c == null) {
            return start();
        }
        changedContent = contentPaths(changed);
        return publish(c, loader.problems(), good, templatesChanged, t0);
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

    private Update publish(Curriculum c, List<Problem> loadProblems, Curriculum before, boolean full, long t0) {
        time("load", t0);
        Problems problems = new Problems();
        loadProblems.forEach(problems::add);
        new Validator(problems, validation).validate(c);
        time("validate", t0);
        List<Problem> all = problems.sorted();
        if (problems.hasErrors()) {
            return new Update(all, Set.of(), full, System.nanoTime() - t0);
        }
        try {
            templates.preload(WebRenderer.TEMPLATES);
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), full, System.nanoTime() - t0);
        }
        Set<PageRef> pages = full || before == null ? null : Dependents.of(before, c, changedContent);
        boolean everything = pages == null;
        if (updateStatus(everything) && !everything) {
            for (org.kring.model.LocalizedContent l : c.locales()) {
                pages.add(new PageRef(l.code(), new org.kring.model.DocKey(org.kring.model.ContentKind.PAGE,
                        "translation")));
            }
        }
        time("dependents", t0);
        Router router = new Router(c.source() != null ? c.source() : c.locales().get(0));
        WebRenderer web = new WebRenderer(c, templates, router, pdfs, status);
        time("renderer", t0);
        try {
            if (everything) {
                LiveOutput.Pass pass = output.startPass();
                web.render(pass, null, true);
                pass.deleteStale(p -> !p.startsWith("pdf/"));
            } else {
                web.render(output, pages, false);
            }
        } catch (ContentException e) {
            return new Update(e.problems(), Set.of(), full, System.nanoTime() - t0);
        }
        time("render", t0);
        good = c;
        return new Update(all, output.takeChanged(), everything, System.nanoTime() - t0);
    }

    /**
     * Brings the translation status up to date: everything after a full load, else only the files that
     * changed. Returns true when a status changed (then the status pages are rendered again).
     */
    private boolean updateStatus(boolean everything) {
        if (everything || project == null) {
            project = new TranslationProject(options.site());
            statusCache.clear();
            for (String code : project.targetLanguages()) {
                Map<String, org.kring.segment.FileStatus> files = new java.util.TreeMap<>();
                for (org.kring.segment.FileStatus f : StatusReports.of(project, code).files()) {
                    files.put(f.path(), f);
                }
                statusCache.put(code, files);
            }
        } else {
            boolean any = false;
            project.forget(changedContent);
            Set<String> existing = new java.util.HashSet<>();
            for (String path : changedContent) {
                if (path.endsWith(".md") && java.nio.file.Files.isRegularFile(options.site().resolve("content").resolve(path))) {
                    existing.add(path);
                }
            }
            for (Map.Entry<String, Map<String, org.kring.segment.FileStatus>> e : statusCache.entrySet()) {
                for (String path : changedContent) {
                    org.kring.segment.FileStatus now = existing.contains(path) ? project.status(e.getKey(), path) : null;
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
        Curriculum c = good;
        if (c == null || !options.pdf()) {
            return new Update(List.of(), Set.of(), false, 0);
        }
        Problems problems = new Problems();
        PdfFonts fonts = new PdfFonts(templates);
        PrintRenderer.checkGlyphs(c, fonts, problems);
        if (problems.hasErrors()) {
            return new Update(problems.sorted(), Set.of(), false, System.nanoTime() - t0);
        }
        Router router = new Router(c.source() != null ? c.source() : c.locales().get(0));
        LiveOutput.Pass pass = output.startPass();
        PrintRenderer.Result r = new PrintRenderer(c, templates, router, fonts, options.cache(), (d, t) -> { })
                .render(pass);
        pass.deleteStale(p -> p.startsWith("pdf/"));
        Map<String, List<PdfFile>> before = pdfs;
        pdfs = r.byLanguage();
        if (!pdfs.equals(before) && c == good) {
            new WebRenderer(c, templates, router, pdfs, status).render(output, null, false);
        }
        return new Update(List.of(), output.takeChanged(), false, System.nanoTime() - t0);
    }

    /** Keeps the output's manifest, so a later build knows what the output folder holds. */
    public void save() {
        output.saveManifest();
    }

}
