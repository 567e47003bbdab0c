package org.kring.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The release zip that {@code mvn package} makes, read as a user's unzip would: with each entry's Unix mode,
 * which {@code java.util.zip} does not expose, so the launcher arrives executable or the test fails.
 */
final class ReleaseZip {
    private ReleaseZip() {
    }

    /** The zip of this build; its path comes from generator/pom.xml (the release runs after package). */
    static Path path() {
        String p = System.getProperty("kring.release.zip");
        if (p == null) {
            throw new IllegalStateException("kring.release.zip is not set: run with mvn verify");
        }
        Path zip = Path.of(p);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: mvn package makes it");
        }
        return zip;
    }

    /** Entry names in the zip's order, each with its Unix mode (0 when the zip gave none). */
    static Map<String, Integer> modes(Path zip) {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = read(ch, size - tail, tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new IllegalStateException(zip + " has no end of central directory");
            }
            int entries = Short.toUnsignedInt(end.getShort(eocd + 10));
            long dirSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long dirStart = Integer.toUnsignedLong(end.getInt(eocd + 16));
            ByteBuffer dir = read(ch, dirStart, (int) dirSize);
            Map<String, Integer> modes = new LinkedHashMap<>();
            int at = 0;
            for (int n = 0; n < entries; n++) {
                if (dir.getInt(at) != 0x02014b50) {
                    throw new IllegalStateException(zip + ": damaged central directory");
                }
                boolean unix = (Short.toUnsignedInt(dir.getShort(at + 4)) >> 8) == 3;
                int nameLength = Short.toUnsignedInt(dir.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(dir.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(dir.getShort(at + 32));
                int external = dir.getInt(at + 38);
                byte[] name = new byte[nameLength];
                dir.get(at + 46, name);
                modes.put(new String(name, java.nio.charset.StandardCharsets.UTF_8),
                        unix ? (external >>> 16) & 07777 : 0);
                at += 46 + nameLength + extraLength + commentLength;
            }
            return modes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks the zip into {@code dir}, with the entries' Unix permissions; returns {@code dir}. */
    static Path unpack(Path zip, Path dir) {
        Map<String, Integer> modes = modes(zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalStateException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                int mode = modes.getOrDefault(entry.getName(), 0);
                if (mode != 0) {
                    Files.setPosixFilePermissions(target, permissions(mode));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }

    private static ByteBuffer read(FileChannel ch, long from, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, from + buf.position()) < 0) {
                throw new IOException("zip ends early");
            }
        }
        return buf.flip();
    }
}
