package org.kring.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.kring.segment.Segment;

/**
 * What a translation was when it was exported, carried in the exchange file itself (a PO extracted comment,
 * an XLIFF note) as a short hash, so an import can tell three texts apart: the one exported, the one the
 * translator sends back and the one in the translation file now. Without it, an old exchange file returned
 * months later would silently put back text a reviewer has since corrected in the file.
 */
public final class ExportBase {
    /** The comment's prefix; translators' tools keep extracted comments as they are. */
    static final String PREFIX = "kring-base: ";

    /** How the exchange file's translation relates to the file's translation now. */
    public enum Verdict {
        /** No base in the entry (an older export, a file made by hand or by the PO repository flow). */
        UNKNOWN,
        /** The translator did not change the exported text: the file's translation, newer or not, stays. */
        UNTOUCHED,
        /** The translation file is as it was at the export: the translator's text goes in. */
        APPLY,
        /** Both the translator and someone editing the translation file changed it, differently. */
        CONFLICT
    }

    private ExportBase() {
    }

    /** The comment that records {@code exported} as the entry's translation at export. */
    static String comment(String exported) {
        return PREFIX + hash(exported);
    }

    /**
     * @param entry   the entry as the translator sends it back
     * @param current the translation the file has now for the same text, exported the same way ("" for none)
     */
    public static Verdict of(Message entry, String current) {
        String base = null;
        for (String c : entry.comments()) {
            if (c.startsWith(PREFIX)) {
                base = c.substring(PREFIX.length()).strip();
            }
        }
        if (base == null) {
            return Verdict.UNKNOWN;
        }
        String imported = Segment.normalize(entry.target());
        if (hash(imported).equals(base)) {
            return Verdict.UNTOUCHED;
        }
        String now = Segment.normalize(current == null ? "" : current);
        return hash(now).equals(base) || now.equals(imported) ? Verdict.APPLY : Verdict.CONFLICT;
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Segment.normalize(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
