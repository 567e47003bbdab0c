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

    @Override
    public Integer call() throws Exception {
        BuildOptions options = new BuildOptions(site, out, List.of(), null, !noPdf, null);
        Kring.checkOut(options);
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
