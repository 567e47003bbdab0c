package org.kring;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit checksum of bytes: their CRC-32C and CRC-32 (two polynomials). It tells a file from an edited one of the
 * same size with a chance of one in 2^64 of missing an edit, and costs next to nothing: both CRCs are computed by the
 * processor's instructions even without the optimising compiler, where SHA-256 or FNV-1a over every input or output
 * of a build would cost tenths of a second. Not for anything an attacker chooses.
 */
public final class Checksum {
    private Checksum() {
    }

    public static long of(byte[] bytes) {
        return of(bytes, bytes.length);
    }

    /** The checksum of the first {@code length} bytes of {@code bytes}. */
    public static long of(byte[] bytes, int length) {
        CRC32C c = new CRC32C();
        c.update(bytes, 0, length);
        CRC32 d = new CRC32();
        d.update(bytes, 0, length);
        // Never 0, which records use for "unknown" (the CRCs of no bytes are 0).
        return (c.getValue() << 32 | d.getValue()) ^ 0x9e3779b97f4a7c15L;
    }
}
