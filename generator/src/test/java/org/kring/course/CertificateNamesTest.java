package org.kring.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TinyCourse;
import org.kring.TinySite;
import org.kring.render.print.Pdftotext;

/**
 * Long names on certificates, in Latin, Arabic and Ge'ez script, on A4 and Letter, as a participant would see
 * them printed: every glyph inside the frame (nothing cut off at either side), the whole name in the PDF's
 * text, a name that fits in the designed 22 pt kept so, a longer one set smaller on one line, and only a name
 * too long even in 12 pt wrapped, in 12 pt. The trainer's name under the signature line likewise.
 */
class CertificateNamesTest {
    @TempDir
    static Path tmp;

    static final String SHORT = "Anna de Vries";
    static final String MEDIUM = "Maria-Fernanda de los Santos Oliveira-Pereira";
    /** 80 letters without a space: the name that was cut off on both sides. */
    static final String LATIN_80 = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschaf";
    static final String ARABIC_LONG = "عبدالرحمنبنمحمدبنعبداللهبنعبدالعزيزالهاشميالقرشي";
    static final String ARABIC_SPACED = "عبد الرحمن بن محمد بن عبد الكريم بن عبد العزيز الهاشمي القرشي المكي";
    static final String GEEZ_LONG = "ገብረመድህንወልደጊዮርጊስተስፋማርያምሃብተሚካኤልዘርአብሩክገብረእግዚአብሔር";
    /** The longest name a participants file may have. */
    static final String LONGEST = "Wolfeschlegelsteinhausen".repeat(7).substring(0, 150);
    static final List<String> NAMES = List.of(SHORT, MEDIUM, LATIN_80, ARABIC_LONG, ARABIC_SPACED, GEEZ_LONG, LONGEST);
    static final String TRAINER = "Marieke Jansen-Wolfeschlegelsteinhausenbergerdorffvoralternwaren";

    static Path a4;
    static Path letter;

    @BeforeAll
    static void make() throws IOException {
        Path csv = tmp.resolve("cohort.csv");
        StringBuilder sb = new StringBuilder("name,organisation\n");
        NAMES.forEach(n -> sb.append(n).append(",Noord\n"));
        Files.writeString(csv, sb.toString());
        a4 = run(site("a4", ""), csv, "run-a4");
        letter = run(site("letter", "pdf: {paper: letter}\n"), csv, "run-letter");
    }

    static Path site(String name, String extra) {
        Map<String, String> files = TinyCourse.files();
        files.put("site.yml", files.get("site.yml") + extra);
        return TinySite.write(tmp.resolve(name), files);
    }

    static Path run(Path site, Path csv, String name) {
        Path out = tmp.resolve(name);
        CoursePack.make(new CoursePack.Options(site, "t", "en", List.of(LocalDate.of(2027, 3, 4)), csv, out, TRAINER,
                "Utrecht"));
        return out.resolve("t-2027-03-04-certificates.pdf");
    }

    /** Every glyph on each page, where it is and how large, as PDFBox reads it. */
    static List<List<TextPosition>> glyphs(PDDocument doc) throws IOException {
        List<List<TextPosition>> pages = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                pages.get(pages.size() - 1).add(text);
            }
        };
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            pages.add(new ArrayList<>());
            s.setStartPage(p);
            s.setEndPage(p);
            s.getText(doc);
        }
        return pages;
    }

    /** print.css: 18 mm side margins (the certificate's frame is inside them), 22 mm top, 20 mm bottom. */
    static void assertInside(TextPosition g, PDRectangle page, String what) {
        double side = 18 / 25.4 * 72;
        String where = what + ": '" + g.getUnicode() + "' at x " + Math.round(g.getX()) + "–"
                + Math.round(g.getX() + g.getWidth()) + " on a page " + Math.round(page.getWidth()) + " wide";
        assertTrue(g.getX() >= side - 0.5 && g.getX() + g.getWidth() <= page.getWidth() - side + 0.5, where);
        assertTrue(g.getY() - g.getHeight() >= 22 / 25.4 * 72 - 0.5 && g.getY() <= page.getHeight() - 20 / 25.4 * 72
                + 0.5, where);
    }

    @Test
    void everyGlyphOfEveryNameIsInsideTheFrameAndTheWholeNameIsInTheText() throws IOException {
        for (Path pdf : List.of(a4, letter)) {
            String[] pages = Pdftotext.text(pdf, null).split("\f");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(NAMES.size(), doc.getNumberOfPages(), pdf + ": one page per certificate, however long");
                List<List<TextPosition>> glyphs = glyphs(doc);
                for (int i = 0; i < NAMES.size(); i++) {
                    for (TextPosition g : glyphs.get(i)) {
                        assertInside(g, doc.getPage(i).getMediaBox(), pdf.getParent().getFileName() + " certificate "
                                + (i + 1));
                    }
                    String page = Pdftotext.letters(pages[i]);
                    assertTrue(page.contains(Pdftotext.letters(NAMES.get(i))), pdf + ": the whole name " + NAMES.get(i)
                            + " in " + pages[i]);
                    assertTrue(page.contains(Pdftotext.letters(TRAINER)), "the whole trainer's name: " + pages[i]);
                }
            }
        }
    }

    /** The sizes the name's glyphs are drawn in, and on how many lines, page by page. */
    record Set(double largest, double smallest, int lines) {
    }

    static Set nameSet(List<TextPosition> page, String name) {
        // The name's glyphs: those of the name's letters, below the 26 pt title and above the 15 pt course title.
        double titleY = page.stream().filter(g -> g.getYScale() > 25)
                .mapToDouble(TextPosition::getY).max().orElse(0);
        double courseY = page.stream().filter(g -> g.getY() > titleY && Math.abs(g.getYScale() - 15) < 0.1)
                .mapToDouble(TextPosition::getY).min().orElse(Double.MAX_VALUE);
        String letters = Pdftotext.letters(name);
        List<TextPosition> glyphs = page.stream().filter(g -> g.getY() > titleY + 1 && g.getY() < courseY - 1
                && !g.getUnicode().isBlank() && letters.contains(g.getUnicode()) && g.getYScale() >= 11.9).toList();
        TreeSet<Integer> baselines = new TreeSet<>();
        glyphs.forEach(g -> baselines.add(Math.round(g.getY())));
        return new Set(glyphs.stream().mapToDouble(TextPosition::getYScale).max().orElse(0),
                glyphs.stream().mapToDouble(TextPosition::getYScale).min().orElse(0), baselines.size());
    }

    @Test
    void aNameKeepsItsSizeWhenItFitsIsSetSmallerWhenNotAndWrapsOnlyBelowTwelvePoints() throws IOException {
        try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
            List<List<TextPosition>> glyphs = glyphs(doc);
            Set shortName = nameSet(glyphs.get(0), SHORT);
            assertEquals(22, shortName.largest(), 0.1, "a short name keeps the designed 22 pt");
            assertEquals(1, shortName.lines());
            Set medium = nameSet(glyphs.get(1), MEDIUM);
            assertTrue(medium.largest() < 22 && medium.smallest() >= 12 - 0.1, "a longer name is smaller: " + medium);
            assertEquals(1, medium.lines(), "and on one line");
            Set arabic = nameSet(glyphs.get(4), ARABIC_SPACED);
            assertEquals(1, arabic.lines(), "a long Arabic name with spaces fits one line: " + arabic);
            Set longest = nameSet(glyphs.get(6), LONGEST);
            assertEquals(12, longest.largest(), 0.1, "the longest name possible is in the smallest size");
            assertTrue(longest.lines() > 1, "and wraps: " + longest);
        }
    }
}
