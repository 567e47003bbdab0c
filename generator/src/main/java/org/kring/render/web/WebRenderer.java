package org.kring.render.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import freemarker.template.TemplateMethodModelEx;
import org.kring.model.ContentKind;
import org.kring.model.Course;
import org.kring.model.CourseBlock;
import org.kring.model.Module;
import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.Content;
import org.kring.model.Links;
import org.kring.render.ContentModel;
import org.kring.model.Language;
import org.kring.model.Located;
import org.kring.model.LocalizedContent;
import org.kring.model.Origin;
import org.kring.model.Page;
import org.kring.model.Programme;
import org.kring.model.Recommendation;
import org.kring.model.Ref;
import org.kring.model.Session;
import org.kring.model.Topic;
import org.kring.render.MarkdownHtml;
import org.kring.render.Parallel;
import org.kring.render.Router;
import org.kring.render.TemplateFunctions;
import org.kring.render.Templates;
import org.kring.render.print.PdfFile;
import org.kring.translate.StatusReport;
import org.kring.write.OutputSink;

/**
 * The web half of the render stage: every page of every language through its FreeMarker template, in
 * parallel, straight into an {@link OutputSink}. Also the site-wide files: the language chooser at the
 * root, the 404 page, the sitemap and the fingerprinted CSS and script.
 */
public final class WebRenderer {
    private final Curriculum curriculum;
    /** The offline copies the downloads and country pages offer. */
    private final org.kring.render.OfflineCopies offline;
    private final Links links;
    private final Map<String, org.kring.model.Untranslated> untranslated;
    private final Templates templates;
    private final Router router;
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final Map<String, String> assets = new LinkedHashMap<>();

    /** One page to render: which content, with which template, in which section of the menu. */
    private record Job(LocalizedContent locale, DocKey key, String kind, Content doc, String section) {
    }

    public static final List<String> TEMPLATES = List.of("web/home.ftlh", "web/page.ftlh", "web/country.ftlh",
            "web/countries.ftlh", "web/programmes.ftlh", "web/programme.ftlh", "web/session.ftlh", "web/topics.ftlh",
            "web/topic.ftlh", "web/recommendations.ftlh", "web/recommendation.ftlh", "web/downloads.ftlh",
            "web/translation.ftlh", "web/courses.ftlh", "web/course.ftlh", "web/module.ftlh",
            "web/search.ftlh", "web/root.ftlh", "web/404.ftlh");

    private final Map<String, List<PdfFile>> pdfs;
    private final Map<String, StatusReport> translation;
    /** Made on first use: only the translation status pages need it. */
    private Map<String, DocKey> keysByContentPath;

    /**
     * @param pdfs        the PDFs of each language, for download links (empty when PDFs are not made)
     * @param translation the translation status of each language but the source
     */
    public WebRenderer(Curriculum curriculum, Links links, Templates templates, Router router,
            Map<String, List<PdfFile>> pdfs, Map<String, StatusReport> translation) {
        this.curriculum = curriculum;
        this.links = links;
        this.untranslated = curriculum.untranslated();
        this.templates = templates;
        this.router = router;
        this.pdfs = pdfs;
        this.translation = translation;
        this.offline = org.kring.render.OfflineCopies.of(curriculum);
    }

    private synchronized DocKey keyOfContentPath(String path) {
        if (keysByContentPath == null) {
            Map<String, DocKey> m = new HashMap<>();
            for (LocalizedContent l : curriculum.locales()) {
                for (Content doc : l.documents()) {
                    m.putIfAbsent(doc.file().contentPath(), doc.key());
                }
            }
            keysByContentPath = m;
        }
        return keysByContentPath.get(path);
    }

    /** One page of the site: a piece of content (or a list page) in one language. */
    public record PageRef(String lang, DocKey key) {
        // Written out, as DocKey's: looked up for every page of the site.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof PageRef r && lang.equals(r.lang) && key.equals(r.key);
        }

        @Override
        public int hashCode() {
            return 31 * lang.hashCode() + key.hashCode();
        }
    }

    /** Every page the site has, and the file each is written to. */
    public Map<PageRef, String> pages() {
        Map<PageRef, String> out = new LinkedHashMap<>();
        for (LocalizedContent locale : curriculum.locales()) {
            for (Job job : jobs(locale)) {
                out.put(new PageRef(locale.code(), job.key), Router.file(router.path(job.key, locale.code())));
            }
        }
        return out;
    }

    /** Renders everything; returns the number of pages written per language. */
    public Map<String, Integer> render(OutputSink writer) {
        return render(writer, null, true);
    }

    /** The search index kept between renders by the preview, or null (a build renders everything once). */
    private SearchIndex search;

    /**
     * Keeps the search index in {@code index} and takes it from there: the preview's renders of a few pages
     * after an edit update it, so the index stays the one a full build would write.
     */
    public WebRenderer searchIndex(SearchIndex index) {
        this.search = index;
        return this;
    }

    /**
     * Renders the pages in {@code only} (all when null) and, when {@code siteFiles}, the stylesheet, script,
     * pictures and the site's root files. Returns the number of pages each language has (rendered or not).
     */
    public Map<String, Integer> render(OutputSink writer, java.util.Set<PageRef> only, boolean siteFiles) {
        return render(writer, only, siteFiles, siteFiles);
    }

    /**
     * As {@link #render(OutputSink, java.util.Set, boolean)}, with the site's root files (the language choice, the
     * 404 page, the sitemap, robots.txt) only when {@code rootFiles}: a rebuild of a few edited texts keeps them, as
     * nothing they show (the settings, the interface strings, which pages exist in which language) can have
     * changed.
     */
    public Map<String, Integer> render(OutputSink writer, java.util.Set<PageRef> only, boolean siteFiles,
            boolean rootFiles) {
        computeAssetNames();
        if (siteFiles) {
            writeAssets(writer);
        }
        List<Job> jobs = new ArrayList<>();
        Map<String, Job> searchPages = new LinkedHashMap<>();
        Map<String, List<String>> pageFiles = new HashMap<>();
        for (LocalizedContent locale : curriculum.locales()) {
            for (Job job : jobs(locale)) {
                if (job.kind.equals(SEARCH)) {
                    searchPages.put(locale.code(), job);
                    continue;
                }
                pageFiles.computeIfAbsent(locale.code(), k -> new ArrayList<>())
                        .add(Router.file(router.path(job.key, locale.code())));
                if (only == null || only.contains(new PageRef(locale.code(), job.key))) {
                    jobs.add(job);
                }
            }
        }
        // Every template is read (and its syntax checked) before any page is rendered, in one thread; a render of a
        // few pages reads only the templates they use (the others are as the last render found them).
        if (only == null) {
            templates.preload(TEMPLATES);
        } else {
            Set<String> used = new java.util.TreeSet<>(List.of("web/search.ftlh"));
            jobs.forEach(job -> used.add("web/" + job.kind + ".ftlh"));
            if (rootFiles) {
                used.addAll(List.of("web/root.ftlh", "web/404.ftlh"));
            }
            templates.preload(List.copyOf(used));
        }
        // The search index needs every page of a language. A full render makes it anew; a render of a few
        // pages (the preview, after an edit) updates the entries of those pages in the index it was given.
        SearchIndex index = only == null ? (search == null ? new SearchIndex() : search.cleared()) : search;
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        Set<String> changedLanguages = ConcurrentHashMap.newKeySet();
        Parallel.forEach(jobs, job -> {
            String path = router.path(job.key, job.locale.code());
            Rendered page = renderPage(job, path, null);
            String file = Router.file(path);
            writer.write(file, page.html.getBytes(StandardCharsets.UTF_8));
            // The translation page reports on every text by title: it would answer every search, and help none.
            if (index != null && !job.kind.equals("translation")) {
                index.put(job.locale.code(), SearchEntries.of(page, path));
            }
            if (writer.changed(file)) {
                // A language whose rendered pages all came out as they were keeps its index (and search page).
                changedLanguages.add(job.locale.code());
            }
        });
        Set<String> changed = new java.util.TreeSet<>(changedLanguages);
        for (Map.Entry<String, Job> e : searchPages.entrySet()) {
            String lang = e.getKey();
            Job job = e.getValue();
            boolean newIndex = index != null && (only == null || changed.contains(lang));
            if (newIndex || only == null || only.contains(new PageRef(lang, job.key))) {
                String version = null;
                if (newIndex || index != null && index.has(lang)) {
                    byte[] script = index.script(lang, pageFiles.getOrDefault(lang, List.of()));
                    if (newIndex) {
                        writer.write(searchIndexFile(lang), script);
                    }
                    // The search page names the index's version, so a server's cached copy is never taken for it.
                    version = Fingerprint.hash(script);
                }
                String path = router.path(job.key, lang);
                String src = "../" + SEARCH_INDEX + (version == null ? "" : "?v=" + version);
                writer.write(Router.file(path), renderPage(job, path, src).html.getBytes(StandardCharsets.UTF_8));
            }
        }
        // The pages each language has, rendered now or kept from the last build, with its search page.
        for (Map.Entry<String, List<String>> e : pageFiles.entrySet()) {
            counts.computeIfAbsent(e.getKey(), k -> new AtomicInteger()).addAndGet(e.getValue().size() + 1);
        }
        if (rootFiles) {
            writeSiteFiles(writer);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (LocalizedContent l : curriculum.locales()) {
            AtomicInteger n = counts.get(l.code());
            out.put(l.code(), n == null ? 0 : n.get());
        }
        return out;
    }

    private List<Job> jobs(LocalizedContent l) {
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(l, page("home"), "home", l.page("home"), "home"));
        for (Page p : l.pages()) {
            if (LIST_PAGES.contains(p.id())) {
                continue;
            }
            jobs.add(new Job(l, p.key(), p.isCountry() ? "country" : "page", p,
                    p.isCountry() ? "page:countries" : "page:" + p.id()));
        }
        jobs.add(new Job(l, page("countries"), "countries", l.page("countries"), "page:countries"));
        jobs.add(new Job(l, page("programmes"), "programmes", l.page("programmes"), "page:programmes"));
        for (Programme p : l.programmes()) {
            jobs.add(new Job(l, p.key(), "programme", p, "programme:" + p.id()));
            for (Session s : p.sessions()) {
                jobs.add(new Job(l, s.key(), "session", s, "programme:" + p.id()));
            }
        }
        jobs.add(new Job(l, page("topics"), "topics", l.page("topics"), "page:topics"));
        for (Topic t : l.topics()) {
            jobs.add(new Job(l, t.key(), "topic", t, "page:topics"));
        }
        jobs.add(new Job(l, page("recommendations"), "recommendations", l.page("recommendations"),
                "page:recommendations"));
        jobs.add(new Job(l, page("downloads"), "downloads", l.page("downloads"), "page:downloads"));
        jobs.add(new Job(l, page("translation"), "translation", l.page("translation"), "page:translation"));
        for (Recommendation r : l.recommendations()) {
            jobs.add(new Job(l, r.key(), "recommendation", r, "page:recommendations"));
        }
        jobs.add(new Job(l, page("courses"), "courses", l.page("courses"), "page:courses"));
        for (Course c : l.courses()) {
            jobs.add(new Job(l, c.key(), "course", c, "page:courses"));
            for (Module m : c.modules()) {
                jobs.add(new Job(l, m.key(), "module", m, "page:courses"));
            }
        }
        jobs.add(new Job(l, page(SEARCH), SEARCH, null, SEARCH));
        return jobs;
    }

    /** Pages the site always has, listing other content; their titles have interface strings. */
    static final List<String> LIST_PAGES = Page.LIST_PAGES;

    private static DocKey page(String id) {
        return new DocKey(ContentKind.PAGE, id);
    }

    /** The search page of every language: {@code <lang>/search/}, which loads the index beside it. */
    static final String SEARCH = "search";
    /** The index of a language, in the language's folder: {@code <lang>/search-index.js}. */
    public static final String SEARCH_INDEX = "search-index.js";

    /** The file of a language's search index, from the site's root. */
    public static String searchIndexFile(String lang) {
        return lang + "/" + SEARCH_INDEX;
    }

    /** A page as written, with what the layout knew of it (the search index takes its title from there). */
    record Rendered(String html, PageView view, String kind, Content doc, LocalizedContent locale) {
    }

    /** @param searchIndex the search page's link to its index (null for other pages) */
    private Rendered renderPage(Job job, String path, String searchIndex) {
        LocalizedContent l = job.locale;
        String lang = l.code();
        String root = Router.rootFrom(path);
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteModel());
        model.put("lang", l.language());
        model.put("content", l);
        model.put("root", root);
        model.put("assets", assets);
        model.put("t", TemplateFunctions.t(l.ui()));
        model.put("num", TemplateFunctions.num(lang));
        model.put("date", TemplateFunctions.date(org.kring.i18n.Dates.locale(l.language())));
        model.put("link", TemplateFunctions.link(router, lang, root));
        model.put("md", TemplateFunctions.md(markdown, router, links, untranslated, lang, root, path, l.ui()));
        model.put("nav", nav(l, root, job.section));
        model.put("doc", job.doc);
        TemplateMethodModelEx langOf = TemplateFunctions.langOf(curriculum.config());
        model.put("langOf", langOf);
        model.put("languageName", TemplateFunctions.languageName(curriculum.config()));
        model.put("languageNames", TemplateFunctions.languageNames(curriculum.config(), lang, l.ui().get("list_separator")));
        model.put("offline", offline);
        model.put("textAttrs", TemplateFunctions.langAttributes(curriculum.config(), job.doc));
        PageView view = pageView(job, path, root);
        model.put("page", view);
        if (searchIndex != null) {
            model.put("searchIndex", searchIndex);
        }
        boolean ownTitle = job.doc != null && view.title().equals(job.doc.title());
        model.put("titleAttrs", TemplateFunctions.langAttributes(curriculum.config(), ownTitle ? job.doc : null));
        List<PdfFile> languagePdfs = pdfs.getOrDefault(lang, List.of());
        model.put("pdfs", languagePdfs);
        model.put("pdfsOf", (TemplateMethodModelEx) args -> {
            DocKey key = ((Content) TemplateFunctions.unwrap(args.get(0))).key();
            return languagePdfs.stream().filter(f -> f.key().equals(key)).toList();
        });
        if (job.kind.equals("translation")) {
            model.put("report", translation.get(lang));
            model.put("reports", translation.values().stream().toList());
            model.put("contentLink", (TemplateMethodModelEx) args -> {
                DocKey key = keyOfContentPath(String.valueOf(TemplateFunctions.unwrap(args.get(0))));
                String p = key == null ? null : router.path(key, lang);
                return p == null ? "" : root + p;
            });
            model.put("contentDoc", (TemplateMethodModelEx) args -> {
                DocKey key = keyOfContentPath(String.valueOf(TemplateFunctions.unwrap(args.get(0))));
                return key == null ? null : l.find(key);
            });
        }
        model.putAll(ContentModel.of(job.doc, l));
        model.put("clock", TemplateFunctions.clock());
        model.put("blockTarget", (TemplateMethodModelEx) args -> l.blockTarget(
                (Course) TemplateFunctions.unwrap(args.get(1)), (CourseBlock) TemplateFunctions.unwrap(args.get(0))));
        String html = templates.render("web/" + job.kind + ".ftlh", model);
        if (job.doc != null && job.doc.origin().untranslated() != null && !job.doc.origin().fallback()) {
            html = org.kring.render.SourceLanguageMarks.mark(html, job.doc.origin().untranslated());
        }
        return new Rendered(FileLinks.apply(html), view, job.kind, job.doc, l);
    }

    private Map<String, Object> siteModel() {
        Map<String, Object> site = new HashMap<>();
        site.put("title", curriculum.config().title());
        site.put("baseUrl", curriculum.config().baseUrl());
        site.put("languages", curriculum.config().languages());
        site.put("sourceLanguage", curriculum.config().sourceLanguage());
        if (curriculum.config().logo() != null) {
            site.put("logo", curriculum.config().logo().value());
        }
        site.putAll(TemplateFunctions.edition(curriculum.config()));
        return site;
    }

    private PageView pageView(Job job, String path, String root) {
        LocalizedContent l = job.locale;
        String title;
        String description = null;
        Origin origin = null;
        if (job.doc != null) {
            title = job.doc.title();
            origin = job.doc.origin();
            description = job.doc.description();
        } else {
            title = l.ui().get(job.kind.equals(SEARCH) ? "search.title" : "title." + job.kind);
        }
        if (job.doc != null && job.doc.origin().fallback() && job.key.kind() == ContentKind.PAGE
                && LIST_PAGES.contains(job.key.id()) && !job.kind.equals("home")) {
            title = l.ui().get("title." + job.kind);
        }
        if (job.kind.equals("home") && job.doc == null) {
            title = l.ui().get("site.title");
        }
        boolean fallback = origin != null && origin.fallback();
        String textLang = origin == null ? l.code() : origin.textLanguage();
        Language text = curriculum.config().language(textLang);
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (Language other : curriculum.config().languages()) {
            String otherPath = router.path(job.key, other.code());
            alternates.add(new PageView.Alternate(other.code(), other.name(), other.dir(), root + otherPath,
                    absolute(otherPath, root), other.code().equals(l.code()),
                    job.doc == null || Translated.in(curriculum, job.key, other.code())));
        }
        boolean outdated = origin != null && origin.outdated() && !fallback;
        boolean adapted = origin != null && origin.adapted() && !fallback;
        String base = curriculum.config().baseUrl();
        String canonical = base.isEmpty() ? null
                : base + (fallback ? router.path(job.key, curriculum.config().sourceLanguage()) : path);
        Language source = curriculum.config().source();
        return new PageView(path, job.kind, title, description,
                description != null && !textLang.equals(l.code()) ? textLang : null, canonical, fallback, outdated,
                adapted, textLang, text == null ? l.language().dir() : text.dir(), nameIn(textLang, text, l.code()),
                source == null ? "" : nameIn(source.code(), source, l.code()), alternates, breadcrumbs(job, root));
    }

    /** A language's name as the page's language says it, else its own name from site.yml. */
    private static String nameIn(String code, Language language, String pageLang) {
        String name = org.kring.i18n.LanguageFacts.nameIn(code, pageLang);
        return name != null ? name : language == null ? code : language.name();
    }

    private String absolute(String path, String root) {
        String base = curriculum.config().baseUrl();
        return base.isEmpty() ? root + path : base + path;
    }

    private List<PageView.Crumb> breadcrumbs(Job job, String root) {
        LocalizedContent l = job.locale;
        String lang = l.code();
        List<PageView.Crumb> crumbs = new ArrayList<>();
        if (job.kind.equals("home")) {
            return crumbs;
        }
        crumbs.add(new PageView.Crumb(l.ui().get("nav.home"), root + router.path(page("home"), lang), null));
        switch (job.kind) {
            case "programme" -> crumbs.add(crumb(l, page("programmes"), root));
            case "session" -> {
                Session s = (Session) job.doc;
                crumbs.add(crumb(l, page("programmes"), root));
                Programme p = l.programme(s.programmeId());
                crumbs.add(crumb(l, p.key(), root));
            }
            case "topic" -> crumbs.add(crumb(l, page("topics"), root));
            case "recommendation" -> crumbs.add(crumb(l, page("recommendations"), root));
            case "country" -> crumbs.add(crumb(l, page("countries"), root));
            case "course" -> crumbs.add(crumb(l, page("courses"), root));
            case "module" -> {
                crumbs.add(crumb(l, page("courses"), root));
                crumbs.add(crumb(l, new DocKey(ContentKind.COURSE, ((Module) job.doc).courseId()), root));
            }
            default -> {
            }
        }
        return crumbs;
    }

    private PageView.Crumb crumb(LocalizedContent l, DocKey key, String root) {
        Label label = label(l, key);
        return new PageView.Crumb(label.text(), root + router.path(key, l.code()), label.lang());
    }

    /** A menu or breadcrumb label, with the language it is in when that is not the page's. */
    private record Label(String text, String lang) {
    }

    /**
     * The label of content in menus and breadcrumbs: a programme's short title, a list page's interface
     * string when its own page is not translated (the menu should not switch language), else the title.
     */
    private Label label(LocalizedContent l, DocKey key) {
        String custom = "nav." + key.kind().prefix() + "." + key.id();
        if (l.ui().pattern(custom) != null) {
            return new Label(l.ui().get(custom), null);
        }
        Content doc = l.find(key);
        boolean listPage = key.kind() == ContentKind.PAGE && LIST_PAGES.contains(key.id());
        if (listPage && (doc == null || doc.origin().fallback())) {
            return new Label(l.ui().get("title." + key.id()), null);
        }
        if (doc == null) {
            return new Label(key.id(), null);
        }
        String text = doc.menuTitle();
        Origin origin = doc.origin();
        return new Label(text, origin.fallback() ? origin.textLanguage() : null);
    }

    private List<NavItem> nav(LocalizedContent l, String root, String section) {
        List<NavItem> items = new ArrayList<>();
        for (Located<Ref> item : curriculum.config().navigation()) {
            DocKey key = item.value().key();
            String path = router.path(key, l.code());
            if (path == null) {
                continue;
            }
            Label label = label(l, key);
            items.add(new NavItem(label.text(), root + path, section.equals(key.toString()), label.lang()));
        }
        return items;
    }

    private final Map<String, byte[]> assetBytes = new LinkedHashMap<>();

    /** The fingerprinted names of the stylesheet and script, which every page links. */
    private void computeAssetNames() {
        if (!assets.isEmpty()) {
            return;
        }
        // The icon is named in every page's head, so a browser does not ask the server for /favicon.ico (a 404).
        for (String name : List.of("kring.css", "kring.js", "favicon.svg", "kring-search.js", "minisearch.js")) {
            byte[] bytes = templates.file("assets/" + name);
            if (name.equals("kring.css")) {
                bytes = withTheme(bytes);
            }
            String hashed = Fingerprint.name(name, bytes);
            assets.put(ASSET_KEYS.getOrDefault(name, name.substring(name.lastIndexOf('.') + 1)), "assets/" + hashed);
            assetBytes.put("assets/" + hashed, bytes);
        }
    }

    /**
     * The stylesheet with the site's theme after it ({@code templates/assets/theme.css}: colours, fonts, sizes as
     * CSS variables), in one file: a team changes the look in a few lines without copying Kring's stylesheet, and
     * a reader on a slow link fetches one sheet.
     */
    private byte[] withTheme(byte[] css) {
        byte[] theme = templates.file("assets/theme.css");
        byte[] both = java.util.Arrays.copyOf(css, css.length + 1 + theme.length);
        both[css.length] = '\n';
        System.arraycopy(theme, 0, both, css.length + 1, theme.length);
        return both;
    }

    /** The names templates use for assets other than the stylesheet ({@code css}) and script ({@code js}). */
    private static final Map<String, String> ASSET_KEYS = Map.of("favicon.svg", "icon", "kring-search.js", "search",
            "minisearch.js", "minisearch");

    /** MiniSearch's licence, published with it (the search page links it); not fingerprinted: never changes name. */
    static final String MINISEARCH_LICENSE = "assets/minisearch.LICENSE.txt";

    private void writeAssets(OutputSink writer) {
        assetBytes.forEach(writer::write);
        writer.write(MINISEARCH_LICENSE, templates.file("assets/minisearch.LICENSE.txt"));
        for (org.kring.model.Asset a : links.files()) {
            writeFile(writer, a);
        }
    }

    /** Copies one published file under content/ into the site, as it is (the preview copies one it changed). */
    public static void writeFile(OutputSink writer, org.kring.model.Asset a) {
        try {
            writer.write(a.sitePath(), java.nio.file.Files.readAllBytes(a.file()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The path of the base URL ({@code /kring/} of {@code https://x.github.io/kring/}), or {@code /}. */
    static String publishedPath(String baseUrl) {
        if (baseUrl == null || baseUrl.isEmpty()) {
            return "/";
        }
        String path = java.net.URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /** The files {@link #writeSiteFiles} writes, for a writer that keeps them. */
    public static final List<String> ROOT_FILES = List.of("index.html", "404.html", "sitemap.xml", "robots.txt");

    private void writeSiteFiles(OutputSink writer) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteModel());
        model.put("assets", assets);
        model.put("root", "");
        List<Map<String, Object>> langs = new ArrayList<>();
        for (Language lang : curriculum.config().languages()) {
            LocalizedContent l = curriculum.locale(lang.code());
            if (l == null) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("language", lang);
            m.put("href", router.path(page("home"), lang.code()));
            m.put("title", l.ui().pattern("site.title") != null ? l.ui().get("site.title") : curriculum.config().title());
            m.put("choose", l.ui().get("root.choose"));
            m.put("notFound", l.ui().get("notfound.title"));
            m.put("notFoundText", l.ui().get("notfound.text"));
            m.put("home", l.ui().get("nav.home"));
            langs.add(m);
        }
        model.put("languages", langs);
        writer.write("index.html", FileLinks.apply(templates.render("web/root.ftlh", model)));
        // A server shows 404.html for a missing address at any depth, so its links cannot be relative: they
        // start from the path the site is published under (--base-url's path, such as /kring/ on a GitHub
        // Pages project site), or from the server's root.
        model.put("root", publishedPath(curriculum.config().baseUrl()));
        writer.write("404.html", templates.render("web/404.ftlh", model));
        if (!curriculum.config().baseUrl().isEmpty()) {
            writer.write("sitemap.xml", Sitemap.xml(curriculum, router, jobs(curriculum.locales().get(0)).stream()
                    .map(Job::key).toList()));
            writer.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + curriculum.config().baseUrl()
                    + "sitemap.xml\n");
        }
    }
}
