package org.kring.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a user's file (a translation, an exchange file, a course run's PDF) through a temporary file beside
 * it and one rename, so a crash, a full disk or a kill never leaves half a file where a whole one was.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] bytes) {
        write(file, out -> out.write(bytes));
    }

    /** What a file is written from, as a stream: a large one need not be in memory whole before it is written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    public static void write(Path file, Content content) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = tempBeside(file);
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw Failures.io("cannot write " + file, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // A hidden temporary file left behind; the next write replaces the file anyway.
                }
            }
        }
    }

    /**
     * A new, empty hidden file in {@code file}'s folder to write and then move onto it. It gets the permissions
     * {@code file} has, or for a new file those the user's umask gives any file they make: a temporary file of
     * the JDK's is private (0600), and moved into place it would hide a translator's file from the rest of the
     * team, or a web page from the web server.
     */
    public static Path tempBeside(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".kring-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE).close();
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            java.nio.file.attribute.PosixFileAttributeView from = Files.getFileAttributeView(file,
                    java.nio.file.attribute.PosixFileAttributeView.class);
            java.nio.file.attribute.PosixFileAttributeView to = Files.getFileAttributeView(tmp,
                    java.nio.file.attribute.PosixFileAttributeView.class);
            if (from != null && to != null && Files.exists(file)) {
                try {
                    to.setPermissions(from.readAttributes().permissions());
                } catch (IOException e) {
                    // a file another user owns: it keeps the umask's permissions
                }
            }
            return tmp;
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
}
