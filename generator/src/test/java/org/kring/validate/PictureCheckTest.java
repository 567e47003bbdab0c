package org.kring.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.Problem;
import org.kring.TestPictures;

/**
 * One picture file at a time, as the validation stage checks it: each class of damaged, mislabelled,
 * oversized or unsafe picture in several variants, each with the one line a user reads (path, line for
 * SVG, reason) and nothing else; and the pictures that are fine, including the forms drawing programs write.
 */
class PictureCheckTest {
    private static final String SVG = "content/images/c.svg";
    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private static List<String> problems(String name, byte[] bytes) {
        return PictureCheck.check(name, bytes).stream().map(Problem::toString).toList();
    }

    private static List<String> svg(String text) {
        return problems(SVG, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The only problem, which must be an error on {@code line} that says {@code text}. */
    private static void assertOneError(List<String> found, int line, String text) {
        assertEquals(1, found.size(), found.toString());
        String expected = SVG + (line > 0 ? ":" + line + ":" : ":");
        assertTrue(found.get(0).startsWith(expected) && found.get(0).contains(": error: ") && found.get(0).contains(text),
                "expected " + expected + " ... " + text + " in " + found);
        assertEquals(1, found.get(0).lines().count(), "one line");
    }

    static Stream<Arguments> brokenSvg() {
        return Stream.of(
                Arguments.of("unclosed tag", "<svg " + NS + ">\n<circle r=\"3\"\n</svg>\n", 3,
                        "not a valid SVG picture (broken XML): Element type \"circle\" must be followed by"),
                Arguments.of("element never closed", "<svg " + NS + ">\n<g>\n<rect width=\"1\" height=\"1\"/>\n</svg>\n", 4,
                        "must be terminated by the matching end-tag \"</g>\""),
                Arguments.of("not XML at all", "This is not a picture.\nJust words.\n", 1,
                        "not a valid SVG picture (broken XML): Content is not allowed in prolog"),
                Arguments.of("truncated", "<svg " + NS + " viewBox=\"0 0 10 10\">\n<rect width=\"5\" height=\"5\"/>\n<circ", 3,
                        "not a valid SVG picture (broken XML)"),
                Arguments.of("two root elements", "<svg " + NS + "/>\n<svg " + NS + "/>\n", 2,
                        "not a valid SVG picture (broken XML)"),
                Arguments.of("HTML page saved as .svg", "<!DOCTYPE html>\n<html><head><title>Circle</title></head>"
                        + "<body><svg></svg></body></html>\n", 0, "not an SVG picture: the file is an HTML page"),
                Arguments.of("well-formed HTML saved as .svg", "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"
                        + "<body><p>hi</p></body></html>\n", 0, "not an SVG picture: the file is an HTML page"),
                Arguments.of("another XML document", "<?xml version=\"1.0\"?>\n<note><to>you</to></note>\n", 2,
                        "not an SVG picture: its root element is <note>, not <svg>"),
                Arguments.of("svg without its namespace", "<svg viewBox=\"0 0 10 10\">\n<rect width=\"5\" height=\"5\"/>\n</svg>\n", 1,
                        "the <svg> element has no xmlns=\"http://www.w3.org/2000/svg\""),
                Arguments.of("DOCTYPE with an external file entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n"
                        + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n<svg " + NS + "><text>&secret;</text></svg>\n", 3,
                        "the DOCTYPE declares the external entity 'secret' (file:///etc/passwd)"),
                Arguments.of("DOCTYPE with a web entity", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"http://example.org/x\">]>\n"
                        + "<svg " + NS + "><text>&x;</text></svg>\n", 1, "external entity 'x' (http://example.org/x)"),
                Arguments.of("DOCTYPE with an external parameter entity", "<!DOCTYPE svg [\n<!ENTITY % p SYSTEM "
                        + "\"http://example.org/p.dtd\">\n%p;\n]>\n<svg " + NS + "/>\n", 2, "external entity 'p'"),
                Arguments.of("entity bomb", "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>\n<svg " + NS + "><text>&f;&f;&f;&f;</text></svg>\n", 0,
                        "entities expand to too much text"),
                Arguments.of("not UTF-8", "<svg " + NS + "><text>caf\u00e9</text></svg>", 1, "not a valid SVG picture"),
                Arguments.of("nested deeper than any drawing", "<svg " + NS + ">" + "<g>".repeat(1500) + "</g>".repeat(1500)
                        + "</svg>", 1, "nested more than 1000 deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSvg")
    void aBrokenSvgIsOneErrorWithItsLine(String what, String text, int line, String message) {
        byte[] bytes = what.equals("not UTF-8") ? text.getBytes(StandardCharsets.ISO_8859_1)
                : text.getBytes(StandardCharsets.UTF_8);
        assertOneError(problems(SVG, bytes), line, message);
    }

    static Stream<Arguments> unsafeSvg() {
        return Stream.of(
                Arguments.of("script element", "<svg " + NS + ">\n<script>alert(1)</script>\n</svg>", 2, 1,
                        "<script> is a script: a picture must not run script"),
                Arguments.of("script element with CDATA", "<svg " + NS + ">\n<rect width=\"1\" height=\"1\"/>\n"
                        + "  <script type=\"text/ecmascript\"><![CDATA[ fetch('https://example.org') ]]></script></svg>", 3, 3,
                        "<script> is a script"),
                Arguments.of("HTML script in a namespace", "<svg " + NS + " xmlns:h=\"http://www.w3.org/1999/xhtml\">\n"
                        + "<h:script>alert(1)</h:script></svg>", 2, 1, "<h:script> is a script"),
                Arguments.of("onload", "<svg " + NS + " onload=\"alert(1)\">\n</svg>", 1, ("<svg " + NS + " ").length() + 1,
                        "the event attribute onload=\"alert(1)\" on <svg> is script"),
                Arguments.of("ONCLICK in upper case", "<svg " + NS + ">\n<rect width=\"5\" height=\"5\"\n      ONCLICK=\"steal()\"/>\n</svg>",
                        3, 7, "the event attribute ONCLICK=\"steal()\" on <rect> is script"),
                Arguments.of("onMouseOver in mixed case", "<svg " + NS + "><a><text onMouseOver=\"x()\">t</text></a></svg>", 1, 0,
                        "the event attribute onMouseOver"),
                Arguments.of("javascript: link", "<svg " + NS + ">\n<a href=\"javascript:alert(1)\"><text>t</text></a></svg>", 2, 4,
                        "href on <a> is a javascript: link, which runs script"),
                Arguments.of("JavaScript: with entities", "<svg " + NS + ">\n<a xlink:href=\"&#106;ava&#x53;cript&#58;alert(1)\">"
                        + "<text>t</text></a></svg>", 2, 4, "xlink:href on <a> is a javascript: link"),
                Arguments.of("javascript: with spaces and a tab", "<svg " + NS + "><a href=\"  java\tscript:alert(1)\">"
                        + "<text>t</text></a></svg>", 1, 0, "is a javascript: link"),
                Arguments.of("javascript: with a newline entity", "<svg " + NS + "><a href=\"java&#10;script:alert(1)\">"
                        + "<text>t</text></a></svg>", 1, 0, "is a javascript: link"),
                Arguments.of("animation that sets a javascript: href", "<svg " + NS + "><a><set attributeName=\"href\" "
                        + "to=\"javascript:alert(1)\"/><text>t</text></a></svg>", 1, 0, "to on <set> is a javascript: link"),
                Arguments.of("animation that sets an event attribute", "<svg " + NS + "><set attributeName=\"onmouseover\" "
                        + "to=\"alert(1)\"/></svg>", 1, 0, "<set> sets the event attribute onmouseover"),
                Arguments.of("foreignObject with HTML", "<svg " + NS + ">\n<foreignObject width=\"10\" height=\"10\">\n"
                        + "<div xmlns=\"http://www.w3.org/1999/xhtml\"><iframe src=\"https://example.org\"/></div>\n"
                        + "</foreignObject></svg>", 2, 0, "<foreignObject> holds HTML (<div>)"),
                Arguments.of("HTML element outside foreignObject", "<svg " + NS + ">\n<iframe xmlns=\"http://www.w3.org/1999/xhtml\" "
                        + "src=\"x\"/></svg>", 2, 1, "<iframe> is HTML"),
                Arguments.of("xml-stylesheet instruction", "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"https://example.org/s.css\" "
                        + "type=\"text/css\"?>\n<svg " + NS + "/>", 2, 0, "<?xml-stylesheet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeSvg")
    void anSvgThatRunsScriptIsRefusedWithTheLineOfTheElementOrAttribute(String what, String text, int line, int column,
            String message) {
        List<String> found = svg(text);
        assertOneError(found, line, message);
        if (column > 0) {
            assertTrue(found.get(0).startsWith(SVG + ":" + line + ":" + column + ": "), found.toString());
        }
    }

    static Stream<Arguments> outsideSvg() {
        return Stream.of(
                Arguments.of("image from the web", "<svg " + NS + ">\n<image href=\"https://example.org/p.png\" width=\"5\" "
                        + "height=\"5\"/></svg>", 2, "href on <image> refers to 'https://example.org/p.png', a web address"),
                Arguments.of("image from a protocol-relative address", "<svg " + NS + "><image xlink:href=\"//example.org/p.png\"/></svg>",
                        1, "a web address"),
                Arguments.of("image from the author's disk", "<svg " + NS + ">\n\n<image xlink:href=\"file:///C:/Users/me/photo.jpg\"/>"
                        + "</svg>", 3, "a file on the author's computer"),
                Arguments.of("image beside the picture", "<svg " + NS + "><image href=\"photo.png\"/></svg>", 1,
                        "refers to 'photo.png', another file"),
                Arguments.of("use from another file", "<svg " + NS + ">\n<use href=\"icons.svg#chair\"/></svg>", 2,
                        "href on <use> refers to 'icons.svg#chair', another file"),
                Arguments.of("use from the web", "<svg " + NS + "><use xlink:href=\"http://example.org/i.svg#a\"/></svg>", 1,
                        "a web address"),
                Arguments.of("fill from the web", "<svg " + NS + ">\n<rect width=\"5\" height=\"5\" fill=\"url(http://example.org/p.svg#g)\"/>"
                        + "</svg>", 2, "url(http://example.org/p.svg#g) in the fill of <rect>"),
                Arguments.of("style attribute with a web url", "<svg " + NS + "><rect style=\"fill: URL( 'https://example.org/g.svg#a' )\" "
                        + "width=\"5\" height=\"5\"/></svg>", 1, "in the style of <rect>"),
                Arguments.of("CSS escapes hiding url(", "<svg " + NS + "><rect style=\"fill:u\\72l(https://example.org/a)\" width=\"1\" "
                        + "height=\"1\"/></svg>", 1, "url(https://example.org/a)"),
                Arguments.of("style element with @import", "<svg " + NS + ">\n<style>\n@import url(https://example.org/s.css);\n"
                        + "</style></svg>", 2, "imports a stylesheet (@import)"),
                Arguments.of("style element with a web font", "<svg " + NS + "><style>@font-face { font-family: x; "
                        + "src: url(https://example.org/f.woff2) }</style></svg>", 1, "url(https://example.org/f.woff2) in the <style>"),
                Arguments.of("filter from the web", "<svg " + NS + "><g filter=\"url('//example.org/f.svg#blur')\"/></svg>", 1,
                        "a web address"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsideSvg")
    void anSvgThatLoadsSomethingFromElsewhereIsRefused(String what, String text, int line, String message) {
        assertOneError(svg(text), line, message);
    }

    @Test
    void aPictureEmbeddedInAnSvgIsCheckedLikeAFile() {
        String bomb = java.util.Base64.getEncoder().encodeToString(TestPictures.pngClaiming(100_000, 100_000));
        assertOneError(svg("<svg " + NS + ">\n<image width=\"5\" height=\"5\"\n  href=\"data:image/png;base64," + bomb
                + "\"/></svg>"), 3, "the picture embedded in href on <image> (a data: URL): the picture is 100000 × 100000 "
                + "pixels");
        String half = java.util.Base64.getMimeEncoder().encodeToString(TestPictures.half(TestPictures.png()));
        assertOneError(svg("<svg " + NS + "><rect width=\"5\" height=\"5\" style=\"fill: url('data:image/png;base64,"
                + half + "')\"/></svg>"), 1, "(a data: URL): the picture is cut off");
        assertOneError(svg("<svg " + NS + "><image xlink:href=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'"
                + "%3E%3Cscript%3Ealert(1)%3C/script%3E%3C/svg%3E\"/></svg>"), 1,
                "(a data: URL): <script> is a script");
        assertOneError(svg("<svg " + NS + "><image href=\"data:image/jpeg;base64,@@@\"/></svg>"), 1,
                "(a data: URL): the picture is empty (0 bytes)");
        assertOneError(svg("<svg " + NS + "><image href=\"data:image/svg+xml,%ZZ\"/></svg>"), 1,
                "is not valid base64 or URL encoding");
        assertEquals(List.of(), svg("<svg " + NS + "><image href=\"data:image/png;base64,"
                + java.util.Base64.getMimeEncoder().encodeToString(TestPictures.png()) + "\"/></svg>"));
    }

    @Test
    void aReferenceToAnIdThePictureDoesNotHaveIsAnError() {
        assertOneError(svg("<svg " + NS + ">\n<rect width=\"5\" height=\"5\" fill=\"url(#sky)\"/></svg>"), 2,
                "the fill of <rect> url(#sky) refers to #sky, which this picture does not have");
        assertOneError(svg("<svg " + NS + ">\n<use xlink:href=\"#chair\"/></svg>"), 2,
                "<use> xlink:href refers to #chair, which this picture does not have");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // What drawing programs write: an XML declaration, a DOCTYPE with the SVG DTD (never loaded), namespaces of
        // their own, metadata with web addresses that are names, not links, internal entities (Illustrator).
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg " + NS + " version=\"1.1\" viewBox=\"0 0 10 10\">"
                + "<rect width=\"5\" height=\"5\"/></svg>\n",
        "<svg " + NS + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:sodipodi="
                + "\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns:cc=\"http://creativecommons.org/ns#\" viewBox=\"0 0 10 10\"><sodipodi:namedview inkscape:zoom=\"1\"/>"
                + "<metadata><rdf:RDF><cc:Work rdf:about=\"\"><cc:license rdf:resource=\"http://creativecommons.org/licenses/by/4.0/\"/>"
                + "</cc:Work></rdf:RDF></metadata><g inkscape:label=\"Layer 1\"><circle r=\"3\" cx=\"5\" cy=\"5\"/></g></svg>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\"><!ENTITY blue \"#1f4e9c\">]>\n"
                + "<svg xmlns=\"&ns_svg;\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\" fill=\"&blue;\"/></svg>",
        "<svg " + NS + " viewBox=\"0 0 10 10\"><defs><linearGradient id=\"sky\"><stop offset=\"0\" stop-color=\"#fff\"/>"
                + "</linearGradient><g id=\"chair\"><rect width=\"2\" height=\"2\"/></g></defs><rect width=\"5\" height=\"5\" "
                + "style=\"fill: url(#sky)\"/><use xlink:href=\"#chair\"/><use href=\"#chair\" x=\"3\"/>"
                + "<a href=\"https://example.org/about\"><text>more</text></a>"
                + "<image width=\"1\" height=\"1\" href=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"/></svg>",
        "\uFEFF  <svg " + NS + " viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"A circle\"><title>A circle</title>"
                + "<style>.a { fill: #c00; opacity: .5 } /* url(https://example.org) in a comment */</style>"
                + "<circle class=\"a\" r=\"3\" cx=\"5\" cy=\"5\" /></svg>"})
    void svgAsDrawingProgramsWriteItIsFine(String text) {
        assertEquals(List.of(), svg(text));
    }

    @Test
    void theExamplesPicturesAreFine() throws Exception {
        java.nio.file.Path images = org.kring.TestSites.repo().resolve("content/images");
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(images)) {
            for (java.nio.file.Path p : files.toList()) {
                assertEquals(List.of(), problems("content/images/" + p.getFileName(), java.nio.file.Files.readAllBytes(p)));
            }
        }
    }

    static Stream<Arguments> brokenRaster() {
        byte[] png = TestPictures.png();
        byte[] jpeg = TestPictures.picture("jpeg", 200, 150);
        byte[] gif = TestPictures.picture("gif", 200, 150);
        return Stream.of(
                Arguments.of("PNG cut in half", "p.png", TestPictures.half(png), "the picture is cut off: the file ends after "
                        + png.length / 2 + " bytes, before the PNG data does"),
                Arguments.of("PNG without its last 12 bytes", "p.png", java.util.Arrays.copyOf(png, png.length - 12),
                        "the picture is cut off"),
                Arguments.of("PNG with a wrong checksum", "p.png", TestPictures.pngWithBadChecksum(),
                        "chunk at byte"),
                Arguments.of("PNG signature only", "p.png", java.util.Arrays.copyOf(png, 8), "the picture is cut off"),
                Arguments.of("JPEG cut in half", "p.jpg", TestPictures.half(jpeg),
                        "the picture is damaged and cannot be decoded as JPEG"),
                Arguments.of("JPEG cut after its header", "p.jpeg", java.util.Arrays.copyOf(jpeg, 700),
                        "the picture is damaged and cannot be decoded as JPEG"),
                Arguments.of("GIF cut in half", "p.gif", TestPictures.half(gif), "cannot be decoded as GIF"),
                Arguments.of("WebP cut in half", "p.webp", TestPictures.half(TestPictures.WEBP_LOSSY), "the picture is cut off"),
                Arguments.of("WebP without image data", "p.webp", webpWithout(), "holds no image data"));
    }

    private static byte[] webpWithout() {
        byte[] b = java.util.Arrays.copyOf(TestPictures.WEBP_LOSSY, TestPictures.WEBP_LOSSY.length);
        b[12] = 'E';
        b[13] = 'X';
        b[14] = 'I';
        b[15] = 'F';
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRaster")
    void aDamagedPictureIsOneErrorWithItsPath(String what, String file, byte[] bytes, String message) {
        List<String> found = problems("content/images/" + file, bytes);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("content/images/" + file + ": error: ") && found.get(0).contains(message),
                found.toString());
    }

    static Stream<Arguments> mislabelled() {
        byte[] png = TestPictures.png();
        return Stream.of(
                Arguments.of("PNG bytes in a .jpg", "p.jpg", png,
                        "the file is a PNG picture, not a JPEG picture as its name says; rename it to .png"),
                Arguments.of("JPEG bytes in a .png", "p.png", TestPictures.picture("jpeg", 20, 20),
                        "the file is a JPEG picture, not a PNG picture as its name says; rename it to .jpg"),
                Arguments.of("PNG bytes in a .svg", "p.svg", png,
                        "the file is a PNG picture, not an SVG picture as its name says; rename it to .png"),
                Arguments.of("SVG text in a .png", "p.png", ("<svg " + NS + "/>").getBytes(StandardCharsets.UTF_8),
                        "the file is an SVG picture, not a PNG picture as its name says; rename it to .svg"),
                Arguments.of("an error page saved as .jpg", "p.jpg",
                        "<!doctype html><html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8),
                        "the file is an HTML page, not a JPEG picture as its name says; replace it with the picture itself"),
                Arguments.of("a phone's HEIC photo renamed .jpg", "p.jpg", heic(),
                        "the file is a HEIC picture (as phones take them), not a JPEG picture"),
                Arguments.of("a PDF named .svg", "p.svg", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8),
                        "not an SVG picture: the file is a PDF document"),
                Arguments.of("text named .webp", "p.webp", "hello".getBytes(StandardCharsets.UTF_8),
                        "the file is not a WebP picture: its first bytes are no picture format Kring knows"),
                Arguments.of("an empty .png", "p.png", new byte[0], "the picture is empty (0 bytes)"),
                Arguments.of("an empty .svg", "p.svg", new byte[0], "the picture is empty (0 bytes)"),
                Arguments.of("an empty .gif", "p.gif", new byte[0], "the picture is empty (0 bytes)"));
    }

    private static byte[] heic() {
        byte[] b = new byte[64];
        System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, b, 4, 8);
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mislabelled")
    void aFileThatIsNotWhatItsNameSaysIsOneError(String what, String file, byte[] bytes, String message) {
        List<String> found = problems("content/images/" + file, bytes);
        assertEquals(List.of("content/images/" + file + ": error: " + message), found.stream()
                .map(s -> s.substring(0, Math.min(s.length(), ("content/images/" + file + ": error: " + message).length())))
                .toList());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        Runtime rt = Runtime.getRuntime();
        for (int[] size : new int[][] {{100_000, 100_000}, {65_535, 65_535}, {8000, 6000}}) {
            List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> problems("content/images/bomb.png", TestPictures.pngClaiming(size[0], size[1])));
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).startsWith("content/images/bomb.png: error: the picture is " + size[0] + " × "
                    + size[1] + " pixels"), found.toString());
            assertTrue(found.get(0).contains("too large to show"), found.toString());
        }
        // The check read the header only: a decoded 100000 × 100000 picture would not fit in any heap.
        assertTrue(rt.totalMemory() < 8L << 30);
    }

    @Test
    void aGifAnimationsScreenAndAWebPHeaderAreBoundedToo() {
        byte[] gif = TestPictures.picture("gif", 20, 20);
        gif[6] = (byte) 0xFF;
        gif[7] = (byte) 0xFF;
        gif[8] = (byte) 0xFF;
        gif[9] = (byte) 0xFF;
        assertTrue(problems("content/images/a.gif", gif).get(0).contains("65535 × 65535 pixels"));
        byte[] webp = TestPictures.WEBP_LOSSY.clone();
        // VP8 frame header: 14-bit width and height after the start code.
        webp[26] = (byte) 0xFF;
        webp[27] = (byte) 0x3F;
        webp[28] = (byte) 0xFF;
        webp[29] = (byte) 0x3F;
        assertTrue(problems("content/images/a.webp", webp).get(0).contains("16383 × 16383 pixels"));
    }

    @Test
    void goodPicturesOfEveryFormatAreFine() {
        assertEquals(List.of(), problems("content/images/p.png", TestPictures.png()));
        assertEquals(List.of(), problems("content/images/p.PNG", TestPictures.png()));
        assertEquals(List.of(), problems("content/images/p.jpg", TestPictures.picture("jpeg", 300, 200)));
        assertEquals(List.of(), problems("content/images/p.jpeg", TestPictures.picture("jpeg", 3000, 2000)));
        assertEquals(List.of(), problems("content/images/p.gif", TestPictures.picture("gif", 300, 200)));
        assertEquals(List.of(), problems("content/images/p.webp", TestPictures.WEBP_LOSSY));
        assertEquals(List.of(), problems("content/images/p.webp", TestPictures.WEBP_LOSSLESS));
    }

    @Test
    void aLargeFileIsAWarningAsBefore() {
        byte[] big = TestPictures.picture("png", 1200, 1000);
        // Noise does not compress: make the file larger than 1 MiB.
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(2);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                img.setRGB(x, y, r.nextInt());
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(List.of(), problems("content/images/small.png", big));
        List<Problem> found = PictureCheck.check("content/images/noise.png", out.toByteArray());
        assertEquals(1, found.size(), found.toString());
        assertTrue(!found.get(0).isError() && found.get(0).message().contains("KiB; pages load slowly"), found.toString());
    }
}
