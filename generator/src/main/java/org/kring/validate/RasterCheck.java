package org.kring.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.kring.Problem;

/**
 * A PNG, JPEG or GIF picture is decoded whole, as a browser and the PDF engine will, so a truncated or
 * damaged file is reported instead of showing as a grey half or being left out of a PDF. The size is read
 * from the header first: a picture too large to decode (a "decompression bomb" of a few kilobytes that
 * claims 100000 × 100000 pixels) is refused before a single row is decoded. Decoding is subsampled into a
 * small image, so even the largest allowed picture costs little memory, while every byte is still read.
 */
final class RasterCheck {
    /**
     * Decoding reads every pixel but keeps at most about this many: the decoders then skip most of the work of
     * converting and storing pixels (a 2-megapixel photo decodes in half the time), and memory stays small.
     */
    private static final long KEPT_PIXELS = 65_536;
    /** An animation with more frames than this is not a picture for a care guide. */
    private static final int MAX_FRAMES = 2000;

    private RasterCheck() {
    }

    static List<Problem> check(String name, PictureFormat format, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        if (format == PictureFormat.PNG && !pngChunks(name, bytes, problems)) {
            return problems;
        }
        if (format == PictureFormat.GIF && bytes.length >= 10) {
            // Browsers allocate the animation's whole screen, whatever its frames' sizes.
            Problem screen = PictureCheck.sizeProblem(name, (bytes[6] & 0xFF) | (bytes[7] & 0xFF) << 8,
                    (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8, 0, 0);
            if (screen != null) {
                return List.of(screen);
            }
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(format);
            try {
                reader.setInput(in, false, true);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                decode(name, format, reader, problems);
                for (String w : warnings) {
                    if (serious(w)) {
                        problems.add(Problem.error(name, 0, damaged(format) + w.strip()));
                        break;
                    }
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // The decoders throw runtime exceptions on some damaged files too; either way the file is damaged.
            problems.add(Problem.error(name, 0, damaged(format) + reason(e)));
        }
        return problems;
    }

    private static void decode(String name, PictureFormat format, ImageReader reader, List<Problem> problems)
            throws IOException {
        long pixels = 0;
        for (int frame = 0; frame < MAX_FRAMES; frame++) {
            int width;
            int height;
            try {
                width = reader.getWidth(frame);
                height = reader.getHeight(frame);
            } catch (IndexOutOfBoundsException e) {
                return; // no more frames
            }
            pixels += (long) width * height;
            Problem tooLarge = PictureCheck.sizeProblem(name, width, height, pixels, frame);
            if (tooLarge != null) {
                problems.add(tooLarge);
                return;
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) width * height / KEPT_PIXELS));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            if (format == PictureFormat.JPEG) {
                // The raster needs no colour conversion, so CMYK photos (which browsers show) decode too.
                reader.readRaster(frame, param);
            } else {
                reader.read(frame, param);
            }
            if (format != PictureFormat.GIF) {
                return;
            }
        }
        problems.add(Problem.error(name, 0, "the animation has more than " + MAX_FRAMES + " frames; shorten it or use "
                + "a still picture"));
    }

    private static ImageReader reader(PictureFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.label().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK has no " + format.label() + " decoder");
        }
        return readers.next();
    }

    /**
     * JPEG decoders warn about data that ends early or is corrupt and fill in grey; browsers show the same
     * grey. Extra bytes between segments or a missing end marker after complete data show nothing wrong.
     */
    private static boolean serious(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return !w.contains("extraneous bytes") && !(w.contains("missing eoi") && !w.contains("premature"));
    }

    /**
     * A PNG is a signature and a chain of chunks, each with its length and a checksum; browsers refuse a
     * picture with a wrong checksum even where other decoders do not look. Returns false when the chain is
     * broken (the rest of the check would only repeat it).
     */
    private static boolean pngChunks(String name, byte[] b, List<Problem> problems) {
        int at = 8;
        boolean seenData = false;
        CRC32 crc = new CRC32();
        while (true) {
            if (at + 8 > b.length) {
                problems.add(Problem.error(name, 0, cutOff(b.length, PictureFormat.PNG)));
                return false;
            }
            long length = readInt(b, at) & 0xFFFFFFFFL;
            String type = new String(b, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (at + 12 + length > b.length) {
                problems.add(Problem.error(name, 0, cutOff(b.length, PictureFormat.PNG)));
                return false;
            }
            crc.reset();
            crc.update(b, at + 4, (int) length + 4);
            if ((int) crc.getValue() != readInt(b, at + 8 + (int) length)) {
                problems.add(Problem.error(name, 0, "the picture is damaged: its " + type.strip() + " chunk at byte "
                        + at + " has a wrong checksum, so browsers will not show it; export or copy it again"));
                return false;
            }
            seenData |= type.equals("IDAT");
            at += 12 + (int) length;
            if (type.equals("IEND")) {
                if (!seenData) {
                    problems.add(Problem.error(name, 0, "the picture is damaged: it has no image data (no IDAT "
                            + "chunk); export it again"));
                    return false;
                }
                return true;
            }
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    static String cutOff(int length, PictureFormat format) {
        return "the picture is cut off: the file ends after " + length + " bytes, before the " + format.label()
                + " data does (an interrupted copy or download?); copy or export it again";
    }

    private static String damaged(PictureFormat format) {
        return "the picture is damaged and cannot be decoded as " + format.label() + ": ";
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t instanceof java.io.EOFException) {
                return "the data ends early (cut off: an interrupted copy or download?)";
            }
            t = t.getCause();
        }
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
