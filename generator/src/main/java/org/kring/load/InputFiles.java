package org.kring.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.kring.Problems;
import org.kring.model.SourceFile;

/** Finding and reading input files: UTF-8 only, line endings normalised, hidden files skipped. */
public final class InputFiles {
    /**
     * Far beyond any text file of a curriculum (a long session guide is 50 KiB, a PO file of a whole large
     * site some MiB), and refused before reading: a file of gigabytes (a disk image saved under content/ by
     * mistake) would not fit in memory.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private InputFiles() {
    }

    /** Regular files under {@code dir}, sorted, skipping hidden files and folders. Empty when dir is missing. */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.startsWith(".") || s.endsWith("~") || s.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    /** The path of {@code file} relative to {@code root}, with forward slashes. */
    public static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Reads a text file; returns null after recording a problem when it is not valid UTF-8. */
    public static SourceFile read(Path root, Path file, Problems problems) {
        String name = name(root, file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(name, 0, "the file is " + (size >> 20) + " MiB; Kring reads text files up to "
                        + (MAX_BYTES >> 20) + " MiB");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(name, 0, "cannot read the file: " + org.kring.write.Failures.reason(e));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(name, lineOfBadByte(bytes), "the file is not UTF-8 text; save it as UTF-8");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new SourceFile(file, name, text);
    }

    private static int lineOfBadByte(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) {
                return line;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return line;
    }
}
