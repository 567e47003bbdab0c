package org.kring.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kring.segment.Segment;

/**
 * What the last sync wrote in one PO file, and what the Markdown translation said then, entry by entry.
 * Without it, a PO entry that differs from the translation in translations/ could be a translator's new
 * work or an old text that someone has since corrected in the Markdown; importing it blindly would undo the
 * correction. With it, sync sees which side changed since, takes that one, and stops when both changed
 * differently. Kept as short hashes (the texts are in the PO and the Markdown already), one line per entry,
 * in {@code po/.kring/<language>/<path>.sync}; a missing or damaged record means "unknown": the PO wins.
 */
final class PoSyncRecord {
    private static final String HEADER = "# Written by 'kring translate sync': per entry of %s, what the sync wrote "
            + "in it and what the translation said (hashes), so the next sync knows which side changed. Do not edit.";

    /** Entry key hash → {hash of what the PO entry held, hash of the Markdown translation}. */
    private final Map<String, String[]> entries;

    private PoSyncRecord(Map<String, String[]> entries) {
        this.entries = entries;
    }

    /** The record of entries just written, with the Markdown translation of each (null when none). */
    static PoSyncRecord of(List<PoCatalog.Entry> written, Function<PoCatalog.Entry, String> markdown) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (PoCatalog.Entry e : written) {
            if (!e.obsolete()) {
                m.put(hash(e.key()), new String[] {hash(state(e)), hash(markdownState(markdown.apply(e)))});
            }
        }
        return new PoSyncRecord(m);
    }

    /** The record in {@code file}, or null when there is none or it cannot be read. */
    static PoSyncRecord read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<String, String[]> m = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split(" ");
                if (parts.length != 3) {
                    return null;
                }
                m.put(parts[0], new String[] {parts[1], parts[2]});
            }
            return new PoSyncRecord(m);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    String text(String poName) {
        StringBuilder sb = new StringBuilder(String.format(HEADER, poName)).append('\n');
        entries.forEach((k, v) -> sb.append(k).append(' ').append(v[0]).append(' ').append(v[1]).append('\n'));
        return sb.toString();
    }

    /** True when the record has this entry (by msgctxt and msgid). */
    boolean knows(PoCatalog.Entry e) {
        return entries.containsKey(hash(e.key()));
    }

    /** True when the entry still holds what the last sync wrote (the same text, the same fuzzy mark). */
    boolean poUnchanged(PoCatalog.Entry e) {
        String[] v = entries.get(hash(e.key()));
        return v != null && v[0].equals(hash(state(e)));
    }

    /** True when the translation says what it said at the last sync for this entry. */
    boolean markdownUnchanged(PoCatalog.Entry e, String markdown) {
        String[] v = entries.get(hash(e.key()));
        return v != null && v[1].equals(hash(markdownState(markdown)));
    }

    private static String state(PoCatalog.Entry e) {
        return (e.fuzzy() ? "fuzzy" : "") + '\u0000' + Segment.normalize(e.str());
    }

    private static String markdownState(String markdown) {
        return markdown == null ? "\u0001none" : Segment.normalize(markdown);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
