package org.kring.validate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.kring.Problem;

/**
 * A WebP picture is checked by its container, since the JDK has no WebP decoder: the RIFF header's length
 * against the file's (a cut-off copy is the common damage), every chunk inside the file, an image chunk
 * present, and the size its header gives. The compressed pixels themselves are not decoded.
 */
final class WebpCheck {
    private WebpCheck() {
    }

    static List<Problem> check(String name, byte[] b) {
        if (b.length < 20) {
            return List.of(Problem.error(name, 0, RasterCheck.cutOff(b.length, PictureFormat.WEBP)));
        }
        long declared = le32(b, 4) + 8;
        if (declared > b.length) {
            return List.of(Problem.error(name, 0, RasterCheck.cutOff(b.length, PictureFormat.WEBP)
                    .replace(" bytes, before", " of its " + declared + " bytes, before")));
        }
        int at = 12;
        int width = -1;
        int height = -1;
        boolean image = false;
        while (at + 8 <= declared) {
            String type = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            long size = le32(b, at + 4);
            int data = at + 8;
            if (data + size > declared) {
                return List.of(Problem.error(name, 0, damaged("its " + type.strip() + " chunk runs past the end")));
            }
            switch (type) {
                case "VP8X" -> {
                    if (size < 10) {
                        return List.of(Problem.error(name, 0, damaged("its VP8X header is too short")));
                    }
                    width = le24(b, data + 4) + 1;
                    height = le24(b, data + 7) + 1;
                }
                case "VP8 " -> {
                    if (size < 10 || (b[data + 3] & 0xFF) != 0x9D || (b[data + 4] & 0xFF) != 0x01
                            || (b[data + 5] & 0xFF) != 0x2A) {
                        return List.of(Problem.error(name, 0, damaged("its VP8 image data has no valid start")));
                    }
                    image = true;
                    if (width < 0) {
                        width = le16(b, data + 6) & 0x3FFF;
                        height = le16(b, data + 8) & 0x3FFF;
                    }
                }
                case "VP8L" -> {
                    if (size < 5 || (b[data] & 0xFF) != 0x2F) {
                        return List.of(Problem.error(name, 0, damaged("its lossless image data has no valid start")));
                    }
                    image = true;
                    if (width < 0) {
                        long bits = le32(b, data + 1);
                        width = (int) (bits & 0x3FFF) + 1;
                        height = (int) (bits >> 14 & 0x3FFF) + 1;
                    }
                }
                case "ANMF" -> image = true;
                default -> {
                    // ICCP, ALPH, ANIM, EXIF, XMP and others carry no pixels of their own.
                }
            }
            at = data + (int) size + (int) (size & 1);
        }
        if (!image) {
            return List.of(Problem.error(name, 0, damaged("it holds no image data")));
        }
        if (width <= 0 || height <= 0) {
            return List.of(Problem.error(name, 0, damaged("its header gives no size")));
        }
        Problem tooLarge = PictureCheck.sizeProblem(name, width, height, (long) width * height, 0);
        return tooLarge == null ? List.of() : List.of(tooLarge);
    }

    private static String damaged(String why) {
        return "the picture is damaged and cannot be read as WebP: " + why + "; export it again";
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
