package org.kring.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.TestPictures;

/**
 * The print path on its own, behind the picture check: whatever an SVG asks for, the printing browser
 * fetches nothing from the network and runs no script; a page that asks for the network is refused, naming
 * what it asked for.
 */
class PdfEnginePicturesTest {
    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    private static final PdfEngine.Meta META = new PdfEngine.Meta("T", "S", "en", false, "K");
    private static HttpServer server;
    private static final List<String> requests = new CopyOnWriteArrayList<>();
    private static String web;

    @TempDir
    Path tmp;

    @BeforeAll
    static void aServerThatRecordsEveryRequest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = ("<svg " + NS + "><rect width=\"1\" height=\"1\"/></svg>").getBytes();
            exchange.getResponseHeaders().set("Content-Type", "image/svg+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        web = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** The picture as a page shows it, through an engine whose site publishes only that picture. */
    private void render(Path picture) {
        String name = picture.getFileName().toString();
        String html = "<html><head><title>T</title></head><body><p>Text.</p><img src=\"" + name
                + "\" alt=\"A picture\"/></body></html>";
        try (PdfEngine engine = new PdfEngine(PdfEngineTest.FONTS, org.kring.render.print.browser.Browser.find(null)
                .orElseThrow(), picture.getParent(), java.util.Set.of(name))) {
            engine.render(html, META, 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<image xlink:href=\"WEB/image.png\" width=\"5\" height=\"5\"/>",
        "<image href=\"WEB/image2.png\" width=\"5\" height=\"5\"/>",
        "<use xlink:href=\"WEB/use.svg#a\"/>",
        "<rect width=\"5\" height=\"5\" fill=\"url(WEB/fill.svg#g)\"/>",
        "<rect width=\"5\" height=\"5\" filter=\"url(WEB/filter.svg#f)\"/>",
        "<style>@import url(WEB/import.css);</style><rect width=\"5\" height=\"5\"/>",
        "<script>var r = new XMLHttpRequest(); r.open('GET', 'WEB/script'); r.send();</script><rect width=\"5\" height=\"5\"/>",
        "<rect width=\"5\" height=\"5\" onload=\"var r = new XMLHttpRequest(); r.open('GET', 'WEB/onload'); r.send();\"/>",
        "<foreignObject width=\"5\" height=\"5\"><img xmlns=\"http://www.w3.org/1999/xhtml\" src=\"WEB/foreign.png\"/></foreignObject>"})
    void anSvgNeverMakesThePrintingBrowserFetchOrRunAnything(String body) throws IOException {
        requests.clear();
        Path svg = tmp.resolve("hostile.svg");
        Files.writeString(svg, "<svg " + NS + " viewBox=\"0 0 10 10\" width=\"10\" height=\"10\">" + body.replace("WEB", web)
                + "</svg>");
        render(svg);
        assertEquals(List.of(), requests, "nothing was fetched");
    }

    @Test
    void aPageThatAsksForTheNetworkIsRefusedAndNamesWhatItAskedFor() {
        requests.clear();
        String html = "<html><head><title>T</title></head><body><img src=\"" + web + "/tracker.png\" alt=\"\"/></body></html>";
        org.kring.render.print.browser.BrowserException e = assertThrows(
                org.kring.render.print.browser.BrowserException.class, () -> PdfEngineTest.ENGINE.render(html, META, 1));
        assertTrue(e.getMessage().contains(web + "/tracker.png"), e.getMessage());
        assertEquals(List.of(), requests, "nothing was fetched");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE svg [<!ENTITY x SYSTEM \"WEB/entity\">]>",
        "<!DOCTYPE svg PUBLIC \"-//X//DTD SVG//EN\" \"WEB/dtd\">",
        "<?xml-stylesheet href=\"WEB/pi.css\" type=\"text/css\"?>"})
    void aDoctypeOrStylesheetInstructionIsNeverFetchedEither(String prolog) throws IOException {
        requests.clear();
        Path svg = tmp.resolve("prolog.svg");
        Files.writeString(svg, "<?xml version=\"1.0\"?>\n" + prolog.replace("WEB", web) + "\n<svg " + NS
                + " viewBox=\"0 0 10 10\"><text y=\"5\">&#65;</text></svg>");
        render(svg);
        assertEquals(List.of(), requests, "nothing was fetched");
    }
}
