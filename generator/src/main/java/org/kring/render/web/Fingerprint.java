package org.kring.render.web;

import java.util.HexFormat;

/**
 * Content-hashed file names, so browsers can cache CSS and scripts for a year and still see changes; also what a
 * rebuild compares to know whether what other pages show of a text changed ({@code Rebuild}).
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    static String name(String file, byte[] bytes) {
        int dot = file.lastIndexOf('.');
        return file.substring(0, dot) + "." + hash(bytes) + file.substring(dot);
    }

    /**
     * Ten hex digits of the bytes' CRC-32C and CRC-32: the version a name or a link's {@code ?v=} carries. Not a
     * defence against anyone, only a name that changes when the bytes do; both checksums run in the processor's
     * own instructions, where a cryptographic hash of every language's search index cost a tenth of a second.
     */
    public static String hash(byte[] bytes) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        long both = c.getValue() << 32 | d.getValue();
        return HexFormat.of().toHexDigits(both).substring(0, 10);
    }
}
