package org.kring.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The preview server's output: files go straight into the output folder, each through a temporary file
 * and an atomic rename, so a browser never gets half a page. Files whose bytes did not change are not
 * touched. Keeps the same manifest as a build, so a later {@code kring build} knows what is there.
 */
public final class LiveOutput implements OutputSink {
    private final Path out;
    private final Path manifestFile;
    /** What is in the output folder: path → size and time. */
    private final Map<String, Manifest.Entry> present = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    public LiveOutput(Path out, Path cacheDir) {
        this.out = out.toAbsolutePath().normalize();
        this.manifestFile = Manifest.fileFor(this.out, cacheDir);
        Manifest m = Files.isDirectory(this.out) ? Manifest.read(manifestFile) : null;
        if (m != null) {
            present.putAll(m.files());
        }
        try {
            Files.createDirectories(this.out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path out() {
        return out;
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path target = out.resolve(path);
        Manifest.Entry same = SiteWriter.unchanged(target, bytes);
        if (same != null) {
            present.put(path, same);
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = AtomicWrite.tempBeside(target);
            Files.write(tmp, bytes);
            long modified = Files.getLastModifiedTime(tmp).toMillis();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            present.put(path, new Manifest.Entry(bytes.length, modified, org.kring.Checksum.of(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        changed.add(path);
    }

    @Override
    public boolean changed(String path) {
        return changed.contains(path);
    }

    /** The files written since the last call. */
    public Set<String> takeChanged() {
        Set<String> c = Set.copyOf(changed);
        changed.removeAll(c);
        return c;
    }

    /**
     * A pass that renders every file of some kind (all pages, or all PDFs); when it ends, files of that kind
     * it did not write belong to content that is gone and are deleted. Passes may run at the same time.
     */
    public final class Pass implements OutputSink {
        private final Set<String> produced = ConcurrentHashMap.newKeySet();

        @Override
        public void write(String path, byte[] bytes) {
            produced.add(path);
            LiveOutput.this.write(path, bytes);
        }

        @Override
        public boolean changed(String path) {
            return LiveOutput.this.changed(path);
        }

        /** Deletes the files in {@code scope} this pass did not write. */
        public void deleteStale(Predicate<String> scope) {
            for (String path : Set.copyOf(present.keySet())) {
                if (scope.test(path) && !produced.contains(path)) {
                    delete(path);
                }
            }
        }
    }

    public Pass startPass() {
        return new Pass();
    }

    public void delete(String path) {
        try {
            Files.deleteIfExists(out.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        present.remove(path);
        changed.add(path);
    }

    /** Writes the manifest, so a build after the server knows what the output folder holds. */
    public void saveManifest() {
        new Manifest("", null, Map.copyOf(present)).write(manifestFile);
    }
}
