package org.kring.render.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kring.TestSites;
import org.kring.render.Templates;
import org.kring.render.print.browser.Browser;

/** The engine on its own: every script comes back as its text, marks sit on their letters, same bytes twice. */
class PdfEngineTest {
    static final PdfFonts FONTS = new PdfFonts(new Templates(Path.of("/nonexistent")));
    static final PdfEngine ENGINE = new PdfEngine(FONTS, Browser.find(null).orElseThrow(),
            TestSites.repo().resolve("content"), java.util.Set.of());

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static String html(String lang, String dir, String body) {
        return "<html lang=\"" + lang + "\" dir=\"" + dir + "\"><head><title>T</title><style>body{font-family:"
                + PdfFonts.FAMILIES + "; font-size: 20pt}</style></head><body><p>" + body + "</p></body></html>";
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc).strip(), Normalizer.Form.NFC);
        }
    }

    private static PdfEngine.Pdf render(String lang, String dir, String body) {
        return ENGINE.render(html(lang, dir, body), new PdfEngine.Meta("T", "S", lang, dir.equals("rtl"), "K"), 1);
    }

    @Test
    void scriptsComeBackAsTheirText() throws Exception {
        String twi = "Ɔbaa a ɔwɔ nyinsɛn no bɛkɔ ayaresabea. Shqip: ë ç.";
        String tigrinya = "ኣኼባ ብጉጅለ ይጅምር።";
        assertEquals(twi, text(render("tw", "ltr", twi).bytes()));
        assertEquals(tigrinya, text(render("ti", "ltr", tigrinya).bytes()));
        PdfEngine.Pdf ar = render("ar", "rtl", "تبدأ الجلسة بالفحوصات الذاتية");
        try (PDDocument doc = Loader.loadPDF(ar.bytes())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("Noto"), "only the bundled fonts: " + font.getName());
                }
            }
        }
    }

    /** Every tashkeel mark, and words the old engine printed with their marks beside the letters. */
    static final String TASHKEEL = "بَ بً بُ بٌ بِ بٍ بْ بّ بٰ جدًا سؤالاً أرجّ مُتَرْجَمٌ";
    /** Yoruba with combining tone marks over and dots under the letters. */
    static final String YORUBA = "Ẹ ku àárọ̀. Ọmọ náà ń ṣeré. Ọ̀rọ̀ Ẹ̀kọ́";

    @Test
    void arabicAndCombiningMarksExtractAsLogicalUnicode() throws Exception {
        String ar = Pdftotext.text(render("ar", "rtl", TASHKEEL).bytes());
        assertTrue(ar.codePoints().noneMatch(Pdftotext::presentationForm), "no presentation forms: " + ar);
        // Extractors put a mark before or after its letter as they please; what is tested here is that the
        // letters come back in their order and every mark comes back. That the marks are drawn on their
        // letters is the next test.
        assertEquals(Pdftotext.letters(TASHKEEL), Pdftotext.letters(ar));
        assertEquals(Pdftotext.marks(TASHKEEL), Pdftotext.marks(ar));
        String yo = Pdftotext.text(render("yo", "ltr", YORUBA).bytes());
        assertEquals(Normalizer.normalize(YORUBA, Normalizer.Form.NFC), Normalizer.normalize(yo.strip(), Normalizer.Form.NFC));
    }

    /**
     * A mark is drawn over (or under) a letter: the centre of its glyph lies within a letter's glyph on the same
     * line. The old engine drew tanween and shadda as glyphs of their own beside the letter, where no letter is.
     */
    @Test
    void marksSitOnTheirLetters() throws Exception {
        for (String[] c : new String[][] {{"ar", "rtl", TASHKEEL}, {"yo", "ltr", YORUBA}}) {
            List<TextPosition> glyphs = positions(render(c[0], c[1], c[2]).bytes());
            int marks = 0;
            for (TextPosition g : glyphs) {
                String u = g.getUnicode();
                if (u.isEmpty() || Character.getType(u.codePointAt(0)) != Character.NON_SPACING_MARK) {
                    continue; // a letter, or a letter and its mark in one glyph (then the mark is on it)
                }
                marks++;
                float centre = inkCentre(g);
                boolean onALetter = glyphs.stream().anyMatch(l -> !l.getUnicode().isBlank()
                        && Character.isLetter(l.getUnicode().codePointAt(0)) && Math.abs(l.getY() - g.getY()) < 20
                        && centre >= Math.min(l.getX(), l.getX() + l.getWidth()) - 0.5f
                        && centre <= Math.max(l.getX(), l.getX() + l.getWidth()) + 0.5f);
                assertTrue(onALetter, c[0] + ": mark U+" + Integer.toHexString(u.codePointAt(0)) + " at x " + centre
                        + " is on no letter: " + glyphs.stream().map(l -> l.getUnicode() + "@" + l.getX() + "+" + l.getWidth()).toList());
            }
            assertTrue(marks >= (c[0].equals("ar") ? 12 : 1), c[0] + ": marks drawn as glyphs: " + marks);
        }
    }

    /**
     * The middle of a glyph's ink, across the line: a mark has no advance, and its outline is drawn to one
     * side of where it is placed (a combining grave is drawn left of its origin, over the letter before).
     */
    private static float inkCentre(TextPosition g) throws java.io.IOException {
        if (g.getFont() instanceof org.apache.pdfbox.pdmodel.font.PDVectorFont v) {
            java.awt.geom.Rectangle2D ink = v.getPath(g.getCharacterCodes()[0]).getBounds2D();
            if (!ink.isEmpty()) {
                return g.getX() + (float) ink.getCenterX() * g.getXScale() / 1000f;
            }
        }
        return g.getX() + g.getWidth() / 2;
    }

    /** Glyphs in the order they are drawn (the content stream's order, which is the shaper's). */
    private static List<TextPosition> positions(byte[] pdf) throws Exception {
        List<TextPosition> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    out.add(text);
                }
            };
            s.getText(doc);
        }
        assertFalse(out.isEmpty());
        return out;
    }

    @Test
    void sameInputSameBytes() {
        String h = html("nl", "ltr", "Welkom in de groep.");
        PdfEngine.Meta meta = new PdfEngine.Meta("T", "S", "nl", false, "K");
        assertArrayEquals(ENGINE.render(h, meta, 42).bytes(), ENGINE.render(h, meta, 42).bytes());
    }
}
