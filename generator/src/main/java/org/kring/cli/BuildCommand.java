package org.kring.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kring.BuildOptions;
import org.kring.BuildResult;
import org.kring.Kring;
import org.kring.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the website into the output folder (default: _site in the site folder).",
        footer = {"", "Exit codes: 0 built, 1 content errors (nothing written), 2 wrong usage."})
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
    Path site = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the website (default: SITE/_site)")
    Path out;

    @Option(names = "--lang", paramLabel = "CODE", split = ",",
            description = "Build only these languages (repeat or separate with commas)")
    List<String> languages = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "URL", description = "The URL the site is published at")
    String baseUrl;

    @Option(names = "--no-pdf", description = "Skip the PDFs (faster while writing)")
    boolean noPdf;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where rendered PDFs and what the output holds are kept between builds (default: SITE/.kring-cache)")
    Path cache;

    @Option(names = "--strict", description = "Treat warnings as errors (for CI), e.g. a translation not yet "
            + "brought up to date with its source")
    boolean strict;

    @Option(names = "--force", description = "Write into an output folder that holds other files too (a "
            + "publishing checkout): the site is added beside them and nothing there is deleted")
    boolean force;

    @Option(names = "--browser", paramLabel = "PATH", description = "The Chromium, Chrome or Edge to print PDFs "
            + "with (default: KRING_BROWSER, or one installed in the usual places)")
    String browser;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print every warning and what was written")
    boolean verbose;

    @Override
    public Integer call() {
        ProgressBar bar = quiet ? null : ProgressBar.onTerminal("PDFs");
        BuildOptions options = new BuildOptions(site, out, languages, baseUrl, !noPdf, bar, cache, strict, force,
                browser);
        BuildResult r;
        try {
            r = Kring.build(options);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        if (!quiet) {
            for (Problem w : r.warnings()) {
                System.err.println(w);
            }
            if (verbose) {
                System.out.printf("%d files in %s: %d written, %d unchanged, %d removed%n", r.files(),
                        options.out(), r.written(), r.files() - r.written(), r.deleted());
            }
            System.out.println(summary(r, options));
        }
        if (r.noPdfs() != null) {
            System.err.println("error: the website was built without its PDFs: " + r.noPdfs());
            return Main.CONTENT_ERRORS;
        }
        return Main.OK;
    }

    static String summary(BuildResult r, BuildOptions options) {
        boolean same = r.written() == 0 && r.deleted() == 0;
        StringBuilder sb = new StringBuilder(same ? "Up to date: " : "Built ");
        sb.append(r.totalPages()).append(" pages (");
        boolean first = true;
        for (Map.Entry<String, Integer> e : r.pages().entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            first = false;
        }
        sb.append(")");
        if (r.noPdfs() != null) {
            sb.append(" without PDFs");
        } else if (options.pdf()) {
            sb.append(" and ").append(r.pdfs()).append(" PDFs (")
                    .append(r.pdfsRendered() == 0 ? "none rendered, all unchanged" : r.pdfsRendered() + " rendered")
                    .append(")");
        }
        sb.append(same ? ", checked in " : " in ").append(String.format(Locale.ROOT, "%.2f s", r.millis() / 1000.0));
        if (!same) {
            sb.append(", ").append(r.written()).append(r.written() == 1 ? " file written" : " files written");
        }
        if (r.deleted() > 0) {
            sb.append(", ").append(r.deleted()).append(" removed");
        }
        if (!r.warnings().isEmpty()) {
            sb.append(", ").append(r.warnings().size()).append(r.warnings().size() == 1 ? " warning" : " warnings");
        }
        sb.append(" → ").append(display(options.out()));
        return sb.toString();
    }

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
