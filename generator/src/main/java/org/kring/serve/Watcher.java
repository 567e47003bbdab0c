package org.kring.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site's sources (content/, translations/, templates/ and site.yml) and reports changed files in
 * batches: after the first event it waits until the folder has been quiet for a moment, so an editor that
 * saves through a temporary file and a rename, or a burst of saves, gives one rebuild. Editors' temporary
 * and backup files are ignored. A folder created (a checkout) is reported as the files in it; when the
 * watcher cannot tell which files changed (a watched folder deleted or renamed, a folder it cannot read, too
 * many events at once), the batch holds the site folder itself, which means: read everything again. The
 * watching thread survives whatever the consumer throws.
 */
public final class Watcher implements AutoCloseable {
    /** How long the sources must be quiet before a batch is reported. */
    static final long QUIET_MILLIS = 12;
    /** A batch is reported after this long even if saves keep coming. */
    static final long MAX_WAIT_MILLIS = 250;

    /** The site's source folders; everything else at the top of the site folder but site.yml is not a source. */
    private static final Set<String> SOURCES = Set.of("content", "translations", "templates");

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    /** Every folder being watched: a deleted one is known as a folder after it is gone. */
    private final Set<Path> folders = new HashSet<>();
    /** Folders that could not be read: when their permissions change, they are read again. */
    private final Set<Path> blocked = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;

    public Watcher(Path site, Consumer<Set<Path>> onChange) {
        this.site = site.toAbsolutePath().normalize();
        try {
            this.service = FileSystems.getDefault().newWatchService();
            WatchKey key = this.site.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            dirs.put(key, this.site);
            for (String dir : SOURCES) {
                Path d = this.site.resolve(dir);
                if (Files.isDirectory(d)) {
                    registerTree(d, null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(() -> loop(onChange), "kring-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Watches {@code root} and every folder under it, and adds the files in them to {@code files} (when not
     * null). Returns false when part of the tree could not be read or watched (a folder without permission,
     * one deleted meanwhile): then only a full read of the site is sure to see everything.
     */
    private boolean registerTree(Path root, Set<Path> files) throws IOException {
        boolean[] complete = {true};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                if (!d.equals(root) && ignored(site.relativize(d))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                try {
                    dirs.put(d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), d);
                    folders.add(d);
                } catch (IOException e) {
                    blocked.add(d);
                    complete[0] = false;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                if (files != null && a.isRegularFile() && !ignored(site.relativize(f))) {
                    files.add(f);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                blocked.add(f);
                complete[0] = false;
                return FileVisitResult.CONTINUE;
            }
        });
        return complete[0];
    }

    private void loop(Consumer<Set<Path>> onChange) {
        boolean lost = false;
        while (running) {
            try {
                WatchKey first = service.take();
                Set<Path> batch = new LinkedHashSet<>();
                if (lost) {
                    batch.add(site); // the last batch went wrong before it was applied: read everything
                    lost = false;
                }
                drain(first, batch);
                long start = System.nanoTime();
                while (true) {
                    WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == null || (System.nanoTime() - start) / 1_000_000 > MAX_WAIT_MILLIS) {
                        if (next != null) {
                            drain(next, batch);
                        }
                        break;
                    }
                    drain(next, batch);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(batch);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (Throwable t) {
                // Whatever one batch did (the consumer reports its own failures; this is the last resort), the
                // preview must see the next save: the thread goes on.
                System.err.println("kring serve: " + RebuildFailure.of(t, Set.of(), site).message());
                lost = true;
            }
        }
    }

    private void drain(WatchKey key, Set<Path> batch) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                batch.add(site); // events were lost: read everything again
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (dir.equals(site) && !file.getFileName().toString().equals("site.yml")
                    && !SOURCES.contains(file.getFileName().toString())) {
                continue;
            }
            if (ignored(site.relativize(file))) {
                continue;
            }
            if (event.kind() == ENTRY_DELETE && folders.contains(file)) {
                // A watched folder deleted or renamed: which of its files the site had is not known here.
                folders.removeIf(f -> f.startsWith(file));
                batch.add(site);
            } else if (event.kind() != ENTRY_DELETE && Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // (a new link to a folder is reported as a file: the loader refuses it, nothing walks into it)
                folder(event.kind() == ENTRY_MODIFY, file, batch);
            } else {
                batch.add(file);
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    /**
     * A folder created, or one whose permissions, times or link count changed: a new one is watched and its
     * files reported; one that cannot be read (now, or before and no longer) asks for a full read, which
     * reports it, or sees it again.
     */
    private void folder(boolean modified, Path dir, Set<Path> batch) {
        boolean readable = Files.isReadable(dir);
        if (modified && folders.contains(dir) && readable && !blocked.remove(dir)) {
            return; // a file added or removed inside: that comes as its own event
        }
        if (!readable) {
            blocked.add(dir);
            batch.add(site);
            return;
        }
        try {
            if (!registerTree(dir, batch)) {
                batch.add(site);
            }
        } catch (IOException e) {
            batch.add(site); // gone again: a full read sees what is there
        }
    }

    /**
     * Editors' temporary, swap and backup files (vim, Emacs, Kate, GNOME, JetBrains' safe write), and hidden
     * files other than translation records.
     * {@code file} is relative to the site folder.
     */
    static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.startsWith(".#") || name.startsWith("#") || name.equals("4913") || name.endsWith(".kate-swp")
                || name.startsWith(".goutputstream") || name.endsWith(".crdownload")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___")) {
            return true;
        }
        for (Path part : file) {
            String p = part.toString();
            if (p.startsWith(".") && !p.equals(".kring")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        running = false;
        try {
            service.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        thread.interrupt();
    }
}
