package org.kring.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kring.TestSites;
import org.kring.render.Templates;
import org.kring.render.print.browser.Browser;
import org.kring.render.print.browser.Tab;

/**
 * A probe (the printing that only tells where things land) must put every target where the real printing
 * does, or a contents list would give wrong pages: text, pictures, boxes and page breaks all take the same room
 * hidden as shown.
 */
class ProbeTest {
    @Test
    void aProbePutsEveryTargetWhereThePrintingDoes() throws Exception {
        PdfFonts fonts = new PdfFonts(new Templates(Path.of("/nonexistent")));
        String css = Files.readString(TestSites.repo().resolve("templates/print/print.css"));
        StringBuilder body = new StringBuilder("<div class=\"toc\"><a class=\"pgref\" href=\"#s2\">?</a></div>");
        for (int s = 1; s <= 6; s++) {
            body.append("<section class=\"chapter\" style=\"break-before: page\"><h2 id=\"s").append(s)
                    .append("\">Session ").append(s).append("</h2>");
            for (int p = 0; p < 6 * s; p++) {
                body.append("<p>Parents talk about sleep, feeding and crying; the midwife listens and asks.</p>");
                if (p % 7 == 3) {
                    body.append("<div class=\"box\" id=\"b").append(s).append('-').append(p)
                            .append("\"><h3>When to call</h3><ul><li>Fever</li><li>No feeds for a day</li></ul></div>")
                            .append("<img src=\"images/baby-scale.svg\" alt=\"\" style=\"width:40mm\">");
                }
            }
            body.append("</section>");
        }
        String html = "<html lang=\"en\" dir=\"ltr\"><head><title>T</title><style>" + css + "body{font-family:"
                + PdfFonts.FAMILIES + "}</style></head><body>" + body + "</body></html>";
        PrintHtml page = PrintHtml.of(html, fonts.fontFaces(PdfEngine.FONTS));
        Path content = TestSites.repo().resolve("content");
        Tab.Resources resources = path -> path.startsWith(PdfEngine.FONTS)
                ? new Tab.Resource(fonts.file(path.substring(PdfEngine.FONTS.length())), "font/ttf", true)
                : new Tab.Resource(fonts.svgWithFonts(read(content.resolve(path))), "image/svg+xml");
        try (Browser browser = Browser.start(Browser.find(null).orElseThrow()); Tab tab = browser.open()) {
            byte[] printed = tab.print("print.html", page.html(), resources).pdf();
            byte[] probed = tab.probe("print.html", page.html(), resources, null).pdf();
            PdfOutline.Layout real = PdfOutline.layout(printed, page.targets());
            PdfOutline.Layout probe = PdfOutline.layout(probed, page.targets());
            assertTrue(real.pages() >= 8, "several pages: " + real.pages());
            assertEquals(page.targets().size(), real.places().size(), "every target has a place");
            assertEquals(real, probe, "the probe's places are the printing's");
            try (PDDocument doc = Loader.loadPDF(probed)) {
                assertNull(doc.getDocumentCatalog().getStructureTreeRoot(), "a probe is not tagged");
                assertTrue(new PDFTextStripper().getText(doc).isBlank(), "a probe draws no text");
            }
            // Printed again after the probe, the page is shown and tagged again.
            byte[] again = tab.printAgain("void 0", null, true).pdf();
            assertEquals(real, PdfOutline.layout(again, page.targets()));
            try (PDDocument doc = Loader.loadPDF(again)) {
                assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
                assertTrue(new PDFTextStripper().getText(doc).contains("Session 6"), "shown");
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
