package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.cli.CliRun;
import org.kring.serve.LiveSite;

/**
 * A site's pictures through the commands a user runs: a bad picture in content/, shown by a session guide,
 * stops {@code kring check} and {@code kring build} with one line naming the picture (and its line, for
 * SVG), exit code 1, no site written and no file of the user's changed; a picture PDFs cannot hold is
 * reported where a printed text shows it; a picture only the PDF engine chokes on is named, with its page,
 * in one line; the preview does not decode unchanged pictures again.
 */
class PicturesTest {
    private static final String SESSION = "content/programmes/p/01-first.md";
    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\"";

    @TempDir
    Path tmp;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> badPictures() {
        byte[] png = TestPictures.png();
        return Stream.of(
                Arguments.of("unclosed tag", "c.svg", utf8("<svg " + NS + ">\n<circle r=\"3\"\n</svg>\n"), "c.svg:3:1",
                        "not a valid SVG picture (broken XML): Element type \"circle\" must be followed by"),
                Arguments.of("not XML at all", "c.svg", utf8("A circle of chairs\n"), "c.svg:1:1",
                        "Content is not allowed in prolog"),
                Arguments.of("HTML saved as .svg", "c.svg", utf8("<!DOCTYPE html>\n<html><body><svg " + NS + "/></body></html>"),
                        "c.svg", "not an SVG picture: the file is an HTML page"),
                Arguments.of("DOCTYPE with an entity", "c.svg", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY x "
                        + "SYSTEM \"file:///etc/passwd\">\n]>\n<svg " + NS + "><text>&x;</text></svg>\n"), "c.svg:3",
                        "the DOCTYPE declares the external entity 'x' (file:///etc/passwd)"),
                Arguments.of("script element", "c.svg", utf8("<svg " + NS + ">\n  <script>alert(document.cookie)</script>\n</svg>\n"),
                        "c.svg:2:3", "<script> is a script"),
                Arguments.of("ONLOAD in upper case", "c.svg", utf8("<svg " + NS + "\n     ONLOAD=\"alert(1)\">\n</svg>\n"),
                        "c.svg:2:6", "the event attribute ONLOAD=\"alert(1)\" on <svg> is script"),
                Arguments.of("onclick", "c.svg", utf8("<svg " + NS + ">\n<circle r=\"3\" onclick=\"go()\"/>\n</svg>\n"),
                        "c.svg:2:15", "the event attribute onclick=\"go()\" on <circle> is script"),
                Arguments.of("javascript: with entities", "c.svg", utf8("<svg " + NS + " xmlns:xlink=\"http://www.w3.org/1999/"
                        + "xlink\">\n<a xlink:href=\"&#x6A;avascript&#x3A;alert(1)\"><text>t</text></a>\n</svg>\n"), "c.svg:2:4",
                        "xlink:href on <a> is a javascript: link"),
                Arguments.of("javascript: with spaces", "c.svg", utf8("<svg " + NS + ">\n<a href=\" JaVa script:alert(1)\">"
                        + "<text>t</text></a>\n</svg>\n"), "c.svg:2:4", "href on <a> is a javascript: link"),
                Arguments.of("external href", "c.svg", utf8("<svg " + NS + ">\n<image href=\"https://example.org/p.png\" "
                        + "width=\"5\" height=\"5\"/>\n</svg>\n"), "c.svg:2:8",
                        "href on <image> refers to 'https://example.org/p.png', a web address"),
                Arguments.of("foreignObject with HTML", "c.svg", utf8("<svg " + NS + ">\n<foreignObject width=\"9\" height=\"9\">"
                        + "<p xmlns=\"http://www.w3.org/1999/xhtml\">Hi</p></foreignObject>\n</svg>\n"), "c.svg:2",
                        "<foreignObject> holds HTML (<p>)"),
                Arguments.of("truncated PNG", "c.png", TestPictures.half(png), "c.png", "the picture is cut off"),
                Arguments.of("PNG bytes in a .jpg", "c.jpg", png, "c.jpg",
                        "the file is a PNG picture, not a JPEG picture as its name says; rename it to .png"),
                Arguments.of("0-byte file", "c.png", new byte[0], "c.png", "the picture is empty (0 bytes)"),
                Arguments.of("PNG claiming 100000x100000", "c.png", TestPictures.pngClaiming(100_000, 100_000), "c.png",
                        "the picture is 100000 × 100000 pixels (10,000 million): too large to show"),
                Arguments.of("truncated JPEG", "c.jpg", TestPictures.half(TestPictures.picture("jpeg", 200, 150)), "c.jpg",
                        "the picture is damaged and cannot be decoded as JPEG"),
                Arguments.of("truncated GIF", "c.gif", TestPictures.half(TestPictures.picture("gif", 200, 150)), "c.gif",
                        "cannot be decoded as GIF"),
                Arguments.of("truncated WebP", "c.webp", TestPictures.half(TestPictures.WEBP_LOSSY), "c.webp",
                        "the picture is cut off"));
    }

    /** The site with {@code picture} at content/images/{@code file}, shown by the first session guide. */
    private Path site(String file, byte[] picture) throws IOException {
        return site(file, picture, SESSION);
    }

    /** The site with {@code picture} at content/images/{@code file}, shown by the text of {@code shownBy}. */
    private Path site(String file, byte[] picture, String shownBy) throws IOException {
        Map<String, String> files = TinySite.files();
        if (shownBy.equals(SESSION)) {
            files.put(SESSION, files.get(SESSION).replace("images/c.svg", "images/" + file));
        } else {
            files.put(shownBy, files.get(shownBy) + "\n![Our group](images/" + file + ")\n");
        }
        Path site = TinySite.write(tmp.resolve("site"), files);
        Files.write(site.resolve("content/images/" + file), picture);
        return site;
    }

    private static List<String> errors(String output) {
        return output.lines().filter(l -> l.contains(": error: ")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPictures")
    void aBadPictureStopsCheckAndBuildWithOneLineAndNothingIsWritten(String what, String file, byte[] picture,
            String place, String message) throws IOException {
        // PDFs cannot hold WebP at all (its own test): here it is shown by a page that is not printed.
        Path site = site(file, picture, file.endsWith(".webp") ? "content/about.md" : SESSION);
        Map<String, String> before = TestSites.tree(site);
        String line = Pattern.quote("content/images/" + place) + (place.matches(".*:\\d+:\\d+$") ? "" : "(:\\d+)?") + ": error: .*"
                + Pattern.quote(message) + ".*";

        CliRun check = CliRun.of("check", "--site", site.toString());
        assertEquals(1, check.code(), check.summary());
        assertEquals(1, errors(check.out()).size(), check.summary());
        assertTrue(errors(check.out()).get(0).matches(line), "expected " + line + " in\n" + check.summary());

        Path out = tmp.resolve("out");
        CliRun build = CliRun.of("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(1, build.code(), build.summary());
        assertEquals(errors(check.out()), errors(build.err()), "the build says what check said");
        assertTrue(build.err().matches("(?s).*\\b1 error(, \\d+ warnings?)?; nothing was written\\.\\n"), build.summary());
        assertFalse(build.summary().contains("\tat ") || build.summary().contains("internal error"), build.summary());
        assertFalse(Files.exists(out), "no site was written");
        assertEquals(before, TestSites.tree(site), "no file of the user's changed");
    }

    /** A picture no page shows is not published, so it cannot run anywhere: it is left out, with a warning. */
    @Test
    void aBadPictureNoPageShowsIsLeftOutNotPublished() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Files.writeString(site.resolve("content/images/unused.svg"), "<svg " + NS + " onload=\"alert(1)\"/>");
        CliRun check = CliRun.of("check", "--site", site.toString(), "--no-pdf");
        assertEquals(0, check.code(), check.summary());
        assertTrue(check.out().contains("content/images/unused.svg: warning: not published"), check.summary());
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf").code());
        assertFalse(Files.exists(out.resolve("images/unused.svg")));
        // Once a page shows it, it is published, and refused.
        TestSites.replaceInFile(site.resolve("content/about.md"), "About us.", "About us.\n\n![A picture](images/unused.svg)");
        CliRun used = CliRun.of("check", "--site", site.toString(), "--no-pdf");
        assertEquals(1, used.code(), used.summary());
        assertEquals(List.of("content/images/unused.svg:1:41: error: the event attribute onload=\"alert(1)\" on <svg> is "
                + "script: a picture must not run script; remove the attribute"), errors(used.out()));
    }

    @Test
    void aFileTooLargeForAnyPageIsRefusedWithoutReadingIt() throws IOException {
        Path site = site("poster.png", TestPictures.png());
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(site.resolve("content/images/poster.png").toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: costs no disk, and would cost 200 MB of heap if read
        }
        CliRun check = CliRun.of("check", "--site", site.toString(), "--no-pdf");
        assertEquals(1, check.code(), check.summary());
        assertEquals(List.of("content/images/poster.png: error: the picture is 200 MiB: far too large for a page (pictures "
                + "over 1 MiB already load slowly on slow links); save it smaller"), errors(check.out()));
    }

    @Test
    void theExampleStillPasses() {
        Path site = TestSites.copyExample(tmp.resolve("example"));
        CliRun check = CliRun.of("check", "--site", site.toString());
        assertEquals(0, check.code(), check.summary());
        assertEquals(List.of(), errors(check.out()));
        assertFalse(check.out().contains("content/images/"), check.out());
    }

    @Test
    void aWebpPictureIsFineOnPagesAndInPdfs() throws IOException {
        Path site = site("w.webp", TestPictures.WEBP_LOSSY);
        CliRun check = CliRun.of("check", "--site", site.toString());
        assertEquals(0, check.code(), check.summary());
        Path out = tmp.resolve("out");
        CliRun build = CliRun.of("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, build.code(), build.summary());
        assertTrue(Files.exists(out.resolve("images/w.webp")));
        assertTrue(Files.exists(out.resolve("pdf/en/p-01-facilitator.pdf")), "the printing browser shows WebP too");
    }

    @Test
    void aPictureOfAFormatPagesDoNotShowIsAnErrorWhereItIsUsed() throws IOException {
        Path site = site("photo.heic", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'});
        Files.write(site.resolve("content/images/scan.bmp"), TestPictures.picture("bmp", 10, 10));
        TestSites.replaceInFile(site.resolve("content/about.md"), "About us.", "About us.\n\n![A scan](images/scan.bmp)");
        CliRun check = CliRun.of("check", "--site", site.toString(), "--no-pdf");
        assertEquals(1, check.code(), check.summary());
        assertEquals(List.of(
                "content/about.md:7:1: error: picture 'images/scan.bmp' is a .bmp file, not a picture pages and PDFs show; "
                        + "save it as SVG, PNG, JPEG, GIF or WebP",
                SESSION + ":21:1: error: picture 'images/photo.heic' is a .heic file, not a picture pages and PDFs show; "
                        + "save it as SVG, PNG, JPEG, GIF or WebP"), errors(check.out()));
    }

    /** What browsers forgive (here a negative radius) the printing browser forgives too: one engine, one rule. */
    @Test
    void aPictureBrowsersShowIsPrintedToo() throws IOException {
        Path site = site("c.svg", utf8("<svg " + NS + " viewBox=\"0 0 10 10\">\n<circle r=\"-5\"/>\n</svg>\n"));
        assertEquals(0, CliRun.of("check", "--site", site.toString()).code(), "browsers show it");
        Path out = tmp.resolve("out");
        CliRun build = CliRun.of("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, build.code(), build.summary());
        assertTrue(Files.exists(out.resolve("pdf/en/p-01-facilitator.pdf")), build.summary());
    }

    @Test
    void thePreviewDoesNotDecodeAnUnchangedPictureAgain() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path picture = site.resolve("content/images/c.svg");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(picture, old);
        LiveSite live = new LiveSite(new BuildOptions(site, tmp.resolve("out"), List.of(), null, false, null));
        assertTrue(live.start().ok());

        // Damaged behind the preview's back, with its size and time kept: a page edit does not look at it again.
        byte[] good = Files.readAllBytes(picture);
        byte[] broken = good.clone();
        broken[broken.length - 3] = '!';
        Files.write(picture, broken);
        Files.setLastModifiedTime(picture, old);
        Path about = site.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nMore.\n");
        assertTrue(live.apply(List.of(about)).ok(), "the memo answered for the unchanged picture");

        // Saved again (a new time): read and decoded again, and the damage is found.
        Files.setLastModifiedTime(picture, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
        LiveSite.Update u = live.apply(List.of(picture));
        assertFalse(u.ok());
        assertTrue(u.problems().stream().anyMatch(p -> p.isError() && p.file().equals("content/images/c.svg")),
                u.problems().toString());
    }
}
