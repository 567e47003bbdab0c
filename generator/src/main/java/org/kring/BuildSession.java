package org.kring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.kring.load.ContentLoader;
import org.kring.model.Curriculum;
import org.kring.model.Links;
import org.kring.render.Router;
import org.kring.render.Templates;
import org.kring.render.print.PdfFile;
import org.kring.render.print.PdfFonts;
import org.kring.render.print.PrintRenderer;
import org.kring.render.web.WebRenderer;
import org.kring.translate.StatusReport;
import org.kring.translate.StatusReports;
import org.kring.translate.TranslationProject;
import org.kring.validate.PictureCheck;
import org.kring.validate.PlaceholderCheck;
import org.kring.validate.UiCoverage;
import org.kring.validate.Validator;

/**
 * One run of the pipeline over a site, shared by every command (build, check, serve, course pack, translate):
 * it owns what was loaded (the files, the model), what validation found (problems, where links lead) and
 * what rendering needs (templates, router, fonts, translation status), each made once, on first use. The
 * commands are thin callers, so they cannot drift apart in what they check.
 */
public final class BuildSession {
    private final BuildOptions options;
    private final ContentLoader loader;
    private final Problems problems = new Problems();
    private final Curriculum curriculum;
    private Links links;
    private Templates templates;
    private Router router;
    private PdfFonts fonts;
    private TranslationProject translations;
    private Map<String, StatusReport> status;
    private final org.kring.load.ReadCache read;

    private BuildSession(BuildOptions options, ContentLoader loader, Curriculum curriculum, List<Problem> loaded,
            org.kring.load.ReadCache read) {
        this.options = options;
        this.read = read;
        this.loader = loader;
        this.curriculum = curriculum;
        loaded.forEach(problems::add);
    }

    /**
     * Reads the site: site.yml, every content, translation and interface-string file. Problems in the files
     * are collected, not thrown; only a site that cannot be read at all (no site.yml, a broken one) throws a
     * {@link ContentException}.
     */
    public static BuildSession load(BuildOptions options) {
        return load(options, null);
    }

    /** Reads the site, taking from {@code parsed} what an earlier build learnt of the bodies that did not change. */
    public static BuildSession load(BuildOptions options, org.kring.load.ReadCache parsed) {
        return load(options, parsed, null);
    }

    /** As {@link #load(BuildOptions, org.kring.load.ReadCache)}, listing the files from {@code walk} when not null. */
    public static BuildSession load(BuildOptions options, org.kring.load.ReadCache parsed,
            org.kring.load.InputWalk walk) {
        ContentLoader loader = new ContentLoader(parsed).listedBy(walk);
        Problems p = new Problems();
        Curriculum c = loader.load(options.site(), options.languages(), options.baseUrl(), p);
        return new BuildSession(options, loader, c, p.sorted(), parsed);
    }

    /** The hash of the bytes of every input file the load read, by name ({@link org.kring.load.FileDigests}). */
    public Map<String, String> digests() {
        return loader.digests();
    }

    /** The session after some files changed, reading only those again; null when everything must be read. */
    public BuildSession update(java.util.Collection<java.nio.file.Path> changed, Validator.Memo memo) {
        Curriculum c = loader.update(changed);
        if (c == null) {
            return null;
        }
        BuildSession next = new BuildSession(options, loader, c, loader.problems(), read);
        next.templates = templates;
        next.validate(memo);
        return next;
    }

    public BuildOptions options() {
        return options;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    public Problems problems() {
        return problems;
    }

    /** Checks the model (references, links, anchors, agendas, schedules, interface strings) once. */
    public synchronized Links validate() {
        return validate(null);
    }

    /** Validates, remembering in {@code memo} what the next session of the same site need not check again. */
    public synchronized Links validate(Validator.Memo memo) {
        if (links == null) {
            links = new Validator(problems, memo).validate(curriculum);
            UiCoverage.check(curriculum, problems);
            PlaceholderCheck.check(curriculum, problems, memo == null ? null : memo.placeholders(), read);
        }
        return links;
    }

    /**
     * Validates and stops with every problem when there are errors (with {@code --strict}, also when there are
     * warnings): the renderers only see a valid model.
     */
    public Links validated() {
        Links l = validate();
        if (options.strict() && !problems.sorted().isEmpty()) {
            throw new ContentException(problems.sorted().stream().map(p -> p.isError() ? p
                    : Problem.error(p.file(), p.line(), p.column(), p.message() + " (an error with --strict)")).toList());
        }
        problems.throwIfErrors();
        return l;
    }

    public synchronized Templates templates() {
        if (templates == null) {
            templates = new Templates(options.site());
        }
        return templates;
    }

    /** The site's templates with a fresh cache, after a template file changed. */
    public synchronized void reloadTemplates() {
        templates = new Templates(options.site());
    }

    public synchronized Router router() {
        if (router == null) {
            router = new Router(curriculum.source() != null ? curriculum.source() : curriculum.locales().get(0));
        }
        return router;
    }

    public synchronized PdfFonts fonts() {
        if (fonts == null) {
            fonts = new PdfFonts(templates(), curriculum.config().fonts());
        }
        return fonts;
    }

    /** Every printed character has a font (only when PDFs are made). */
    public void checkGlyphs() {
        PrintRenderer.checkGlyphs(curriculum, fonts(), problems);
    }

    /** Every picture in printed text is in a format PDFs hold (only when PDFs are made). */
    public void checkPrintedPictures() {
        PictureCheck.checkPrinted(curriculum, validate(), problems);
    }

    /** The translation workflow's view of this site: the same files and model, nothing read twice. */
    public synchronized TranslationProject translations() {
        if (translations == null) {
            translations = new TranslationProject(curriculum, read);
        }
        return translations;
    }

    /** The translation workflow's view of the site in {@code root} (a session of all its languages). */
    public static TranslationProject translations(java.nio.file.Path root) {
        return load(BuildOptions.of(root)).translations();
    }

    /** Where each language's translation stands, for its status page. */
    public synchronized Map<String, StatusReport> status() {
        if (status == null) {
            TranslationProject project = translations();
            Map<String, StatusReport> out = new LinkedHashMap<>();
            for (String code : project.targetLanguages()) {
                out.put(code, StatusReports.of(project, code));
            }
            status = out;
        }
        return status;
    }

    /**
     * Every check a build makes, without writing anything: site.yml, front matter, Markdown, references,
     * links and anchors in every language, pictures, agendas, interface strings, templates and, unless PDFs
     * are off, whether every printed character has a font and every printed picture can be printed. All
     * problems, sorted.
     */
    public List<Problem> check() {
        validate();
        try {
            templates().preload(WebRenderer.TEMPLATES);
            if (options.pdf()) {
                templates().preload(PrintRenderer.TEMPLATES);
                checkGlyphs();
                checkPrintedPictures();
            }
        } catch (ContentException e) {
            e.problems().forEach(problems::add);
        }
        return problems.sorted();
    }

    public WebRenderer web(Map<String, List<PdfFile>> pdfs) {
        return web(pdfs, status());
    }

    /** The web renderer with a translation status kept elsewhere (the preview updates it file by file). */
    public WebRenderer web(Map<String, List<PdfFile>> pdfs, Map<String, StatusReport> translationStatus) {
        return new WebRenderer(curriculum, validated(), templates(), router(), pdfs, translationStatus);
    }

    /** The renderer of the site's PDFs, through the PDF cache of the build's options. */
    public PrintRenderer print(BiConsumer<Integer, Integer> progress) {
        return new PrintRenderer(curriculum, validated(), templates(), router(), fonts(), options.cache(), progress,
                options.browser());
    }

    /** The renderer for one-off documents (a course run's papers), which are not cached. */
    public PrintRenderer printUncached() {
        return new PrintRenderer(curriculum, validated(), templates(), router(), fonts(), null, null, options.browser());
    }
}
