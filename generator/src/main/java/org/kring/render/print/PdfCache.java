package org.kring.render.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Rendered PDFs kept between builds under {@code .kring-cache/pdf/}, keyed by a hash of everything that
 * goes into them (the page's HTML, which holds the content, translation, template and settings; the
 * pictures; the fonts; Kring's version). An unchanged PDF is never rendered again. Entries no build used
 * are removed at the end of a build.
 */
final class PdfCache {
    /** A cached PDF and its page count. */
    record Entry(byte[] bytes, int pages) {
    }

    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    PdfCache(Path dir) {
        this.dir = dir;
    }

    Entry get(String key) {
        used.add(key);
        Path pdf = dir.resolve(key + ".pdf");
        Path pages = dir.resolve(key + ".pages");
        try {
            if (Files.isRegularFile(pdf) && Files.isRegularFile(pages)) {
                return new Entry(Files.readAllBytes(pdf), Integer.parseInt(Files.readString(pages).strip()));
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** True when the cache holds the PDF of {@code key} (without reading it). */
    boolean has(String key) {
        return Files.isRegularFile(dir.resolve(key + ".pdf")) && Files.isRegularFile(dir.resolve(key + ".pages"));
    }

    void put(String key, byte[] bytes, int pages) {
        used.add(key);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key + ".pdf"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(dir.resolve(key + ".pages"), Integer.toString(pages));
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next build.
        }
    }

    /** Deletes entries this build did not use, so the cache does not grow without end. */
    private static final java.util.regex.Pattern OWN = java.util.regex.Pattern.compile("[0-9a-f]{64}\\.(pdf|pages)");

    void prune() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                // Only what this cache wrote (a SHA-256 key with .pdf or .pages): a file of the user's in a
                // folder given as --cache is never deleted.
                if (!OWN.matcher(name).matches()) {
                    continue;
                }
                String key = name.substring(0, name.indexOf('.'));
                if (!used.contains(key)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
