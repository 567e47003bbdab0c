package org.kring.render.print.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kring.TestSites;

class TabTest {
    @Test
    void printsArabicWithBundledFonts() throws Exception {
        Path exe = Browser.find(null).orElseThrow();
        Path fonts = TestSites.repo().resolve("templates/fonts");
        String html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>t</title><style>"
                + "@font-face{font-family:'Noto Naskh Arabic';src:url(fonts/NotoNaskhArabic-Regular.ttf)}"
                + "body{font-family:'Noto Naskh Arabic';font-size:20pt}</style></head><body><p>جدًا سؤالاً أرجّ</p>"
                + "<img src=\"https://example.org/x.png\"></body></html>";
        for (String transport : List.of("pipe")) {
            long t0 = System.nanoTime();
            try (Browser b = Browser.start(exe); Tab tab = b.open()) {
                long t1 = System.nanoTime();
                Tab.Printed p = null;
                for (int i = 0; i < 5; i++) {
                    p = tab.print("page.html", html, path -> {
                        try {
                            return path.startsWith("fonts/") ? new Tab.Resource(Files.readAllBytes(fonts.resolve(
                                    path.substring(6))), "font/ttf") : null;
                        } catch (java.io.IOException e) {
                            return null;
                        }
                    });
                }
                System.err.println("start " + (t1 - t0) / 1e6 + " ms, 5 prints " + (System.nanoTime() - t1) / 1e6 + " ms, "
                        + b.version());
                try (PDDocument d = Loader.loadPDF(p.pdf())) {
                    String text = new PDFTextStripper().getText(d);
                    System.err.println(text);
                    assertTrue(text.codePoints().noneMatch(c -> c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF));
                }
                assertEquals(List.of("https://example.org/x.png"), p.refused());
            }
        }
    }
}
