package org.kring.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The last build's output, kept in the cache folder as hard links to its files ({@code .kring-cache/last-output/},
 * with its manifest and the build's record beside it), so that a build into a new folder with the cache kept (a CI
 * runner that restores {@code .kring-cache/}) starts from it as a rebuild starts from its own output folder: it
 * renders the pages an edit changed and links the others in.
 *
 * <p>Hard links cost no room: the cache and the output share the files, and Kring never writes into a file it
 * wrote (it writes a new file and moves it over the old one), so the cache keeps the bytes it linked. A file
 * changed in place by another tool shows in its size or time, and then the copy is not used. Where links cannot be
 * made (another file system than the output's, a file system without links) no copy is kept.
 */
public final class LastOutput {
    private static final String NAME = "last-output";
    /** Marks the folder as Kring's: a folder of that name without it is left alone, and no copy is kept. */
    private static final String MARK = ".kring-last-output";

    private LastOutput() {
    }

    /** The folder of the kept files. */
    public static Path folder(Path cacheDir) {
        return cacheDir.resolve(NAME);
    }

    /** Where the record of the build that made the kept output is kept (see {@code Rebuild}). */
    public static Path stateFile(Path cacheDir) {
        return cacheDir.resolve(NAME + ".state");
    }

    private static Path manifestFile(Path cacheDir) {
        return cacheDir.resolve(NAME + ".manifest");
    }

    /** Which output folder the kept files are linked with. */
    private static Path fromFile(Path cacheDir) {
        return cacheDir.resolve(NAME + ".from");
    }

    /**
     * The kept output a build starts from: its manifest, as verified, and the stamp of the manifest's file when it
     * was read ({@link #unchanged}).
     */
    public record Seed(Manifest manifest, String stamp) {
    }

    /**
     * The kept output when a build into {@code out} can start from it: {@code out} is new or empty (a folder with
     * files is either Kring's, with its own record, or someone else's), and every kept file is as the last build
     * left it. Null otherwise.
     */
    public static Seed usable(Path cacheDir, Path out) {
        try {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                    return null;
                }
                try (var s = Files.list(out)) {
                    if (s.findAny().isPresent()) {
                        return null;
                    }
                }
            }
            if (!Files.isRegularFile(stateFile(cacheDir))) {
                return null;
            }
            String stamp = stamp(cacheDir);
            Manifest m = Manifest.read(manifestFile(cacheDir));
            Manifest verified = m != null && m.result() != null ? m.verified(folder(cacheDir)) : null;
            return verified == null ? null : new Seed(verified, stamp);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the kept output is still the one whose manifest had {@code stamp}: a build that changes the copy
     * deletes its manifest first and writes a new one last ({@link #keep}), so a file linked from the copy while
     * this holds before and after is the file the manifest describes. One look at one file, instead of one at each
     * linked file.
     */
    public static boolean unchanged(Path cacheDir, String stamp) {
        try {
            return stamp.equals(stamp(cacheDir));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The manifest file's {@link Manifest#stamp}. */
    private static String stamp(Path cacheDir) throws IOException {
        return Manifest.stamp(manifestFile(cacheDir));
    }

    /**
     * Whether the kept files are shared with an output folder that still exists (a build into a new folder then
     * copies them, so two of the user's folders never share a file; a CI runner's last folder is gone).
     */
    public static boolean shared(Path cacheDir, Path out) {
        try {
            Path from = fromFile(cacheDir);
            if (!Files.isRegularFile(from)) {
                return true;
            }
            Path folder = Path.of(Files.readString(from, StandardCharsets.UTF_8));
            return !folder.equals(out.toAbsolutePath().normalize()) && Files.exists(folder);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Makes the kept output the one just committed to {@code out}: links the files whose record differs from the
     * kept one's, removes those gone, and records the manifest last, so that a copy cut short is never used. Never
     * fails the build: without links (or on any error) no copy is kept.
     *
     * @param state  the record of the build that wrote {@code out}, kept with the copy
     * @param seeded the copy's manifest as verified by {@link #usable} when that build started from it (its files are
     *               then the copy's, linked), else null
     * @param found  the record of {@code out} as that build found it, every file as recorded, or null: a copy made
     *               with that record holds links to those files and is not looked at again one by one (a copy
     *               damaged by hand is still refused where it is used, by {@link #usable})
     */
    public static void keep(Path cacheDir, Path out, Manifest now, Path state, Manifest seeded, Manifest found) {
        Path dir = folder(cacheDir);
        Path from = fromFile(cacheDir);
        String outName = out.toAbsolutePath().normalize().toString();
        try {
            if (!ours(dir)) {
                forget(cacheDir, false);
                return;
            }
            // A file's size and time tell it from another file of the same folder, written at another moment; files
            // of two folders are told apart only when one started from the other.
            Manifest was = seeded;
            if (was == null && sameOutput(from, outName)) {
                was = Manifest.read(manifestFile(cacheDir));
                if (was != null && !was.equals(found) && !was.intact(dir)) {
                    was = null; // a kept file deleted or changed: link them all again
                }
            }
            forget(cacheDir, false);
            if (was == null) {
                SiteWriter.deleteTree(dir);
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARK), "The last output of Kring's build, as hard links to its files.\n");
            Map<String, Manifest.Entry> kept = was == null ? Map.of() : was.files();
            List<String> toLink = new ArrayList<>();
            for (Map.Entry<String, Manifest.Entry> e : now.files().entrySet()) {
                if (!e.getValue().equals(kept.get(e.getKey()))) {
                    toLink.add(e.getKey());
                }
            }
            boolean replace = was != null;
            // Folders first, one by one; then the links, in parallel (a first build links thousands).
            java.util.Set<Path> folders = new java.util.TreeSet<>();
            for (String path : toLink) {
                folders.add(dir.resolve(path).getParent());
            }
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
            try {
                toLink.parallelStream().forEach(path -> {
                    Path link = dir.resolve(path);
                    try {
                        if (replace) {
                            Files.deleteIfExists(link);
                        }
                        Files.createLink(link, out.resolve(path));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            for (String path : kept.keySet()) {
                if (!now.files().containsKey(path)) {
                    Path gone = dir.resolve(path);
                    Files.deleteIfExists(gone);
                    for (Path p = gone.getParent(); !p.equals(dir) && isEmpty(p); p = p.getParent()) {
                        Files.delete(p);
                    }
                }
            }
            Files.copy(state, stateFile(cacheDir), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            AtomicWrite.write(from, outName);
            now.write(manifestFile(cacheDir));
        } catch (IOException | RuntimeException e) {
            forget(cacheDir, true);
        }
    }

    private static boolean ours(Path dir) {
        return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(dir.resolve(MARK), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static boolean sameOutput(Path from, String outName) throws IOException {
        return Files.isRegularFile(from) && Files.readString(from, StandardCharsets.UTF_8).equals(outName);
    }

    /** Deletes the kept output: the next build into a new folder renders everything. */
    public static void discard(Path cacheDir) {
        forget(cacheDir, true);
    }

    /** Makes the kept output unusable (its manifest gone) and, with {@code files}, deletes it. */
    private static void forget(Path cacheDir, boolean files) {
        try {
            Files.deleteIfExists(manifestFile(cacheDir));
            if (files && ours(folder(cacheDir))) {
                SiteWriter.deleteTree(folder(cacheDir));
                Files.deleteIfExists(fromFile(cacheDir));
            }
        } catch (IOException e) {
            // Without its manifest the copy is not used.
        }
    }
}
