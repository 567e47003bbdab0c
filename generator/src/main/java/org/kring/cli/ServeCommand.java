package org.kring.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kring.BuildOptions;
import org.kring.Problem;
import org.kring.serve.DevServer;
import org.kring.serve.LiveSite;
import org.kring.serve.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds, serves the site on this computer and rebuilds and reloads open pages on every save.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
    Path site = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the website (default: SITE/_site)")
    Path out;

    @Option(names = "--port", paramLabel = "N", description = "The port (default: 8080; 0 for any free one)")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "The address to listen on (default: 127.0.0.1, this computer only)")
    String bind = "127.0.0.1";

    @Option(names = "--no-pdf", description = "Do not make PDFs while previewing")
    boolean noPdf;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(site, out, List.of(), null, !noPdf, null);
        org.kring.Kring.checkOut(options);
        LiveSite live = new LiveSite(options);
        LiveSite.Update first = live.start();
        report(first);
        DevServer server = new DevServer(live.out(), bind, port);
        server.problems(first.problems());
        System.out.println("Serving " + server.url() + "  (Ctrl-C to stop)");
        ExecutorService pdfs = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kring-pdf");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean pdfQueued = new AtomicBoolean();
        Runnable pdfPass = () -> {
            pdfQueued.set(false);
            try {
                LiveSite.Update u = live.renderPdfs();
                if (!u.problems().isEmpty()) {
                    report(u);
                } else if (!u.written().isEmpty()) {
                    System.out.printf(Locale.ROOT, "PDFs: %d files updated in %.1f s%n", u.written().size(),
                            u.nanos() / 1e9);
                    server.reload(u.written());
                }
            } catch (RuntimeException e) {
                System.err.println("kring serve: PDFs: " + e.getMessage());
            }
        };
        if (!noPdf && first.ok()) {
            pdfQueued.set(true);
            pdfs.submit(pdfPass);
        }
        Object lock = new Object();
        Watcher watcher = new Watcher(options.site(), changed -> {
            synchronized (lock) {
                LiveSite.Update u = live.apply(changed);
                report(u);
                server.problems(u.problems());
                if (u.ok() && !u.written().isEmpty()) {
                    server.reload(u.written());
                }
                if (u.ok() && !noPdf && pdfQueued.compareAndSet(false, true)) {
                    pdfs.submit(pdfPass);
                }
            }
        });
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.close();
            server.close();
            pdfs.shutdownNow();
            live.save();
            System.out.println("\nStopped.");
            stop.countDown();
        }));
        stop.await();
        return Main.OK;
    }

    private static void report(LiveSite.Update u) {
        List<Problem> errors = new ArrayList<>();
        for (Problem p : u.problems()) {
            if (p.isError()) {
                errors.add(p);
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(System.err::println);
            System.err.println(errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; the site shows the last good version until it is fixed.");
            return;
        }
        Set<String> w = u.written();
        System.out.printf(Locale.ROOT, "%s %d files in %.0f ms%n", u.full() ? "Built" : "Updated", w.size(),
                u.nanos() / 1e6);
    }
}
