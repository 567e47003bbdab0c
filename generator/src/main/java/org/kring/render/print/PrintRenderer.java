package org.kring.render.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import org.kring.Version;
import org.kring.model.Asset;
import org.kring.model.ContentKind;
import org.kring.model.Course;
import org.kring.model.CourseBlock;
import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.Content;
import org.kring.model.Links;
import org.kring.render.ContentModel;
import org.kring.model.Language;
import org.kring.model.LocalizedContent;
import org.kring.model.Markdown;
import org.kring.markdown.ContainerKind;
import org.kring.model.Programme;
import org.kring.model.Schedule;
import org.kring.model.Session;
import org.kring.render.MarkdownHtml;
import org.kring.render.Parallel;
import org.kring.render.Router;
import org.kring.render.Templates;
import org.kring.render.TemplateFunctions;
import org.kring.write.OutputSink;

/**
 * The print half of the render stage. For every language: a facilitator edition and a participant handout
 * of every session, a manual per programme (cover, contents with page numbers, all sessions, bookmarks) and
 * the recommendations booklet, each only where the language's translation covers it ({@link PrintCoverage}),
 * so that a PDF is in the language of its folder. All in this one JVM, in parallel; a PDF whose inputs did
 * not change comes from the cache instead of being rendered again.
 */
public final class PrintRenderer implements AutoCloseable {
    public static final List<String> TEMPLATES = List.of("print/session.ftlh", "print/manual.ftlh", "print/booklet.ftlh",
            "print/course.ftlh", "print/attendance.ftlh", "print/certificates.ftlh");

    /**
     * What the print stage did.
     *
     * @param files     the PDFs made, in path order
     * @param downloads per language, what its pages offer: its own PDFs and the editions it borrows
     */
    public record Result(List<PdfFile> files, Map<String, List<PdfFile>> downloads, int rendered, int reused,
            long renderMillis, int renderedPages) {

        /** No PDFs: a build with --no-pdf, or without a browser. */
        public static Result none() {
            return new Result(List.of(), Map.of(), 0, 0, 0, 0);
        }

        /** Per language, the PDFs its pages link (see {@link DownloadOffers}). */
        public Map<String, List<PdfFile>> byLanguage() {
            return downloads;
        }
    }

    /**
     * One PDF to make; {@code extra} adds to the template's model (a course run's dates and participants);
     * {@code partial} when some of its parts are printed in another language.
     */
    private record Job(LocalizedContent locale, DocKey key, String edition, String template, String path,
            Content doc, Map<String, Object> extra, boolean partial) {

        Job(LocalizedContent locale, DocKey key, String edition, String template, String path, Content doc,
                PrintCoverage coverage) {
            this(locale, key, edition, template, path, doc, Map.of(), coverage == PrintCoverage.PARTLY);
        }
    }

    private final Curriculum curriculum;
    private final Links links;
    private final Map<String, org.kring.model.Untranslated> untranslated;
    /** Per language, every front matter text its partial translations still have in the source language. */
    private final Map<String, org.kring.model.Untranslated> untranslatedTexts;
    private final Templates templates;
    private final Router router;
    private final PdfFonts fonts;
    private final PdfCache cache;
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final BiConsumer<Integer, Integer> progress;
    private final String css;
    private final String assetsHash;
    private final java.nio.file.Path browser;
    private final String engineId;
    private PdfEngine engine;
    private long engineMillis;

    /**
     * @param cacheDir where rendered PDFs are kept between builds; null for one-off documents (a course run's
     *                 papers), which are rendered each time with {@link #renderOne}
     * @param progress called with (done, total) after each PDF, from any thread
     */
    /**
     * @param browser the browser named with --browser, or null for KRING_BROWSER or an installed one
     */
    public PrintRenderer(Curriculum curriculum, Links links, Templates templates, Router router, PdfFonts fonts,
            java.nio.file.Path cacheDir, BiConsumer<Integer, Integer> progress, String browser) {
        this.curriculum = curriculum;
        this.links = links;
        this.untranslated = curriculum.untranslated();
        this.untranslatedTexts = untranslatedTexts(curriculum);
        this.templates = templates;
        this.router = router;
        this.fonts = fonts;
        this.cache = cacheDir == null ? null : new PdfCache(cacheDir.resolve("pdf"));
        this.progress = progress;
        String paper = curriculum.config().paper();
        this.css = new String(templates.file("print/print.css"), StandardCharsets.UTF_8)
                + "\n@page { size: " + paper + "; }\n";
        this.assetsHash = assetsHash(links.files());
        // Finding the browser is a look at a few paths; it starts only for the first PDF not in the cache.
        this.browser = org.kring.render.print.browser.Browser.find(browser).orElse(null);
        this.engineId = org.kring.render.print.browser.Browser.identity(this.browser);
    }

    /** The engine, made on first use; the browser behind it starts at its first PDF. */
    private synchronized PdfEngine engine() {
        if (engine == null) {
            if (browser == null) {
                throw org.kring.render.print.browser.BrowserException.notFound();
            }
            engine = new PdfEngine(fonts, browser, curriculum.root().resolve("content"), links.files().stream()
                    .map(Asset::sitePath).collect(java.util.stream.Collectors.toSet()));
        }
        return engine;
    }

    /** Closes the browser, if one was started. */
    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    /** Checks, before anything is written, that every character of the printed texts is in a font. */
    public static void checkGlyphs(Curriculum curriculum, PdfFonts fonts, org.kring.Problems problems) {
        GlyphCheck.check(curriculum, fonts, problems);
    }

    public Result render(OutputSink writer) {
        if (cache == null) {
            throw new IllegalStateException("a site's PDFs are rendered through a cache: give a cache folder");
        }
        templates.preload(TEMPLATES);
        List<Job> jobs = jobs();
        List<PdfFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger renderedPages = new AtomicInteger();
        // First every page and its cache key, so a build that needs a browser it does not have says so before
        // it writes a single PDF.
        Map<Job, String[]> pages = new java.util.concurrent.ConcurrentHashMap<>();
        Parallel.forEach(jobs, job -> {
            String html = html(job);
            dump(job.path, html);
            // The licence goes into the metadata too, where a template of the site's own may not print it.
            pages.put(job, new String[] {html, Hashing.of(html, assetsHash, fonts.fingerprint(), engineId,
                    Version.get(), String.valueOf(curriculum.config().licence()))});
        });
        if (browser == null && jobs.stream().anyMatch(j -> !cache.has(pages.get(j)[1]))) {
            throw org.kring.render.print.browser.BrowserException.notFound();
        }
        // The longest first, on a thread more than the browser has tabs: a tab is not left idle while its last
        // PDF gets its outline, and no tab prints a manual alone at the end.
        List<Job> longestFirst = new ArrayList<>(jobs);
        longestFirst.sort(Comparator.comparingInt((Job j) -> -pages.get(j)[0].length()));
        try {
            Parallel.forEachInOrder(longestFirst, PdfEngine.tabs() + 1, job -> {
                String html = pages.get(job)[0];
                String key = pages.get(job)[1];
                PdfCache.Entry entry = cache.get(key);
                if (entry == null) {
                    PdfEngine.Pdf pdf = print(job, html, key);
                    rendered.incrementAndGet();
                    renderedPages.addAndGet(pdf.pages());
                    cache.put(key, pdf.bytes(), pdf.pages());
                    entry = new PdfCache.Entry(pdf.bytes(), pdf.pages());
                }
                writer.write(job.path, entry.bytes());
                files.add(new PdfFile(job.key, job.edition, job.locale.code(), job.path, title(job), entry.pages(),
                        entry.bytes().length, job.partial));
                progress.accept(done.incrementAndGet(), jobs.size());
            });
        } finally {
            if (engine != null) {
                engineMillis = engine.busyMillis();
            }
            close();
        }
        cache.prune();
        List<PdfFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(PdfFile::path));
        return new Result(List.copyOf(sorted), DownloadOffers.of(curriculum, sorted), rendered.get(),
                jobs.size() - rendered.get(), engineMillis, renderedPages.get());
    }

    /** One PDF; a browser that fails names the PDF and the file it prints, in one line. */
    private PdfEngine.Pdf print(Job job, String html, String key) {
        try {
            return engine().render(html, meta(job), key.hashCode() ^ (long) key.length() << 32);
        } catch (org.kring.render.print.browser.BrowserException e) {
            if (e.isNotFound()) {
                throw e;
            }
            String file = job.doc == null ? "site.yml" : job.doc.origin().file().name();
            throw new org.kring.ContentException(org.kring.Problem.error(file, 0, "cannot print "
                    + (job.path.isEmpty() ? "its PDF" : job.path) + ": " + e.getMessage()));
        }
    }

    /** Every PDF of the site: each product in each language whose translation covers it (see {@link PrintCoverage}). */
    private List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (LocalizedContent l : curriculum.locales()) {
            String dir = "pdf/" + l.code() + "/";
            for (Programme p : l.programmes()) {
                for (Session s : p.sessions()) {
                    PrintCoverage coverage = PrintCoverage.of(s, List.of());
                    if (coverage.made()) {
                        jobs.add(new Job(l, s.key(), "facilitator", "print/session.ftlh",
                                dir + s.shortId() + "-facilitator.pdf", s, coverage));
                        jobs.add(new Job(l, s.key(), "participant", "print/session.ftlh",
                                dir + s.shortId() + "-participant.pdf", s, coverage));
                    }
                }
                PrintCoverage manual = PrintCoverage.of(p, p.sessions());
                if (!p.sessions().isEmpty() && manual.made()) {
                    jobs.add(new Job(l, p.key(), "manual", "print/manual.ftlh", dir + p.id() + "-manual.pdf", p,
                            manual));
                }
            }
            for (Course c : l.courses()) {
                PrintCoverage pack = coverage(l, c);
                if (c.givenIn(l.code()) && pack.made()) {
                    for (String edition : List.of("trainer", "trainee")) {
                        jobs.add(new Job(l, c.key(), edition, "print/course.ftlh",
                                dir + c.id() + "-pack-" + edition + ".pdf", c, pack));
                    }
                }
            }
            PrintCoverage booklet = PrintCoverage.of(null, l.recommendations());
            if (booklet.made()) {
                jobs.add(new Job(l, new DocKey(ContentKind.PAGE, "recommendations"), "booklet",
                        "print/booklet.ftlh", dir + "recommendations.pdf", null, booklet));
            }
        }
        return jobs;
    }

    /** How much of a course's pack a language's translation covers: the course, its modules, the guides it practises. */
    public static PrintCoverage coverage(LocalizedContent l, Course c) {
        List<Content> parts = new ArrayList<>(c.modules());
        parts.addAll(practised(l, c));
        return PrintCoverage.of(c, parts);
    }

    /**
     * Makes one course document outside a build (for a course run): {@code template} with the course in its
     * model plus {@code extra}. The PDF gets the same fonts, tags and metadata as every other.
     *
     * @param edition trainer or trainee for a pack; for other documents, the word after "print." that
     *                names it in the interface strings (attendance, certificate)
     */
    public PdfEngine.Pdf renderCourseDocument(LocalizedContent l, Course course, String edition, String template,
            Map<String, Object> extra) {
        templates.preload(List.of(template));
        Job job = new Job(l, course.key(), edition, template, "", course, extra,
                coverage(l, course) == PrintCoverage.PARTLY);
        String html = html(job);
        String key = Hashing.of(html, assetsHash, fonts.fingerprint(), engineId, Version.get());
        return print(job, html, key);
    }

    /**
     * A course run's document with a page or more per item (the certificates: a page per participant), printed
     * in parts of {@code partSize} items and written to {@code out} as one PDF; {@code itemsKey} names the
     * items in the template's model, and {@code firstRow} numbers a part's first item. Returns the pages.
     */
    public int renderCourseDocumentInParts(LocalizedContent l, Course course, String edition, String template,
            Map<String, Object> extra, String itemsKey, int partSize, java.io.OutputStream out) {
        templates.preload(List.of(template));
        List<?> items = (List<?>) extra.get(itemsKey);
        Job job = new Job(l, course.key(), edition, template, "", course, extra,
                coverage(l, course) == PrintCoverage.PARTLY);
        List<java.util.function.Supplier<String>> parts = new ArrayList<>();
        for (int from = 0; from < Math.max(1, items.size()); from += partSize) {
            Map<String, Object> part = new HashMap<>(extra);
            part.put(itemsKey, items.subList(from, Math.min(items.size(), from + partSize)));
            part.put("firstRow", from + 1);
            Job one = new Job(l, course.key(), edition, template, "", course, part, job.partial);
            if (from == 0) {
                String first = html(one); // made now for the document's identity, printed as it is
                parts.add(() -> first);
            } else {
                parts.add(() -> html(one));
            }
        }
        // The parts differ only in their items, so the document's identity is the first part's and the list's.
        String key = Hashing.of(parts.get(0).get(), String.valueOf(items), assetsHash,
                fonts.fingerprint(), engineId, Version.get(), edition, template);
        try {
            return engine().renderJoined(parts, meta(job), key.hashCode() ^ (long) key.length() << 32, out);
        } catch (org.kring.render.print.browser.BrowserException e) {
            if (e.isNotFound()) {
                throw e;
            }
            throw new org.kring.ContentException(org.kring.Problem.error(course.origin().file().name(), 0,
                    "cannot print the " + edition + ": " + e.getMessage()));
        }
    }

    private String html(Job job) {
        LocalizedContent l = job.locale;
        Map<String, Object> model = new HashMap<>();
        model.put("lang", l.language());
        model.put("content", l);
        model.put("css", markup(css.replace("</", "<\\/")));
        model.put("t", TemplateFunctions.t(l.ui()));
        model.put("date", TemplateFunctions.date(org.kring.i18n.Dates.locale(l.language())));
        model.put("langOf", TemplateFunctions.langOf(curriculum.config()));
        model.put("languageName", TemplateFunctions.languageName(curriculum.config()));
        String selfPath = job.doc == null ? null : router.path(job.doc.key(), l.code());
        MarkdownHtml.Scope base = new MarkdownHtml.Scope(null, l.code(),
                curriculum.config().baseUrl().isEmpty() ? null : curriculum.config().baseUrl(), "", selfPath, "",
                router, links, untranslated, l.ui(), java.util.Set.of());
        model.put("md", (TemplateMethodModelEx) args -> {
            Markdown m = (Markdown) TemplateFunctions.unwrap(args.get(0));
            String prefix = args.size() > 1 ? String.valueOf(TemplateFunctions.unwrap(args.get(1))) : "p-";
            MarkdownHtml.Scope s = new MarkdownHtml.Scope(m, base.lang(), base.linkRoot(), base.assetRoot(),
                    base.selfPath(), prefix, router, links, untranslated, l.ui(), omit(job));
            return markup(markdown.render(s));
        });
        model.put("participantParts", (TemplateMethodModelEx) args ->
                markup(markdown.participantParts(base.with((Markdown) TemplateFunctions.unwrap(args.get(0))))));
        model.put("headings", (TemplateMethodModelEx) args -> Headings.of(
                (Markdown) TemplateFunctions.unwrap(args.get(0)), String.valueOf(TemplateFunctions.unwrap(args.get(1)))));
        model.put("pageOf", markup(pageOf(l)));
        model.put("edition", job.edition);
        model.put("sourceLanguage", curriculum.config().sourceLanguage());
        model.put("pdfTitle", title(job));
        model.put("pdfSubject", subject(job));
        model.putAll(ContentModel.of(job.doc, l));
        if (curriculum.config().logo() != null) {
            model.put("logo", curriculum.config().logo().value());
        }
        model.put("site", TemplateFunctions.edition(curriculum.config()));
        java.time.LocalDate edition = EditionDate.of(job.doc, l, curriculum.config());
        if (edition != null) {
            model.put("editionDate", edition);
        }
        if (job.doc instanceof Course c) {
            model.put("clock", TemplateFunctions.clock());
            model.put("blockTarget", (TemplateMethodModelEx) args -> l.blockTarget(c,
                    (CourseBlock) TemplateFunctions.unwrap(args.get(0))));
            model.put("practised", practised(l, c));
            model.put("handouts", handouts(c, base.omitting(omit(job))));
            model.putAll(job.extra);
        }
        String html = templates.render(job.template, model);
        // Texts a partial translation still has in the source language, from any piece this PDF prints.
        return org.kring.render.SourceLanguageMarks.mark(html, untranslatedTexts.get(l.code()));
    }

    private static Map<String, org.kring.model.Untranslated> untranslatedTexts(Curriculum curriculum) {
        Map<String, org.kring.model.Untranslated> out = new HashMap<>();
        for (LocalizedContent l : curriculum.locales()) {
            List<org.kring.model.Untranslated> parts = new ArrayList<>();
            for (Content d : l.documents()) {
                if (d.origin().untranslated() != null && !d.origin().fallback()) {
                    parts.add(d.origin().untranslated());
                }
            }
            if (!parts.isEmpty()) {
                out.put(l.code(), org.kring.render.SourceLanguageMarks.union(parts));
            }
        }
        return out;
    }

    /** For developers of templates: -Dkring.printHtml=DIR keeps each PDF's HTML for a look in a browser. */
    private static void dump(String path, String html) {
        String dir = System.getProperty("kring.printHtml");
        if (dir != null) {
            try {
                java.nio.file.Path f = java.nio.file.Path.of(dir, path.replace(".pdf", ".html"));
                Files.createDirectories(f.getParent());
                Files.writeString(f, html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Page X of Y" in the page's language, with the numbers filled in by the engine on every page. */
    private static String pageOf(LocalizedContent l) {
        String text = l.ui().format("print.page_of", Map.of("page", "\u0001", "pages", "\u0002"));
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replace("\u0001", "<span class=\"page\"></span>")
                .replace("\u0002", "<span class=\"pages\"></span>");
    }

    /**
     * The session guides and topics a course practises, in schedule order, each once however often it is
     * practised: by its key, since practice of {@code session:parenting/3} and of {@code session:parenting/3#opening}
     * is practice of one guide, printed once.
     */
    public static List<Content> practised(LocalizedContent l, Course c) {
        List<Content> out = new ArrayList<>();
        java.util.Set<DocKey> seen = new java.util.HashSet<>();
        for (Schedule.Day d : c.schedule().days()) {
            for (Schedule.Slot s : d.slots()) {
                org.kring.model.Ref ref = s.block().ref();
                Content doc = ref == null ? null : l.find(ref.key());
                if (doc != null && seen.add(doc.key())) {
                    out.add(doc);
                }
            }
        }
        return out;
    }

    /** A module's handouts, rendered, for the collection at the end of a course pack. */
    public record Handout(org.kring.model.Module module, Object html) {
    }

    /** The handouts of every module that has some, in module order; rendered once per pack. */
    private List<Handout> handouts(Course c, MarkdownHtml.Scope scope) {
        List<Handout> out = new ArrayList<>();
        for (org.kring.model.Module m : c.modules()) {
            String html = markdown.parts(scope.with(m.body()), ContainerKind.HANDOUT);
            if (!html.isBlank()) {
                out.add(new Handout(m, markup(html)));
            }
        }
        return out;
    }

    /** The blocks an edition leaves out: the trainee's course pack has no trainer notes. */
    private static java.util.Set<ContainerKind> omit(Job job) {
        return job.edition.equals("trainee") ? java.util.Set.of(ContainerKind.TRAINER) : java.util.Set.of();
    }

    private String title(Job job) {
        LocalizedContent l = job.locale;
        return switch (job.edition) {
            case "facilitator", "participant" -> {
                Session s = (Session) job.doc;
                yield l.ui().format("session.number", Map.of("n", s.number())) + ": " + s.title() + " ("
                        + l.ui().get("print." + job.edition) + ")";
            }
            case "manual" -> ((Programme) job.doc).title() + " (" + l.ui().get("print.manual") + ")";
            case "trainer", "trainee", "attendance", "certificates" -> ((Course) job.doc).title() + " ("
                    + l.ui().get("print." + job.edition) + ")";
            default -> l.ui().get("title.recommendations");
        };
    }

    private String subject(Job job) {
        LocalizedContent l = job.locale;
        if (job.doc instanceof Session s) {
            return l.programme(s.programmeId()).title() + ". " + s.description();
        } else if (job.doc != null) {
            return job.doc.description();
        }
        return l.ui().get("site.title") + ": " + l.ui().get("title.recommendations");
    }

    private PdfEngine.Meta meta(Job job) {
        Language lang = job.locale.language();
        return new PdfEngine.Meta(title(job), subject(job), lang.code(), lang.rtl(), job.locale.ui().get("site.title"),
                curriculum.config().licence());
    }

    /** The published files, which PDFs may show: a file no page uses and no folder declares changes no PDF. */
    private static String assetsHash(List<Asset> files) {
        MessageDigest md = Hashing.sha256();
        for (Asset a : files) {
            md.update(a.sitePath().getBytes(StandardCharsets.UTF_8));
            try {
                md.update(Files.readAllBytes(a.file()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Hashing.hex(md.digest());
    }
}
