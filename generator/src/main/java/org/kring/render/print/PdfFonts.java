package org.kring.render.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.kring.render.Templates;

/**
 * The fonts every PDF embeds, one family per script: Noto Sans (Latin, Greek, Cyrillic, IPA letters such as
 * Twi's ɛ and ɔ), Noto Naskh Arabic and Noto Sans Ethiopic (Tigrinya). Read once per build from the site's
 * templates/fonts/ or the built-in ones; also answers which characters they can draw, so a character no
 * font has is an error before rendering instead of a '#' on paper.
 */
public final class PdfFonts {
    /** The CSS font-family list print templates use: the engine falls back per character, in this order. */
    public static final String FAMILIES = "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Ethiopic'";

    record Face(String file, String family, int weight, FontStyle style) {
    }

    static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC),
            new Face("NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC),
            new Face("NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400, FontStyle.NORMAL),
            new Face("NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700, FontStyle.NORMAL),
            new Face("NotoSansEthiopic-Regular.ttf", "Noto Sans Ethiopic", 400, FontStyle.NORMAL),
            new Face("NotoSansEthiopic-Bold.ttf", "Noto Sans Ethiopic", 700, FontStyle.NORMAL));

    private final List<byte[]> bytes;
    private final BitSet coverage = new BitSet();
    private final String fingerprint;

    public PdfFonts(Templates templates) {
        this.bytes = FACES.stream().map(f -> templates.file("fonts/" + f.file())).toList();
        java.security.MessageDigest md = Hashing.sha256();
        for (int i = 0; i < FACES.size(); i++) {
            md.update(bytes.get(i));
            if (FACES.get(i).weight() == 400 && FACES.get(i).style() == FontStyle.NORMAL) {
                addCoverage(bytes.get(i));
            }
        }
        this.fingerprint = Hashing.hex(md.digest());
    }

    private void addCoverage(byte[] font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp = 0; cp <= 0x10FFFF; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    coverage.set(cp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when some bundled font has a glyph for {@code codePoint} (or it needs none). */
    public boolean canDraw(int codePoint) {
        if (coverage.get(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || type == Character.CONTROL || type == Character.FORMAT;
    }

    /** Changes when any font changes, so cached PDFs made with other fonts are rendered again. */
    public String fingerprint() {
        return fingerprint;
    }

    void register(PdfRendererBuilder builder) {
        for (int i = 0; i < FACES.size(); i++) {
            Face f = FACES.get(i);
            byte[] b = bytes.get(i);
            builder.useFont(() -> (InputStream) new ByteArrayInputStream(b), f.family(), f.weight(), f.style(), true);
        }
    }
}
