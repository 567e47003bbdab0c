package org.kring.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.ContentException;
import org.kring.TestSites;
import org.kring.TinySite;

/** A site adds a font for a script Kring does not bundle: Bengali prints once its font is named in site.yml. */
class SiteFontTest {
    static final String BENGALI = "প্রসবের আগে নিয়মিত চেকআপ করুন।";

    @TempDir
    Path tmp;

    private Path site() throws Exception {
        Map<String, String> files = TinySite.files();
        files.put("content/programmes/p/01-first.md", files.get("content/programmes/p/01-first.md")
                .replace("Talk about [food](topic:food).", "Talk about [food](topic:food).\n\n" + BENGALI));
        Path site = TinySite.write(tmp.resolve("site"), files);
        Files.createDirectories(site.resolve("fonts"));
        Files.copy(Path.of(SiteFontTest.class.getResource("/fonts/NotoSansBengali-Regular.ttf").toURI()),
                site.resolve("fonts/NotoSansBengali-Regular.ttf"));
        return site;
    }

    @Test
    void bengaliFailsTheGlyphCheckUntilSiteYmlAddsItsFont() throws Exception {
        Path site = site();
        ContentException e = assertThrows(ContentException.class, () -> TestSites.buildWithPdf(site, tmp.resolve("out")));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("U+09AA")), e.problems().toString());

        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml"))
                + "pdf:\n  fonts:\n    - regular: fonts/NotoSansBengali-Regular.ttf\n      languages: [bn]\n");
        TestSites.buildWithPdf(site, tmp.resolve("out"));
        Path pdf = tmp.resolve("out/pdf/en/p-01-facilitator.pdf");
        String text = Pdftotext.text(pdf, null);
        assertTrue(Pdftotext.letters(text).contains(Pdftotext.letters(BENGALI)), text);
        assertEquals(Pdftotext.marks(BENGALI).keySet().stream().filter(c -> true).count(),
                Pdftotext.marks(BENGALI).keySet().stream().filter(c -> Pdftotext.marks(text).containsKey(c)).count(),
                "every Bengali vowel sign comes back");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            boolean embedded = false;
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                var font = doc.getPage(0).getResources().getFont(name);
                embedded |= font.getName().contains("NotoSansBengali") && font.isEmbedded();
            }
            for (int i = 1; i < doc.getNumberOfPages() && !embedded; i++) {
                for (var name : doc.getPage(i).getResources().getFontNames()) {
                    var font = doc.getPage(i).getResources().getFont(name);
                    embedded |= font.getName().contains("NotoSansBengali") && font.isEmbedded();
                }
            }
            assertTrue(embedded, "the site's Bengali font is embedded");
        }
    }

    @Test
    void aFontThatIsNotThereOrNotAFontIsAnErrorAtItsLine() throws Exception {
        Path site = site();
        String yml = Files.readString(site.resolve("site.yml"));
        for (String[] c : new String[][] {
                {"fonts/missing.ttf", "font 'fonts/missing.ttf' does not exist"},
                {"../outside.ttf", "font '../outside.ttf' is outside the site folder"},
                {"content/index.md", "font 'content/index.md' is not a TrueType or OpenType font"}}) {
            Files.writeString(site.resolve("site.yml"), yml + "pdf:\n  fonts:\n    - regular: " + c[0] + "\n");
            ContentException e = assertThrows(ContentException.class, () -> TestSites.build(site, tmp.resolve("out")));
            int line = (int) yml.lines().count() + 3;
            assertTrue(e.getMessage().contains("site.yml:" + line + ":") && e.getMessage().contains(c[1]), e.getMessage());
        }
    }
}
