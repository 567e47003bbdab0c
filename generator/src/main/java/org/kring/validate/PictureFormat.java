package org.kring.validate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The picture formats a site may publish, known by a file's name and, separately, by its first bytes: a
 * server sends a picture with the type its extension names, so the two must agree. These are the formats
 * every browser shows; all but WebP also go into PDFs.
 */
public enum PictureFormat {
    SVG("SVG", List.of("svg")),
    PNG("PNG", List.of("png")),
    JPEG("JPEG", List.of("jpg", "jpeg")),
    GIF("GIF", List.of("gif")),
    WEBP("WebP", List.of("webp"));

    private final String label;
    private final List<String> extensions;

    PictureFormat(String label, List<String> extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    /** Whether the print path can put this format into a PDF: the printing browser shows them all. */
    public boolean printable() {
        return true;
    }

    /** The format a file's name promises, or null when the name is not a picture's. */
    public static PictureFormat ofName(String path) {
        String ext = extension(path);
        for (PictureFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        return null;
    }

    /** The lower-case extension of a path, without the dot; empty when it has none. */
    public static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot <= slash ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The extension to rename a file of this format to. */
    String extension() {
        return extensions.get(0);
    }

    /** The picture format the bytes are, or null when they are none of these. */
    static PictureFormat sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return GIF;
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return WEBP;
        }
        return looksLikeMarkup(b) ? SVG : null;
    }

    /**
     * What bytes that are not the expected picture are, in words a user recognises ("an HTML page", "a PDF
     * document"), or null when they look like nothing in particular.
     */
    static String describe(byte[] b) {
        PictureFormat f = sniff(b);
        if (f != null && f != SVG) {
            return "a " + f.label + " picture";
        }
        String start = textStart(b);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "an HTML page";
        }
        if (ascii(b, 0, "BM")) {
            return "a BMP picture";
        }
        if (starts(b, 0, 'I', 'I', 0x2A, 0) || starts(b, 0, 'M', 'M', 0, 0x2A)) {
            return "a TIFF picture";
        }
        if (ascii(b, 4, "ftypheic") || ascii(b, 4, "ftypheix") || ascii(b, 4, "ftypmif1")) {
            return "a HEIC picture (as phones take them)";
        }
        if (ascii(b, 4, "ftypavif")) {
            return "an AVIF picture";
        }
        if (ascii(b, 0, "%PDF")) {
            return "a PDF document";
        }
        if (starts(b, 0, 0x1F, 0x8B)) {
            return "a gzip-compressed file (an .svgz picture?)";
        }
        if (ascii(b, 0, "PK")) {
            return "a ZIP archive (or an office document)";
        }
        return null;
    }

    /** Markup with an {@code <svg} element near its start. */
    static boolean mentionsSvg(byte[] b) {
        return new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                .contains("<svg");
    }

    /** Markup: after a byte order mark and white space, the first character is '<'. */
    private static boolean looksLikeMarkup(byte[] b) {
        String start = textStart(b);
        return start.startsWith("<");
    }

    /** The first characters of the bytes read as text, without a byte order mark or leading white space, lower case. */
    private static String textStart(byte[] b) {
        int from = starts(b, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String s = new String(b, from, Math.min(b.length - from, 256), StandardCharsets.ISO_8859_1);
        return s.stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String expected) {
        return starts(b, at, expected.chars().toArray());
    }
}
