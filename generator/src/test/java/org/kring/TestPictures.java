package org.kring;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Real pictures made in memory, and the ways they get damaged, for the picture checks' tests. */
public final class TestPictures {
    /** A 1 × 1 lossy WebP (as browsers' feature tests use). */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    /** A 1 × 1 lossless WebP. */
    public static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestPictures() {
    }

    /** A picture of coloured circles in {@code format} (png, jpeg, gif): enough data that half of it is not a picture. */
    public static byte[] picture(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random r = new Random(1);
        for (int i = 0; i < 200; i++) {
            g.setColor(new Color(r.nextInt()));
            g.fillOval(r.nextInt(width), r.nextInt(height), width / 8 + 1, height / 8 + 1);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png() {
        return picture("png", 200, 150);
    }

    /** The first half of the bytes: a copy or download that was interrupted. */
    public static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** A valid PNG whose header (with a correct checksum) claims {@code width} × {@code height} pixels. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] b = png();
        ByteBuffer bb = ByteBuffer.wrap(b);
        bb.putInt(16, width);
        bb.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        bb.putInt(29, (int) crc.getValue());
        return b;
    }

    /** A PNG with one bit of its image data flipped: its checksum no longer matches. */
    public static byte[] pngWithBadChecksum() {
        byte[] b = png();
        b[b.length - 20] ^= 1;
        return b;
    }
}
