package org.kring.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.kring.BuildResult;

/**
 * The write stage. Every output file goes first into a staging folder beside the output folder; only when
 * the whole build succeeded is it swapped in. A failed build leaves the previous site untouched.
 *
 * <p>With the {@link Manifest} of the previous build, a rebuild stages only files whose bytes changed (a
 * file of the same size is compared byte for byte, so nothing is skipped on a guess), then moves them in
 * and deletes pages that no longer exist. Without a usable manifest (first build, deleted output)
 * everything is staged and the staging folder replaces the output folder in one rename.
 */
public final class SiteWriter implements OutputSink, AutoCloseable {
    private final Path out;
    /** Where the previous build's files are: the output folder, or the cache's copy of the last output. */
    private final Path from;
    /** The output folder is new and starts from the cache's copy of the last output ({@link LastOutput}). */
    private final boolean seeded;
    /** Whether every file of {@link #previous} was found as recorded when this build started. */
    private final boolean checked;
    /** The stamp of the copy's manifest when this build read it ({@link LastOutput#unchanged}); null unless seeded. */
    private final String seedStamp;
    private final Path staging;
    private final Path cacheDir;
    private final Path manifestFile;
    private final Map<String, Manifest.Entry> previous;
    private final Manifest previousManifest;
    private final boolean full;
    /** Kring did not make the output folder and may only add to it (--force): nothing there is deleted. */
    private final boolean force;
    private final OutputLock lock;
    private final Map<String, Manifest.Entry> current = new ConcurrentHashMap<>();
    private final Map<String, Boolean> changed = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private volatile boolean done;
    private Manifest committed;

    /** What a commit did. */
    public record Result(int files, int written, int deleted) {
    }

    public SiteWriter(Path out, Path cacheDir) {
        this(out, cacheDir, false);
    }

    /**
     * @param force write into an output folder that holds files Kring did not write, adding to it and deleting
     *              nothing (without it such a folder is refused at {@link #commit})
     */
    public SiteWriter(Path out, Path cacheDir, boolean force) {
        this(out, cacheDir, force, null);
    }

    /**
     * @param last the manifest of the cache's copy of the last output ({@link LastOutput#usable}), or null: when
     *             {@code out} has no record of its own, the build starts from that copy, writing what changed and
     *             linking the rest into the new folder
     */
    public SiteWriter(Path out, Path cacheDir, boolean force, LastOutput.Seed last) {
        this(out, cacheDir, force, last, null);
    }

    /**
     * @param checked the record of {@code out} as the caller found it, each file checked ({@link Manifest#intact}),
     *                or null: when the record is still that one once the folder is locked, the files this build
     *                keeps are not looked at again one by one
     */
    public SiteWriter(Path out, Path cacheDir, boolean force, LastOutput.Seed last, Manifest checked) {
        this.out = out.toAbsolutePath().normalize();
        this.cacheDir = cacheDir;
        this.force = force;
        Path parent = this.out.getParent();
        this.staging = parent.resolve("." + this.out.getFileName() + ".kring-staging");
        this.manifestFile = Manifest.fileFor(this.out, cacheDir);
        this.lock = OutputLock.take(manifestFile, this.out);
        try {
            Manifest prev = Files.isDirectory(this.out) ? Manifest.read(manifestFile) : null;
            this.seeded = prev == null && last != null;
            if (seeded) {
                prev = last.manifest();
            }
            this.seedStamp = seeded ? last.stamp() : null;
            this.from = seeded ? LastOutput.folder(cacheDir) : this.out;
            this.previous = prev == null ? Map.of() : prev.files();
            this.previousManifest = prev;
            this.full = prev == null;
            this.checked = seeded || prev != null && prev.equals(checked);
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException | RuntimeException e) {
            lock.release();
            throw Failures.io("cannot prepare the output folder " + this.out, e);
        }
    }

    public Path out() {
        return out;
    }

    /**
     * The manifest of the build this one follows, in the same output folder or (when {@link #seeded()}) in the
     * cache's copy of the last output; null for a first build.
     */
    public Manifest previous() {
        return previousManifest;
    }

    /** Where the files of {@link #previous()} are. */
    public Path previousFolder() {
        return from;
    }

    /** Whether this build starts from the cache's copy of the last output, into a new folder. */
    public boolean seeded() {
        return seeded;
    }

    /**
     * Whether every file of {@link #previous()} was found as recorded when this build started (by the caller, before
     * the folder was locked, or by {@link LastOutput#usable} for the copy), so no one need look at them again.
     */
    public boolean checked() {
        return checked;
    }

    /** Stages {@code bytes} as {@code path} (relative, forward slashes) unless the output already has them. */
    @Override
    public void write(String path, byte[] bytes) {
        if (done) {
            throw new IllegalStateException("the writer was already committed or aborted");
        }
        if (current.putIfAbsent(path, new Manifest.Entry(bytes.length, 0)) != null) {
            throw new IllegalStateException("two outputs for the same file: " + path);
        }
        if (!full && previous.containsKey(path)) {
            Manifest.Entry same = unchanged(from.resolve(path), bytes);
            if (same != null) {
                current.put(path, same);
                return;
            }
        }
        Path target = staging.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            current.put(path, new Manifest.Entry(bytes.length, Files.getLastModifiedTime(target).toMillis(),
                    org.kring.Checksum.of(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        changed.put(path, Boolean.TRUE);
        written.incrementAndGet();
    }

    @Override
    public boolean changed(String path) {
        return changed.containsKey(path);
    }

    /** The entry of {@code file} when it already holds exactly {@code bytes}, else null. */
    static Manifest.Entry unchanged(Path file, byte[] bytes) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile() && a.size() == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return new Manifest.Entry(a.size(), a.lastModifiedTime().toMillis(), org.kring.Checksum.of(bytes));
            }
        } catch (IOException e) {
            // Missing or unreadable: write it.
        }
        return null;
    }

    /**
     * Keeps the files under {@code prefix} (such as {@code pdf/}) that the previous build wrote and this one
     * does not: they stay in the output and in its record, so a later build may still replace or remove them.
     */
    public void keep(String prefix) {
        for (Map.Entry<String, Manifest.Entry> e : previous.entrySet()) {
            if (e.getKey().startsWith(prefix) && !current.containsKey(e.getKey())
                    && (checked || Files.isRegularFile(from.resolve(e.getKey()), LinkOption.NOFOLLOW_LINKS))) {
                current.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Every path this build has for the output so far (written, unchanged or kept), sorted. */
    public java.util.SortedSet<String> paths() {
        return new java.util.TreeSet<>(current.keySet());
    }

    /** The bytes this build gave {@code path}: staged when they changed, else the file already in the output. */
    public byte[] bytes(String path) {
        Path file = changed.containsKey(path) ? staging.resolve(path) : from.resolve(path);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * True when every file staged so far is as the previous build left it and none of that build's files outside
     * {@code except} is missing: what is made from the output (the offline copies) would come out the same.
     */
    public boolean sameAsBefore(String except) {
        if (full || written.get() > 0) {
            return false;
        }
        for (String path : previous.keySet()) {
            if (!path.startsWith(except) && !current.containsKey(path)) {
                return false;
            }
        }
        return true;
    }

    /** The number of files staged so far because their bytes changed. */
    public int writtenSoFar() {
        return written.get();
    }

    /**
     * Moves the staged files into the output folder and records the manifest, with the inputs the site
     * was built from and the build's {@code summary} (its pages, PDFs and warnings).
     */
    public Result commit(String inputs, BuildResult summary) {
        if (done) {
            throw new IllegalStateException("already committed or aborted");
        }
        done = true;
        int deleted = 0;
        try {
            if (seeded) {
                link();
            }
            List<String> foreign = full || seeded ? foreignFiles() : List.of();
            if (!foreign.isEmpty() && !force) {
                String files = foreign.size() + (foreign.size() == 1 ? " file" : " files") + " ("
                        + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                        + (foreign.size() > 3 ? ", ..." : "") + ")";
                throw new org.kring.ContentException(org.kring.Problem.error(out.toString(), 0, earlierBuild()
                        // The record of what Kring wrote is in the cache folder; with it gone, Kring cannot tell
                        // its old files from the user's, so it deletes none and says what to do.
                        ? "refusing to write the site here: the folder holds an earlier Kring build whose record of "
                                + "its files (in the cache folder, " + manifestFile.getParent() + ") is gone, with "
                                + files + " this build does not make; move the folder away or delete it and build "
                                + "again, or add the site beside those files with --force"
                        : "refusing to write the site here: the folder holds " + files + " Kring did not write; "
                                + "choose an empty or new folder with --out, or add the site beside them with --force "
                                + "(Kring then deletes nothing there)"));
            }
            if ((full || seeded) && !foreign.isEmpty()) {
                // --force into someone else's folder: add and replace our files, delete nothing.
                for (String path : new TreeMap<>(seeded ? current : changed).keySet()) {
                    Path target = out.resolve(path);
                    Files.createDirectories(target.getParent());
                    move(staging.resolve(path), target);
                }
                deleteTree(staging);
            } else if (full || seeded) {
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
            committed = new Manifest(inputs, summary, Map.copyOf(current));
            committed.write(manifestFile);
        } catch (IOException | UncheckedIOException e) {
            throw Failures.io("cannot move the new site into " + out, e);
        } finally {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // Nothing more can be done; the next build tries again.
            }
            lock.release();
        }
        return new Result(current.size(), written.get(), deleted);
    }

    /** The manifest {@link #commit} recorded, or null before a commit succeeded. */
    public Manifest committed() {
        return committed;
    }

    /**
     * Puts the files this build keeps from the cache's copy of the last output into the staging folder, so the new
     * folder holds the whole site: as links where the copy's files are shared with no other folder (a CI runner,
     * whose last output folder is gone), else as copies, so that two folders of the user's never share a file.
     * Each file must still be the one this build compared or kept: another build with the same cache may have
     * replaced the copy meanwhile, and then this build fails rather than mix two sites.
     */
    private void link() throws IOException {
        boolean links = !LastOutput.shared(cacheDir, out);
        List<String> paths = new ArrayList<>();
        java.util.Set<Path> folders = new java.util.TreeSet<>();
        for (String path : current.keySet()) {
            if (!changed.containsKey(path)) {
                paths.add(path);
                folders.add(staging.resolve(path).getParent());
            }
        }
        // Folders first, parents before children; then the files, in parallel (a link costs the file system
        // about a tenth of a millisecond, and a CI build links thousands).
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        try {
            paths.parallelStream().forEach(path -> {
                Path target = staging.resolve(path);
                Path source = from.resolve(path);
                Manifest.Entry want = current.get(path);
                try {
                    boolean linked = false;
                    if (links) {
                        try {
                            Files.createLink(target, source);
                            linked = true;
                        } catch (IOException | UnsupportedOperationException e) {
                            // Another file system, or one without links: copied below.
                        }
                    }
                    if (!linked) {
                        same(Files.readAttributes(source, BasicFileAttributes.class), want, path);
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                        current.put(path, want.at(Files.readAttributes(target, BasicFileAttributes.class)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            if (!LastOutput.unchanged(cacheDir, seedStamp)) {
                throw changedCopy(); // a file of the copy was replaced or removed while it was linked
            }
            throw e.getCause();
        }
        // A linked file is the copy's file itself: it is the one this build compared if the copy was not changed
        // since its manifest was read (a copied file was checked before it was copied).
        if (!LastOutput.unchanged(cacheDir, seedStamp)) {
            throw changedCopy();
        }
    }

    private static IOException changedCopy() {
        return new IOException("the cache's copy of the last output changed during this build (another build with "
                + "the same cache folder?); build again");
    }

    private static void same(BasicFileAttributes a, Manifest.Entry want, String path) throws IOException {
        if (a.size() != want.size() || a.lastModifiedTime().toMillis() != want.modified()) {
            throw new IOException("the cache's copy of the last output changed during this build (" + path
                    + "; another build with the same cache folder?); build again");
        }
    }

    /**
     * Files in the output folder that this build does not write, when Kring has no record of writing them
     * (no manifest): another tool's, or the user's (a publishing branch's .git, CNAME). A folder holding only
     * files this build writes is an earlier build whose record was deleted, and may be replaced.
     */
    /** Whether the output folder's front page is the language chooser Kring writes. */
    private boolean earlierBuild() {
        try {
            Path index = out.resolve("index.html");
            return Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS) && Files.size(index) < 1 << 20
                    && Files.readString(index).contains("class=\"wrap root-choice\" data-languages=");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private List<String> foreignFiles() throws IOException {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (var s = Files.walk(this.out)) {
            for (Path p : s.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String rel = this.out.relativize(p).toString().replace('\\', '/');
                if (!current.containsKey(rel)) {
                    out.add(rel);
                }
            }
        }
        out.sort(null);
        return out;
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
            lock.release();
        }
    }

    @Override
    public void close() {
        abort();
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

    static void move(Path from, Path to) throws IOException {
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
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
}
