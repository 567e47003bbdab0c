package org.kring.render.print.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One browser tab that prints pages. Every request the page makes, the page itself included, is paused
 * by the browser and answered here from {@link Resources}: pages are served from an address that cannot
 * exist ({@value #ORIGIN}), so fonts and pictures load from one origin, and nothing is fetched from a network
 * or from a file the site did not give. A tab prints one page at a time; a build keeps several.
 */
public final class Tab implements AutoCloseable {
    /** The address pages are served from; .invalid never resolves. */
    public static final String ORIGIN = "https://kring.invalid/";
    /** The id of the style that hides a probe's text and pictures. */
    private static final String PROBE = "kring-probe";

    /** What a page may load, by its path under {@link #ORIGIN}: the bytes and their type, or null. */
    @FunctionalInterface
    public interface Resources {
        Resource get(String path);
    }

    /**
     * @param cacheable true for what never changes during a build (the fonts): the browser keeps it, and the
     *                  next page does not ask again
     */
    public record Resource(byte[] bytes, String contentType, boolean cacheable) {
        public Resource(byte[] bytes, String contentType) {
            this(bytes, contentType, false);
        }
    }

    /** A printed page: the PDF's bytes, and what the page asked for and did not get. */
    public record Printed(byte[] pdf, List<String> refused) {
    }

    private final DevTools devTools;
    private final String targetId;
    private final String session;
    private volatile Job job;
    /** The page loaded last, which {@link #printAgain} prints again. */
    private Job last;
    private int pages;

    private static final class Job {
        final String path;
        final byte[] html;
        final Resources resources;
        final CompletableFuture<Map<String, Object>> loaded = new CompletableFuture<>();
        final List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());

        Job(String path, byte[] html, Resources resources) {
            this.path = path;
            this.html = html;
            this.resources = resources;
        }
    }

    Tab(DevTools devTools) {
        this.devTools = devTools;
        this.targetId = devTools.call("Target.createTarget",
                // No frames unless asked for: a page that is only printed is never drawn on a screen, which
                // headless Chromium would otherwise do sixty times a second, on the cores the printing needs.
                Map.of("url", "about:blank", "enableBeginFrameControl", true), null).get("targetId")
                .toString();
        this.session = devTools.call("Target.attachToTarget", Map.of("targetId", targetId, "flatten", true), null)
                .get("sessionId").toString();
        devTools.listen(session, this::event);
        devTools.call("Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*"))), session);
        devTools.call("Page.enable", Map.of(), session);
    }

    /**
     * Loads {@code html} as the page at {@code path} (under {@link #ORIGIN}), waits for its fonts and pictures,
     * and prints it with the page size and margins its CSS gives, tagged, with an outline from its headings.
     */
    public Printed print(String path, String html, Resources resources) {
        return print(path, html, resources, null);
    }

    /**
     * As {@link #print(String, String, Resources)}, running the script {@code prepare} (if not null) once the
     * fonts are in and before printing: to fit text to its box by the browser's own measure.
     */
    public Printed print(String path, String html, Resources resources, String prepare) {
        return load(path, html, resources).printed(prepare, true);
    }

    /**
     * As {@link #print(String, String, Resources, String)}, but a printing whose only use is to tell where
     * things land (the pages and places of its links' targets): untagged, without an outline, and with the
     * page's text and pictures hidden, which changes no place (visibility takes no room) and leaves the browser
     * nothing to draw. Costs a third to a half less. The page stays loaded for {@link #printAgain}.
     */
    public Printed probe(String path, String html, Resources resources, String prepare) {
        load(path, html, resources);
        devTools.call("Runtime.evaluate", Map.of("expression", "(() => { const s = document.createElement('style');"
                + " s.id = '" + PROBE + "'; s.textContent = 'body * { visibility: hidden !important; }';"
                + " document.head.append(s); })()"), session);
        return printed(prepare, false);
    }

    /**
     * Prints the page loaded last again after running the script {@code change} in it (the contents' page
     * numbers filled in, a chapter set tighter): no second load, parse or font load. {@code tagged} false for
     * another probe; true for the real printing, with everything shown again.
     */
    public Printed printAgain(String change, String prepare, boolean tagged) {
        Job j = last;
        if (j == null) {
            throw new IllegalStateException("no page loaded in this tab");
        }
        job = j;
        String show = tagged ? "document.getElementById('" + PROBE + "')?.remove();" : "";
        devTools.call("Runtime.evaluate", Map.of("expression", show + change, "returnByValue", true), session);
        return printed(prepare, tagged);
    }

    private Tab load(String path, String html, Resources resources) {
        Job j = new Job(path + "?" + (++pages), html.getBytes(java.nio.charset.StandardCharsets.UTF_8), resources);
        job = j;
        last = j;
        Map<String, Object> nav = devTools.call("Page.navigate", Map.of("url", ORIGIN + j.path), session);
        if (nav.get("errorText") != null) {
            throw new BrowserException("the browser could not open the page: " + nav.get("errorText"));
        }
        DevTools.await(j.loaded, "loading the page");
        return this;
    }

    private Printed printed(String prepare, boolean tagged) {
        Job j = job;
        // A face loads only when the page's text uses it, but a page-margin box (the running header) may
        // need one the body does not: load every face, then wait for them all, or the header would fall back
        // to the machine's fonts.
        devTools.call("Runtime.evaluate", Map.of("expression",
                "Promise.all([...document.fonts].map(f => f.load().catch(() => null))).then(() => document.fonts.ready)"
                        + ".then(() => true)", "awaitPromise", true), session);
        if (prepare != null) {
            devTools.call("Runtime.evaluate", Map.of("expression", prepare, "returnByValue", true), session);
        }
        Map<String, Object> pdf = devTools.call("Page.printToPDF", Map.of(
                "printBackground", true,
                "preferCSSPageSize", true,
                "generateTaggedPDF", tagged,
                "generateDocumentOutline", tagged), session);
        job = null;
        return new Printed(Base64.getDecoder().decode(pdf.get("data").toString()), List.copyOf(j.refused));
    }

    @SuppressWarnings("unchecked")
    private void event(Map<String, Object> m) {
        Object method = m.get("method");
        Map<String, Object> params = m.get("params") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        Job j = job;
        if ("Page.loadEventFired".equals(method)) {
            if (j != null) {
                j.loaded.complete(params);
            }
        } else if ("Fetch.requestPaused".equals(method)) {
            // Answer off the connection's reader thread: reading a picture must not hold up other tabs.
            CompletableFuture.runAsync(() -> answer(j, params));
        }
    }

    @SuppressWarnings("unchecked")
    private void answer(Job j, Map<String, Object> params) {
        String id = params.get("requestId").toString();
        String url = ((Map<String, Object>) params.get("request")).get("url").toString();
        Resource r = null;
        if (j != null && url.startsWith(ORIGIN)) {
            String path = URI.create(url).getPath().substring(1);
            String query = URI.create(url).getRawQuery();
            if ((path + (query == null ? "" : "?" + query)).equals(j.path)) {
                r = new Resource(j.html, "text/html; charset=utf-8");
            } else {
                try {
                    r = j.resources.get(path);
                } catch (RuntimeException e) {
                    r = null;
                }
            }
        }
        if (r == null) {
            if (j != null && !url.equals(ORIGIN + "favicon.ico")) { // a browser asks for it on its own
                j.refused.add(url);
            }
            devTools.send("Fetch.failRequest", Map.of("requestId", id, "errorReason", "BlockedByClient"), session);
            return;
        }
        devTools.send("Fetch.fulfillRequest", Map.of("requestId", id, "responseCode", 200,
                "responseHeaders", r.cacheable()
                        ? List.of(Map.of("name", "Content-Type", "value", r.contentType()),
                                Map.of("name", "Cache-Control", "value", "max-age=86400, immutable"))
                        : List.of(Map.of("name", "Content-Type", "value", r.contentType()),
                                Map.of("name", "Cache-Control", "value", "no-store")),
                "body", Base64.getEncoder().encodeToString(r.bytes())), session);
    }

    @Override
    public void close() {
        devTools.forget(session);
        devTools.send("Target.closeTarget", Map.of("targetId", targetId), null);
    }
}
