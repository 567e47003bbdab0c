package org.kring.render.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-hashed file names, so browsers can cache CSS and scripts for a year and still see changes. */
final class Fingerprint {
    private Fingerprint() {
    }

    static String name(String file, byte[] bytes) {
        int dot = file.lastIndexOf('.');
        return file.substring(0, dot) + "." + hash(bytes) + file.substring(dot);
    }

    /** Ten hex digits of the bytes' SHA-256: the version a name or a link's {@code ?v=} carries. */
    static String hash(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
