package org.kring.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The write stage. Every output file goes first into a staging folder beside the output folder; only when
 * the whole build succeeded is it swapped in. A failed build leaves the previous site untouched.
 *
 * <p>The writer remembers the hash of every file it wrote (a manifest under the site's
 * {@code .kring-cache/}), so a rebuild stages only files whose bytes changed, then moves them in and deletes
 * pages that no longer exist. Without a usable manifest (first build, deleted output) everything is staged
 * and the staging folder replaces the output folder in one rename.
 */
public final class SiteWriter implements OutputSink, AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path manifestFile;
    private final Map<String, Entry> previous;
    private final boolean full;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final Map<String, Boolean> changed = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private volatile boolean done;

    private record Entry(String hash, long size) {
    }

    /** What a commit did. */
    public record Result(int files, int written, int deleted) {
    }

    public SiteWriter(Path out, Path cacheDir) {
        this.out = out.toAbsolutePath().normalize();
        Path parent = this.out.getParent();
        this.staging = parent.resolve("." + this.out.getFileName() + ".kring-staging");
        this.manifestFile = manifestFile(this.out, cacheDir);
        Map<String, Entry> prev = Files.isDirectory(this.out) ? readManifest(manifestFile) : null;
        this.previous = prev == null ? Map.of() : prev;
        this.full = prev == null;
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
    }

    public Path out() {
        return out;
    }

    /** Stages {@code bytes} as {@code path} (relative, forward slashes) unless the output already has them. */
    @Override
    public void write(String path, byte[] bytes) {
        if (done) {
            throw new IllegalStateException("the writer was already committed or aborted");
        }
        String hash = hash(bytes);
        Entry entry = new Entry(hash, bytes.length);
        if (current.put(path, entry) != null) {
            throw new IllegalStateException("two outputs for the same file: " + path);
        }
        Entry old = previous.get(path);
        if (!full && entry.equals(old) && sameSize(out.resolve(path), bytes.length)) {
            return;
        }
        Path target = staging.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        changed.put(path, Boolean.TRUE);
        written.incrementAndGet();
    }

    /** The number of files staged so far because their bytes changed. */
    public int writtenSoFar() {
        return written.get();
    }

    /** Moves the staged files into the output folder and records the manifest. */
    public Result commit() {
        if (done) {
            throw new IllegalStateException("already committed or aborted");
        }
        done = true;
        int deleted = 0;
        try {
            if (full) {
                Path old = out.getParent().resolve("." + out.getFileName() + ".kring-old");
                deleteTree(old);
                if (Files.exists(out)) {
                    deleted = countFiles(out);
                    move(out, old);
                }
                move(staging, out);
                deleteTree(old);
            } else {
                for (String path : new TreeMap<>(changed).keySet()) {
                    Path target = out.resolve(path);
                    Files.createDirectories(target.getParent());
                    move(staging.resolve(path), target);
                }
                List<String> stale = new ArrayList<>();
                for (String path : previous.keySet()) {
                    if (!current.containsKey(path)) {
                        stale.add(path);
                    }
                }
                for (String path : stale) {
                    Path p = out.resolve(path);
                    if (Files.deleteIfExists(p)) {
                        deleted++;
                    }
                    removeEmptyParents(p.getParent());
                }
                deleteTree(staging);
            }
            writeManifest();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + out, e);
        }
        return new Result(current.size(), written.get(), deleted);
    }

    /** Drops the staged files; the output folder stays as it was. */
    public void abort() {
        if (!done) {
            done = true;
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // The staging folder is hidden and replaced by the next build.
            }
        }
    }

    @Override
    public void close() {
        abort();
    }

    private void writeManifest() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Entry> e : new TreeMap<>(current).entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue().hash).append('\t').append(e.getValue().size)
                    .append('\n');
        }
        Files.createDirectories(manifestFile.getParent());
        Path tmp = manifestFile.resolveSibling(manifestFile.getFileName() + ".tmp");
        Files.writeString(tmp, sb);
        move(tmp, manifestFile);
    }

    /** Where the hashes of an output folder's files are kept between builds. */
    static Path manifestFile(Path out, Path cacheDir) {
        return cacheDir.resolve("output-" + shortHash(out.toAbsolutePath().normalize().toString()) + ".manifest");
    }

    /** The manifest as path → "hash\tsize", or null when there is none. */
    static Map<String, String> readManifestLines(Path file) {
        Map<String, Entry> m = readManifest(file);
        if (m == null) {
            return null;
        }
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.hash + "\t" + v.size));
        return out;
    }

    static String hashOf(byte[] bytes) {
        return hash(bytes);
    }

    private static Map<String, Entry> readManifest(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, Entry> m = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    return null;
                }
                m.put(parts[0], new Entry(parts[1], Long.parseLong(parts[2])));
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return m;
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(out) && !dir.equals(out)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private static boolean sameSize(Path p, long size) {
        try {
            return Files.size(p) == size;
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int countFiles(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return (int) s.filter(Files::isRegularFile).count();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String hash(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortHash(String s) {
        return hash(s.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
