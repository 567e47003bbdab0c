package org.kring.render.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.kring.render.print.browser.Browser;
import org.kring.render.print.browser.BrowserException;
import org.kring.render.print.browser.Tab;

/**
 * HTML to PDF through a headless Chromium: HarfBuzz shapes every script (Arabic marks on their letters,
 * combining tone marks), the text stays logical Unicode, and the PDF is tagged. One browser per engine,
 * started at the first PDF that is not in the cache and closed with the engine; a few tabs print in
 * parallel. Fonts come from the bundled files through {@code @font-face}, pictures from the site's content
 * folder, nothing from the network or the machine's fonts. PDFBox then adds the outline, the metadata and
 * a document ID derived from the content, and drops the dates, so the same input gives the same bytes.
 */
public final class PdfEngine implements AutoCloseable {
    /** Title, subject and language of a PDF, for its metadata; the licence, when site.yml names one, or null. */
    record Meta(String title, String subject, String language, boolean rtl, String author,
            org.kring.model.Licence licence) {
        Meta(String title, String subject, String language, boolean rtl, String author) {
            this(title, subject, language, rtl, author, null);
        }
    }

    /** The PDF and its number of pages. */
    public record Pdf(byte[] bytes, int pages) {
    }

    /** Where fonts are served from; content paths are lower-case words, so none starts with '_'. */
    static final String FONTS = "_kring/fonts/";

    private final PdfFonts fonts;
    /** The {@code @font-face} and family rules every page gets: the same for all pages, made once. */
    private final String fontFaces;
    private final Path browserExecutable;
    private final Path content;
    private final java.util.Set<String> published;
    private final int parallel;
    private final BlockingQueue<Tab> idle = new LinkedBlockingQueue<>();
    private Browser browser;
    private int tabs;
    /** SVG pictures with their fonts in, made once a build. */
    private final java.util.Map<String, Tab.Resource> pictures = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong busyNanos = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param browserExecutable the browser to print with ({@link Browser#find})
     * @param content           the site's content folder, where pictures are
     * @param published         the files under it the site publishes (paths relative to it): all a page may show
     */
    PdfEngine(PdfFonts fonts, Path browserExecutable, Path content, java.util.Set<String> published) {
        this.fonts = fonts;
        this.fontFaces = fonts.fontFaces(FONTS);
        this.browserExecutable = browserExecutable;
        this.content = content.toAbsolutePath().normalize();
        this.published = java.util.Set.copyOf(published);
        this.parallel = tabs();
    }

    /** How many tabs an engine prints with: one per core, at least two (one loads while another prints), at most four. */
    static int tabs() {
        return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** How many pages print at once: each PDF job takes a tab and gives it back. */
    int parallelism() {
        return parallel;
    }

    /** @param html the page, as Kring's print templates make it */
    Pdf render(String html, Meta meta, long documentId) {
        PrintHtml page = PrintHtml.of(html, fontFaces);
        return finish(printed(page), page.outline(), meta, documentId);
    }

    /**
     * A long document (a course run's certificates, one page per participant) printed in parts, a few at once,
     * and joined in order into one PDF written to {@code out}: the browser's time per page grows with the
     * length of what it prints (500 certificates in one page take 12 ms each, 2,000 take 32), and a part's
     * pages are held only until they are joined. The parts have no outline of their own; the tags of all of them
     * are one document's. Returns the number of pages.
     */
    int renderJoined(List<java.util.function.Supplier<String>> parts, Meta meta, long documentId,
            java.io.OutputStream out) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel,
                r -> {
                    Thread t = new Thread(r, "kring-print-part");
                    t.setDaemon(true);
                    return t;
                });
        try (PDDocument joined = new PDDocument(org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache())) {
            org.apache.pdfbox.multipdf.PDFMergerUtility merger = new org.apache.pdfbox.multipdf.PDFMergerUtility();
            java.util.ArrayDeque<java.util.concurrent.Future<byte[]>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            int names = 0;
            while (next < parts.size() || !inFlight.isEmpty()) {
                // A few parts ahead of the one being joined: the tabs stay busy, memory holds a few parts.
                while (next < parts.size() && inFlight.size() < parallel + 1) {
                    java.util.function.Supplier<String> part = parts.get(next++);
                    inFlight.add(pool.submit(() -> printed(PrintHtml.of(part.get(), fontFaces))));
                }
                byte[] printed = join(inFlight.poll());
                try (PDDocument part = Loader.loadPDF(printed)) {
                    names += StructureIds.renumber(part, names);
                    merger.appendDocument(joined, part);
                }
            }
            OneDocument.join(joined);
            StructureIds.renumber(joined);
            makeReproducible(joined, meta, documentId);
            joined.save(out);
            return joined.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] join(java.util.concurrent.Future<byte[]> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException("interrupted while printing");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The page printed by the browser, tightened and with its contents' page numbers, before PDFBox. */
    private byte[] printed(PrintHtml page) {
        Tab tab = borrow();
        long t0 = System.nanoTime();
        boolean healthy = false;
        try {
            String prepare = page.prepare();
            // A document with a contents list is printed once to learn where its targets land, and then again
            // with their page numbers: the first printing is a probe, without tags. A chapter whose last page
            // would be under a third full is tightened and the page printed again, at most once per step of
            // tightening. Printing again changes the page already loaded, not a new one.
            boolean probe = page.hasPageRefs();
            Tab.Printed printed = probe ? tab.probe("print.html", page.html(), this::resource, prepare)
                    : tab.print("print.html", page.html(), this::resource, prepare);
            for (int step = 0; step < PrintHtml.FIT_STEPS && page.hasChapters(); step++) {
                String tighter = page.tightenShortChapters(PdfOutline.layout(printed.pdf(), page.targets()));
                if (tighter == null) {
                    break;
                }
                printed = tab.printAgain(tighter, prepare, !probe);
            }
            if (probe) {
                printed = tab.printAgain(page.withPageNumbers(PdfOutline.pages(printed.pdf(), page.targets())),
                        prepare, true);
            }
            if (!printed.refused().isEmpty()) {
                throw new BrowserException("the page asked for " + String.join(", ", printed.refused())
                        + ", which is not a picture or font of the site");
            }
            healthy = true;
            return printed.pdf();
        } finally {
            busyNanos.addAndGet(System.nanoTime() - t0);
            if (healthy) {
                idle.add(tab);
            } else {
                retire(tab);
            }
        }
    }

    /** Time PDFs spent in the engine with a tab of their own (not waiting for one), summed over tabs. */
    long busyMillis() {
        return busyNanos.get() / 1_000_000;
    }

    private synchronized Tab borrow() {
        Tab tab = idle.poll();
        if (tab != null) {
            return tab;
        }
        if (browser == null || !browser.alive()) {
            browser = Browser.start(browserExecutable);
            tabs = 0;
            idle.clear();
        }
        if (tabs < parallel) {
            tabs++;
            return browser.open();
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException("interrupted while waiting for the browser");
        }
    }

    /** A tab that failed is closed, so the next job starts from a clean one. */
    private synchronized void retire(Tab tab) {
        tabs--;
        try {
            tab.close();
        } catch (RuntimeException e) {
            // the tab or the browser is gone already
        }
    }

    /** What a page may load: the fonts, and the files the site publishes (pictures); nothing else of the disk. */
    private Tab.Resource resource(String path) {
        if (path.startsWith(FONTS)) {
            byte[] font = fonts.file(path.substring(FONTS.length()));
            return font == null ? null : new Tab.Resource(font, "font/ttf", true);
        }
        String name = java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8);
        Path file = content.resolve(name).normalize();
        if (!published.contains(name) || !file.startsWith(content) || !Files.isRegularFile(file)) {
            return null;
        }
        String type = type(file.getFileName().toString());
        if (type.equals("image/svg+xml")) {
            // Made once a build: the fonts go in as data, a megabyte of text to make for every page that shows it.
            return pictures.computeIfAbsent(name, n -> {
                byte[] bytes = read(file);
                return bytes == null ? null : new Tab.Resource(fonts.svgWithFonts(bytes), type);
            });
        }
        byte[] bytes = read(file);
        return bytes == null ? null : new Tab.Resource(bytes, type);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static String type(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".png")) {
            return "image/png";
        } else if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (n.endsWith(".gif")) {
            return "image/gif";
        } else if (n.endsWith(".webp")) {
            return "image/webp";
        }
        return "application/octet-stream";
    }

    /** The outline, the metadata and a content-derived ID; no dates. */
    private static Pdf finish(byte[] printed, List<PrintHtml.Bookmark> outline, Meta meta, long documentId) {
        try (PDDocument doc = Loader.loadPDF(printed)) {
            PdfOutline.add(doc, outline);
            StructureIds.renumber(doc);
            makeReproducible(doc, meta, documentId);
            ByteArrayOutputStream out = new ByteArrayOutputStream(printed.length + 8192);
            doc.save(out);
            return new Pdf(out.toByteArray(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No dates anywhere, and an ID from the content: the same input gives the same bytes. */
    private static void makeReproducible(PDDocument doc, Meta meta, long documentId) throws IOException {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setSubject(meta.subject());
        info.setAuthor(meta.author());
        info.setProducer("Kring");
        info.setCreator("Kring");
        doc.setDocumentInformation(info);
        doc.getDocumentCatalog().setLanguage(meta.language());
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.of(meta));
        doc.getDocumentCatalog().setMetadata(metadata);
        doc.setDocumentId(documentId);
    }

    @Override
    public synchronized void close() {
        for (Tab t : idle) {
            try {
                t.close();
            } catch (RuntimeException e) {
                // closing the browser closes its tabs
            }
        }
        idle.clear();
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
