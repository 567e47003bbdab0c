package org.kring.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.kring.BuildOptions;
import org.kring.Kring;
import org.kring.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds, serves the site on this computer, and rebuilds and reloads open pages on every save.")
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

    @Option(names = "--browser", paramLabel = "PATH", description = "The Chromium, Chrome or Edge to print PDFs "
            + "with (default: KRING_BROWSER, or one installed in the usual places)")
    String browser;

    /**
     * Before the first build: a port another program (or another preview) holds is said at once, with a free
     * one to use instead, not after a full build as a Java exception.
     */
    private void checkPort() {
        if (port == 0) {
            return;
        }
        java.net.InetAddress address;
        try {
            address = java.net.InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException e) {
            throw new org.kring.ContentException(org.kring.Problem.error("--bind", 0, "'" + bind
                    + "' is not an address of this computer"));
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket(port, 1, address)) {
            s.setReuseAddress(true);
        } catch (java.io.IOException e) {
            int free = -1;
            try (java.net.ServerSocket any = new java.net.ServerSocket(0, 1, address)) {
                free = any.getLocalPort();
            } catch (java.io.IOException ignored) {
                // no suggestion then
            }
            throw new org.kring.ContentException(org.kring.Problem.error("--port", 0, "port " + port + " on " + bind
                    + " is in use (another program, or another kring serve)"
                    + (free > 0 ? "; try --port " + free : "") + ", or --port 0 for any free one"));
        }
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new org.kring.UserError("--port must be between 0 and 65535, not " + port);
        }
        // Serving a folder that is no site would show an empty preview with an error; say it here instead.
        org.kring.load.ContentLoader.requireSiteYml(site);
        BuildOptions options = new BuildOptions(site, out, List.of(), null, !noPdf, null).withBrowser(browser);
        Kring.checkOut(options);
        checkPort();
        Preview preview = new Preview(options, bind, port, System.out);
        System.out.println("Serving " + preview.url() + "  (Ctrl-C to stop)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            System.out.println("Stopped.");
            stop.countDown();
        }));
        stop.await();
        return Main.OK;
    }
}
