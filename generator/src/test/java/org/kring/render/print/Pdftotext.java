package org.kring.render.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;

/**
 * Text as poppler's pdftotext extracts it: what a reader's copy and search give. PDFBox is kept for
 * geometry; for right-to-left lines printed glyph by glyph it reorders words, which poppler does not.
 */
public final class Pdftotext {
    private Pdftotext() {
    }

    public static String text(byte[] pdf) throws IOException {
        Path f = Files.createTempFile("kring-text", ".pdf");
        try {
            Files.write(f, pdf);
            return text(f, null);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /**
     * @param crop {x, y, width, height} in points of every page to read, or null for the whole page
     */
    public static String text(Path pdf, int[] crop) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            System.err.println("\n*** pdftotext not installed: test SKIPPED. Install Debian's poppler-utils (.ci/run does). ***\n");
            Assumptions.abort("pdftotext not installed (Debian package poppler-utils)");
        }
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("/usr/bin/pdftotext", "-enc", "UTF-8"));
        if (crop != null) {
            cmd.addAll(java.util.List.of("-x", "" + crop[0], "-y", "" + crop[1], "-W", "" + crop[2], "-H", "" + crop[3]));
        }
        cmd.addAll(java.util.List.of(pdf.toString(), "-"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("pdftotext failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    /** Arabic presentation forms: text a screen reader or a search cannot use. */
    public static boolean presentationForm(int c) {
        return c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF;
    }

    /** The letters and digits, in order, without spaces, marks or direction controls. */
    public static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> Character.isLetterOrDigit(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** How often each combining mark occurs. */
    public static Map<Integer, Integer> marks(String s) {
        Map<Integer, Integer> m = new TreeMap<>();
        s.codePoints().filter(c -> Character.getType(c) == Character.NON_SPACING_MARK).forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }
}
