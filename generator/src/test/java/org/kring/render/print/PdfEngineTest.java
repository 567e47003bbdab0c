package org.kring.render.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kring.render.Templates;

class PdfEngineTest {
    static final PdfFonts FONTS = new PdfFonts(new Templates(Path.of("/nonexistent")));
    static final PdfEngine ENGINE = new PdfEngine(FONTS);

    static String html(String lang, String dir, String body) {
        return "<html lang=\"" + lang + "\" dir=\"" + dir + "\"><head><title>T</title><style>body{font-family:"
                + PdfFonts.FAMILIES + ";}</style></head><body><p>" + body + "</p></body></html>";
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).strip();
        }
    }

    @Test
    void scriptsComeBackAsTheirText() throws Exception {
        String twi = "Ɔbaa a ɔwɔ nyinsɛn no bɛkɔ ayaresabea. Shqip: ë ç.";
        String arabic = "تبدأ الجلسة بالفحوصات الذاتية";
        String tigrinya = "ኣኼባ ብጉጅለ ይጅምር።";
        PdfEngine.Pdf latin = ENGINE.render(html("tw", "ltr", twi), "file:/tmp/", new PdfEngine.Meta("T", "S", "tw", false, "K"), 1);
        assertEquals(twi, text(latin.bytes()));
        PdfEngine.Pdf ar = ENGINE.render(html("ar", "rtl", arabic), "file:/tmp/", new PdfEngine.Meta("T", "S", "ar", true, "K"), 1);
        String extracted = text(ar.bytes());
        assertEquals(arabic, java.text.Normalizer.normalize(extracted, java.text.Normalizer.Form.NFKC));
        PdfEngine.Pdf ti = ENGINE.render(html("ti", "ltr", tigrinya), "file:/tmp/", new PdfEngine.Meta("T", "S", "ti", false, "K"), 1);
        assertEquals(tigrinya, text(ti.bytes()));
        try (PDDocument doc = Loader.loadPDF(ar.bytes())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }

    @Test
    void sameInputSameBytes() {
        String h = html("nl", "ltr", "Welkom in de groep.");
        PdfEngine.Meta meta = new PdfEngine.Meta("T", "S", "nl", false, "K");
        assertArrayEquals(ENGINE.render(h, "file:/tmp/", meta, 42).bytes(), ENGINE.render(h, "file:/tmp/", meta, 42).bytes());
    }
}
