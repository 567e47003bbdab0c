package org.kring.render.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    record Face(String file, String family, int weight, boolean italic) {
    }

    static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400, false),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700, false),
            new Face("NotoSans-Italic.ttf", "Noto Sans", 400, true),
            new Face("NotoSans-BoldItalic.ttf", "Noto Sans", 700, true),
            new Face("NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400, false),
            new Face("NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700, false),
            new Face("NotoSansEthiopic-Regular.ttf", "Noto Sans Ethiopic", 400, false),
            new Face("NotoSansEthiopic-Bold.ttf", "Noto Sans Ethiopic", 700, false));

    /** Languages whose text a bundled family prints first. */
    private static final Map<String, List<String>> FIRST_FOR = Map.of(
            "Noto Naskh Arabic", List.of("ar", "fa", "ps", "ur", "ckb"),
            "Noto Sans Ethiopic", List.of("ti", "am"));

    private final List<Face> faces = new ArrayList<>(FACES);
    private final List<byte[]> bytes;
    private final Map<String, List<String>> firstFor = new LinkedHashMap<>(FIRST_FOR);
    private final BitSet coverage = new BitSet();
    private final String fingerprint;

    public PdfFonts(Templates templates) {
        this(templates, List.of());
    }

    /** @param added fonts the site adds (site.yml pdf: fonts:), read from their files */
    public PdfFonts(Templates templates, List<org.kring.model.PrintFont> added) {
        List<byte[]> b = new ArrayList<>(FACES.stream().map(f -> templates.file("fonts/" + f.file())).toList());
        for (int i = 0; i < added.size(); i++) {
            org.kring.model.PrintFont f = added.get(i);
            String family = "Kring Site Font " + (i + 1);
            faces.add(new Face("site-" + (i + 1) + "-regular.ttf", family, 400, false));
            b.add(read(f.regular()));
            if (f.bold() != null) {
                faces.add(new Face("site-" + (i + 1) + "-bold.ttf", family, 700, false));
                b.add(read(f.bold()));
            }
            firstFor.put(family, f.languages());
        }
        this.bytes = List.copyOf(b);
        java.security.MessageDigest md = Hashing.sha256();
        for (int i = 0; i < faces.size(); i++) {
            md.update(bytes.get(i));
            if (faces.get(i).weight() == 400 && !faces.get(i).italic()) {
                addCoverage(bytes.get(i));
            }
        }
        this.fingerprint = Hashing.hex(md.digest());
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which family prints what: every family in every list, so the browser falls back per character; a
     * script's family first for its languages. The page-margin boxes (header, page numbers) get the same.
     */
    String families() {
        List<String> all = faces.stream().map(Face::family).distinct().map(f -> "'" + f + "'").toList();
        StringBuilder css = new StringBuilder();
        css.append("html, [lang] { font-family: ").append(String.join(", ", all)).append("; }\n");
        css.append("@page { @top-center { font-family: ").append(String.join(", ", all)).append("; } ")
                .append("@bottom-center { font-family: ").append(String.join(", ", all)).append("; } }\n");
        firstFor.forEach((family, langs) -> {
            if (langs.isEmpty()) {
                return;
            }
            List<String> order = new ArrayList<>();
            order.add("'" + family + "'");
            all.stream().filter(f -> !f.equals("'" + family + "'")).forEach(order::add);
            css.append(String.join(", ", langs.stream().map(l -> "[lang|=\"" + l + "\"]").toList()))
                    .append(" { font-family: ").append(String.join(", ", order)).append("; }\n");
        });
        return css.toString();
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

    /** An SVG that sets text bold: by name or a heavy weight, as an attribute or in CSS. */
    private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile(
            "bold|font-weight\\s*[:=]\\s*[\"']?\\s*[5-9]00");

    /** Changes when any font changes, so cached PDFs made with other fonts are rendered again. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The {@code @font-face} rules that load every face from {@code prefix} + its file name, and the family rules. */
    String fontFaces(String prefix) {
        StringBuilder css = new StringBuilder();
        for (Face f : faces) {
            css.append("@font-face { font-family: '").append(f.family()).append("'; src: url(\"/").append(prefix)
                    .append(f.file()).append("\") format('truetype'); font-weight: ").append(f.weight())
                    .append("; font-style: ").append(f.italic() ? "italic" : "normal").append("; }\n");
        }
        return css.append(families()).toString();
    }

    /**
     * The SVG with the bundled fonts for its text. A picture printed as an image is a document of its own:
     * it cannot use the page's fonts, and its generic families (sans-serif) would take the machine's fonts,
     * so the bytes of the PDF would depend on the machine. The faces its text needs go in as data.
     */
    byte[] svgWithFonts(byte[] svg) {
        String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher root = java.util.regex.Pattern.compile("<svg\\b[^>]*>").matcher(text);
        if (!text.contains("<text") || !root.find()) {
            return svg;
        }
        StringBuilder css = new StringBuilder("<style>");
        java.util.Set<String> families = new java.util.LinkedHashSet<>();
        // Only the faces its text can use: each face is half a megabyte the browser decodes and checks again for
        // every picture it prints.
        boolean bold = BOLD.matcher(text).find();
        boolean italic = text.contains("italic") || text.contains("oblique");
        for (int i = 0; i < faces.size(); i++) {
            Face f = faces.get(i);
            if (f.weight() > 400 && !bold || f.italic() && !italic) {
                continue;
            }
            boolean needed = f.family().equals("Noto Sans") || f.family().startsWith("Kring Site Font") || f.family().contains("Arabic")
                    && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                    || f.family().contains("Ethiopic")
                    && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ETHIOPIC);
            if (needed) {
                families.add("'" + f.family() + "'");
                css.append("@font-face{font-family:'").append(f.family()).append("';font-weight:").append(f.weight())
                        .append(";font-style:").append(f.italic() ? "italic" : "normal")
                        .append(";src:url(data:font/ttf;base64,")
                        .append(java.util.Base64.getEncoder().encodeToString(bytes.get(i))).append(")}");
            }
        }
        css.append("text,tspan,textPath{font-family:").append(String.join(",", families)).append(" !important}</style>");
        return new StringBuilder(text).insert(root.end(), css).toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bytes of the face in {@code file}, or null when there is no such face. */
    byte[] file(String file) {
        for (int i = 0; i < faces.size(); i++) {
            if (faces.get(i).file().equals(file)) {
                return bytes.get(i);
            }
        }
        return null;
    }
}
