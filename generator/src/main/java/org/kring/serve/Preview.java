package org.kring.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.kring.BuildOptions;
import org.kring.Problem;

/**
 * The running preview: the live site, the file server and the watcher wired together. An edit is applied
 * at once; open pages reload, or show the problems; PDFs follow in the background and never hold up a
 * reload. {@link #close} stops everything and keeps the output's manifest.
 */
public final class Preview implements AutoCloseable {
    private final LiveSite live;
    private final java.nio.file.Path site;
    private final DevServer server;
    private final Watcher watcher;
    private final ExecutorService pdfs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kring-pdf");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pdfQueued = new AtomicBoolean();
    private final boolean withPdf;
    private final PrintStream log;
    private final Object lock = new Object();
    private volatile Consumer<LiveSite.Update> listener = u -> { };

    public Preview(BuildOptions options, String bind, int port, PrintStream log) throws IOException {
        this.log = log;
        this.withPdf = options.pdf();
        this.live = new LiveSite(options);
        this.site = options.site();
        LiveSite.Update first = rebuild(java.util.Set.of(), live::start);
        report(first);
        this.server = new DevServer(live.out(), bind, port);
        server.problems(first.problems());
        if (withPdf && first.ok()) {
            queuePdfs();
        }
        this.watcher = new Watcher(options.site(), this::apply);
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** Told about every update after it was applied (and the reload sent): for tests and benchmarks. */
    public void onUpdate(Consumer<LiveSite.Update> l) {
        this.listener = l;
    }

    /**
     * Runs a rebuild; whatever it throws becomes a problem the browser and the console show, so a save that
     * breaks Kring itself (not only the content) never stops the preview.
     */
    private LiveSite.Update rebuild(java.util.Set<java.nio.file.Path> changed,
            java.util.function.Supplier<LiveSite.Update> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } catch (Throwable t) {
            return new LiveSite.Update(List.of(RebuildFailure.of(t, changed, site)), java.util.Set.of(), true,
                    System.nanoTime() - t0);
        }
    }

    private void apply(java.util.Set<java.nio.file.Path> changed) {
        synchronized (lock) {
            LiveSite.Update u = rebuild(changed, () -> live.apply(changed));
            server.problems(u.problems());
            if (u.ok() && !u.written().isEmpty()) {
                server.reload(u.written());
            }
            listener.accept(u);
            report(u);
            if (u.ok() && withPdf) {
                queuePdfs();
            }
            live.save();
        }
    }

    private void queuePdfs() {
        if (pdfQueued.compareAndSet(false, true)) {
            pdfs.submit(() -> {
                pdfQueued.set(false);
                try {
                    LiveSite.Update u = live.renderPdfs();
                    if (!u.problems().isEmpty()) {
                        report(u);
                    } else if (!u.written().isEmpty()) {
                        log.printf(Locale.ROOT, "PDFs: %d files updated in %.1f s%n", u.written().size(), u.nanos() / 1e9);
                        server.reload(u.written());
                    }
                } catch (Throwable t) {
                    // The thread making PDFs goes on too: the next good save queues them again.
                    log.println("PDFs: " + RebuildFailure.of(t, java.util.Set.of(), site).message());
                }
            });
        }
    }

    private void report(LiveSite.Update u) {
        List<Problem> errors = u.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(log::println);
            log.println(errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; the site shows the last good version until it is fixed.");
        } else {
            log.printf(Locale.ROOT, "%s %d files in %.0f ms%n", u.full() ? "Built" : "Updated", u.written().size(),
                    u.nanos() / 1e6);
        }
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
        pdfs.shutdownNow();
        try {
            pdfs.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            live.save();
        }
    }
}
