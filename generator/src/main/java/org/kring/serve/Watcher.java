package org.kring.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's sources (content/, translations/, templates/ and site.yml) and reports changed files in
 * batches: after the first event it waits until the folder has been quiet for a moment, so an editor that
 * saves through a temporary file and a rename, or a burst of saves, gives one rebuild. Editors' temporary
 * and backup files are ignored.
 */
public final class Watcher implements AutoCloseable {
    /** How long the sources must be quiet before a batch is reported. */
    static final long QUIET_MILLIS = 12;
    /** A batch is reported after this long even if saves keep coming. */
    static final long MAX_WAIT_MILLIS = 250;

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public Watcher(Path site, Consumer<Set<Path>> onChange) {
        this.site = site.toAbsolutePath().normalize();
        try {
            this.service = FileSystems.getDefault().newWatchService();
            register(this.site, false);
            for (String dir : new String[] {"content", "translations", "templates"}) {
                Path d = this.site.resolve(dir);
                if (Files.isDirectory(d)) {
                    registerTree(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(() -> loop(onChange), "kring-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                register(d, true);
            }
        }
    }

    private void register(Path dir, boolean recursive) throws IOException {
        WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        dirs.put(key, dir);
    }

    private void loop(Consumer<Set<Path>> onChange) {
        while (running) {
            try {
                WatchKey first = service.take();
                Set<Path> batch = new LinkedHashSet<>();
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
            } catch (RuntimeException e) {
                // One bad batch must not stop the watcher; the next save is read again.
                System.err.println("kring serve: " + e);
            }
        }
    }

    private void drain(WatchKey key, Set<Path> batch) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                batch.add(site.resolve("content")); // too many events: treat the sources as changed
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (dir.equals(site) && !file.getFileName().toString().equals("site.yml")) {
                continue;
            }
            if (ignored(site.relativize(file))) {
                continue;
            }
            // A new link to a folder is reported as it is (the loader refuses it), not watched or walked into.
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(file);
                    try (Stream<Path> s = Files.walk(file)) {
                        s.filter(Files::isRegularFile).filter(f -> !ignored(site.relativize(f))).forEach(batch::add);
                    }
                } catch (IOException e) {
                    // The folder went away again; its files are not there to read.
                }
                continue;
            }
            batch.add(file);
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    /**
     * Editors' temporary, swap and backup files, and hidden files other than translation records.
     * {@code file} is relative to the site folder.
     */
    static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.startsWith(".#") || name.startsWith("#") || name.equals("4913") || name.endsWith(".kate-swp")
                || name.startsWith(".goutputstream") || name.endsWith(".crdownload")) {
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
