package org.kring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.kring.BuildOptions;
import org.kring.BuildResult;
import org.kring.Kring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints how fast Kring is on this machine. Speed targets live here, in numbers a person reads, not in
 * timed unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures build speed on this machine and prints a table.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "The site to measure (default: .)")
    Path site = Path.of(".");

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds after the warm-up (default: 2)")
    int rounds = 2;

    @Override
    public Integer call() throws IOException {
        Path tmp = Files.createTempDirectory("kring-bench");
        try {
            System.out.println("Kring bench on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            pdfs(tmp);
        } finally {
            deleteTree(tmp);
        }
        return Main.OK;
    }

    /** Every PDF of the site rendered from scratch (empty cache), after one warm-up round. */
    private void pdfs(Path tmp) {
        System.out.println();
        System.out.println("PDFs of " + site.toAbsolutePath().normalize() + " (warm JVM, empty PDF cache each round)");
        System.out.printf(Locale.ROOT, "%-8s %8s %8s %14s %16s %14s%n", "round", "PDFs", "pages", "wall (s)",
                "render ms/page", "wall ms/page");
        for (int round = 0; round <= rounds; round++) {
            Path dir = tmp.resolve("pdf-" + round);
            BuildOptions o = BuildOptions.of(site).withOut(dir.resolve("out")).withCache(dir.resolve("cache"));
            long t0 = System.nanoTime();
            BuildResult r = Kring.build(o);
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%-8s %8d %8d %14.2f %16.1f %14.1f%n", round == 0 ? "warm-up" : "#" + round,
                    r.pdfsRendered(), r.pdfPages(), wall, (double) r.pdfMillis() / r.pdfPages(),
                    wall * 1000 / r.pdfPages());
        }
        System.out.println("render ms/page: time inside the PDF engine per page, summed over threads;"
                + " wall ms/page: the whole build's wall time per PDF page.");
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
