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
 * The print path on its own, behind the picture check: whatever an SVG asks for, the PDF engine (Batik)
 * fetches nothing from the network and runs no script; and a picture it cannot draw is a
 * {@link PictureFailure} that names it, never a silent gap in the PDF or an internal error.
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

    private PdfEngine.Pdf render(Path picture) {
        String html = "<html><head><title>T</title></head><body><p>Text.</p><img src=\"" + picture.toUri()
                + "\" alt=\"A picture\"/></body></html>";
        return PdfEngineTest.ENGINE.render(html, tmp.toUri().toString(), META, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<image xlink:href=\"WEB/image.png\" width=\"5\" height=\"5\"/>",
        "<image href=\"WEB/image2.png\" width=\"5\" height=\"5\"/>",
        "<use xlink:href=\"WEB/use.svg#a\"/>",
        "<rect width=\"5\" height=\"5\" fill=\"url(WEB/fill.svg#g)\"/>",
        "<rect width=\"5\" height=\"5\" filter=\"url(WEB/filter.svg#f)\"/>",
        "<style>@import url(WEB/import.css);</style><rect width=\"5\" height=\"5\"/>",
        "<script type=\"application/java-archive\" xlink:href=\"WEB/evil.jar\"/><rect width=\"5\" height=\"5\"/>",
        "<script>var r = new XMLHttpRequest(); r.open('GET', 'WEB/script'); r.send();</script><rect width=\"5\" height=\"5\"/>",
        "<rect width=\"5\" height=\"5\" onload=\"var r = new XMLHttpRequest(); r.open('GET', 'WEB/onload'); r.send();\"/>",
        "<foreignObject width=\"5\" height=\"5\"><img xmlns=\"http://www.w3.org/1999/xhtml\" src=\"WEB/foreign.png\"/></foreignObject>"})
    void anSvgNeverMakesThePdfEngineFetchOrRunAnything(String body) throws IOException {
        requests.clear();
        Path svg = tmp.resolve("hostile.svg");
        Files.writeString(svg, "<svg " + NS + " viewBox=\"0 0 10 10\" width=\"10\" height=\"10\">" + body.replace("WEB", web)
                + "</svg>");
        try {
            render(svg);
        } catch (PictureFailure f) {
            // Refusing to fetch is the picture's failure (the renderer finds which picture when the engine does not
            // say): never an internal error.
            assertTrue(f.uri() == null || f.uri().endsWith("hostile.svg"), f.getMessage());
            assertFalse(f.reason().isBlank());
        }
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
        try {
            render(svg);
        } catch (PictureFailure f) {
            assertTrue(f.uri() == null || f.uri().endsWith("prolog.svg"), f.getMessage());
        }
        assertEquals(List.of(), requests, "nothing was fetched");
    }

    @Test
    void aPictureTheEngineCannotDrawIsAFailureThatNamesItNotASilentGap() throws IOException {
        Path png = tmp.resolve("half.png");
        Files.write(png, TestPictures.half(TestPictures.png()));
        PictureFailure f = assertThrows(PictureFailure.class, () -> render(png));
        assertTrue(f.uri().endsWith("half.png"), f.uri());
        Path webp = tmp.resolve("w.webp");
        Files.write(webp, TestPictures.WEBP_LOSSY);
        assertTrue(assertThrows(PictureFailure.class, () -> render(webp)).reason().contains("not one PDFs can hold"));
        Path negative = tmp.resolve("negative.svg");
        Files.writeString(negative, "<svg " + NS + " viewBox=\"0 0 10 10\"><circle r=\"-5\"/></svg>");
        PictureFailure svg = assertThrows(PictureFailure.class, () -> render(negative));
        assertTrue(svg.reason().contains("cannot be negative"), svg.reason());
        Path broken = tmp.resolve("broken.svg");
        Files.writeString(broken, "<svg " + NS + ">\n<circle r=\"3\"\n</svg>");
        PictureFailure xml = assertThrows(PictureFailure.class, () -> render(broken));
        assertTrue(xml.reason().startsWith("line 3: Element type \"circle\""), xml.reason());
    }

    @Test
    void goodPicturesMakeAPdfWithThem() throws IOException {
        Path png = tmp.resolve("good.png");
        Files.write(png, TestPictures.png());
        Path svg = tmp.resolve("good.svg");
        Files.writeString(svg, "<svg " + NS + " viewBox=\"0 0 10 10\"><circle r=\"3\" cx=\"5\" cy=\"5\"/></svg>");
        assertTrue(render(png).bytes().length > TestPictures.png().length / 2, "the picture is in the PDF");
        assertTrue(render(svg).pages() == 1);
    }

    @Test
    void theEngineDiagnosticsKringWatchesExist() {
        for (String id : PictureTrouble.PICTURE_IDS) {
            boolean known = false;
            for (Class<?> c : com.openhtmltopdf.util.LogMessageId.class.getDeclaredClasses()) {
                for (Object constant : c.isEnum() ? c.getEnumConstants() : new Object[0]) {
                    known |= ((Enum<?>) constant).name().equals(id);
                }
            }
            assertTrue(known, id + " is a diagnostic of this OpenHTMLToPDF version");
        }
        assertFalse(PictureTrouble.PICTURE_IDS.isEmpty());
    }
}
