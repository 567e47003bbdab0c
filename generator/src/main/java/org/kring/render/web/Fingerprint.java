package org.kring.render.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-hashed file names, so browsers can cache CSS and scripts for a year and still see changes. */
final class Fingerprint {
    private Fingerprint() {
    }

    static String name(String file, byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            String hash = HexFormat.of().formatHex(d, 0, 5);
            int dot = file.lastIndexOf('.');
            return file.substring(0, dot) + "." + hash + file.substring(dot);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
