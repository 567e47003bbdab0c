package org.kring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.kring.BuildOptions;
import org.kring.BuildResult;
import org.kring.Kring;
import org.kring.UserError;
import org.kring.bench.Corpus;
import org.kring.bench.CorpusScript;
import org.kring.bench.ReferenceCorpus;
import org.kring.bench.Measure;
import org.kring.serve.LiveSite;
import org.kring.serve.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints how fast Kring is on this machine, next to Hugo on the same corpus when Hugo is installed. Speed
 * targets live here, in numbers a person reads, not in timed unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures build speed on this machine (and Hugo's, when installed) and prints a table.")
final class BenchCommand implements Callable<Integer> {
    /** The JVM options of the ./kring launcher, so a cold build here is a cold build there. */
    static final List<String> JVM = List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xms480m",
            "-Xmn128m", "-XX:SurvivorRatio=30", "-XX:MaxTenuringThreshold=0", "-XX:-UseAdaptiveSizePolicy", "-Xshare:auto");

    /**
     * The options a build starts with here, as the POSIX launcher gives them: {@link #JVM}, and on Linux, where the
     * kernel gives huge pages on request, the heap in 2 MB pages.
     */
    static List<String> buildJvm() {
        List<String> out = new java.util.ArrayList<>(JVM);
        if (transparentHugePages()) {
            out.add("-XX:+UseTransparentHugePages");
        }
        return List.copyOf(out);
    }

    /** Whether the kernel gives transparent huge pages on request ("[madvise]" or "[always]"), as the launcher asks. */
    static boolean transparentHugePages() {
        try {
            String mode = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[madvise]") || mode.contains("[always]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * On Java 25 and newer, the AOT cache (JEP 483, 515) the unmeasured first build made, which every later build in
     * a new JVM starts from, as the launcher's builds start from the one a user's first build made; else null.
     */
    private Path aotCache;

    @Option(names = "--site", paramLabel = "DIR", description = "The site whose PDFs are measured (default: .)")
    Path site = Path.of(".");

    @Option(names = "--pages-per-lang", paramLabel = "N", description = "Pages per language of the large corpus (default: 1000; the small one has a fifth)")
    int pages = 1000;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds per figure (default: 3)")
    int rounds = 3;

    @Option(names = "--corpus-script", paramLabel = "FILE", description = "Make the corpus with this make-corpus.py "
            + "(needs python3) instead of Kring's own port of it")
    Path script;

    @Option(names = "--hugo", paramLabel = "FILE", description = "The Hugo to compare with (default: /usr/bin/hugo, "
            + "when installed); naming it makes a missing Hugo an error")
    Path hugo;

    @Option(names = "--hugo-site", paramLabel = "DIR", description = "The reference Hugo site (default: "
            + "../shared/bench/hugo-site, when there); naming it makes a missing one an error")
    Path hugoSiteDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--write-corpus", paramLabel = "DIR", description = "Only write the corpus as a Kring site into DIR and stop")
    Path writeCorpus;

    @Option(names = "--no-pdf", description = "Skip the PDF figures")
    boolean noPdf;

    @Option(names = "--no-hugo", description = "Skip Hugo even when it is installed")
    boolean noHugo;

    @Option(names = "--pdf-only", description = "Only the PDF figures")
    boolean pdfOnly;

    @Option(names = "--search-only", description = "Only the sizes of the example's search indexes")
    boolean searchOnly;

    @Override
    public Integer call() throws Exception {
        if (pages < 4) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--pages-per-lang must be at least 4 (a page in each of the corpus's four sections), not " + pages);
        }
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
        }
        if (writeCorpus != null) {
            org.kring.write.WritableFolder.require("--write-corpus", writeCorpus);
            Path raw = Files.createTempDirectory("kring-corpus");
            try {
                corpusText(raw, pages, ReferenceCorpus.Layout.KRING);
                Corpus.convert(raw, writeCorpus);
            } finally {
                Measure.delete(raw);
            }
            System.out.println("Wrote the corpus (" + LANGS + " languages x " + pages + " pages) to " + writeCorpus
                    + "; build it with: kring build --site " + writeCorpus + " --no-pdf");
            return Main.OK;
        }
        // Asked-for Hugo that is not there is said before minutes of measuring, not after.
        if (!noHugo && !pdfOnly && !searchOnly) {
            hugoSetup();
        }
        Path tmp = Files.createTempDirectory("kring-bench");
        try {
            System.out.printf(Locale.ROOT, "Kring bench: %d cores, Java %s, JVM options %s%s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), String.join(" ", buildJvm()),
                    Runtime.version().feature() >= 25 ? " (-Xshare:auto replaced by the AOT cache the warm-up build makes)" : "");
            if (pdfOnly) {
                pdfs(site.toAbsolutePath().normalize(), tmp);
                return Main.OK;
            }
            if (searchOnly) {
                searchIndexes(site.toAbsolutePath().normalize(), tmp);
                return Main.OK;
            }
            List<String[]> rows = new ArrayList<>();
            int small = Math.max(4, pages / 5);
            Path smallSite = corpus(tmp.resolve("small"), small);
            Path largeSite = corpus(tmp.resolve("large"), pages);
            Path hugoSite = noHugo ? null : hugoSite(tmp.resolve("hugo"));
            sync();
            // One unmeasured build each first, so both tools start with their programs in the page cache; on Java 25
            // Kring's also makes the AOT cache, as a user's first build does through the launcher.
            if (Runtime.version().feature() >= 25) {
                Path made = tmp.resolve("kring.aot");
                cold(smallSite, tmp.resolve("warm-up"), "-XX:AOTCacheOutput=" + made, "-Xlog:aot=off");
                aotCache = Files.isRegularFile(made) ? made : null;
                if (aotCache == null) {
                    System.out.println("(the warm-up build made no AOT cache: the builds start without one)");
                }
            } else {
                cold(smallSite, tmp.resolve("warm-up"));
            }
            if (hugoSite != null) {
                hugo(hugoSite, tmp.resolve("hugo-warm-up"));
            }
            // Rounds alternate between the tools, so a machine that slows down meanwhile slows both.
            List<Measure.Run> large = new ArrayList<>();
            List<Measure.Run> smalls = new ArrayList<>();
            List<Measure.Run> hugos = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                large.add(cold(largeSite, tmp.resolve("out-large-" + i)));
                if (hugoSite != null) {
                    hugos.add(hugo(hugoSite, tmp.resolve("hugo-out-" + i)));
                }
                smalls.add(cold(smallSite, tmp.resolve("out-small-" + i)));
            }
            Measure.Run coldLarge = Measure.Run.median(large);
            Measure.Run coldSmall = Measure.Run.median(smalls);
            Measure.Run hugo = hugoSite == null ? null : Measure.Run.median(hugos);
            rows.add(row("cold full build, new JVM, " + LANGS + " x " + pages, secs(coldLarge.seconds()),
                    hugo == null ? "-" : secs(hugo.seconds()), hugo == null ? "-" : ratio(coldLarge.seconds() / hugo.seconds())));
            rows.add(row("  CPU time (user + system)", secs(coldLarge.cpuSeconds()),
                    hugo == null ? "-" : secs(hugo.cpuSeconds()), hugo == null ? "-"
                            : ratio(coldLarge.cpuSeconds() / hugo.cpuSeconds())));
            rows.add(row("  peak memory", mib(coldLarge.peakMiB()), hugo == null ? "-" : mib(hugo.peakMiB()),
                    hugo == null ? "-" : ratio(coldLarge.peakMiB() / hugo.peakMiB())));
            rows.add(row("cold full build, new JVM, " + LANGS + " x " + small, secs(coldSmall.seconds()), "-", "-"));
            rows.add(row("  growth for " + (pages / small) + "x the pages", ratio(coldLarge.seconds() / coldSmall.seconds())
                    + "x", "-", "-"));
            rows.add(row("warm full build, same JVM, " + LANGS + " x " + pages, secs(warm(largeSite, tmp)), "-", "-"));
            double[] rebuild = rebuilds(largeSite, tmp);
            // Hugo has no rebuild of its own from the command line: it builds everything, the figure compared.
            String hugoFull = hugo == null ? "-" : secs(hugo.seconds());
            rows.add(row("no-change rebuild, new JVM, " + LANGS + " x " + pages, secs(rebuild[0]), hugoFull,
                    hugo == null ? "-" : ratio(rebuild[0] / hugo.seconds())));
            rows.add(row("one-page edit rebuild, new JVM, " + LANGS + " x " + pages, secs(rebuild[1]), hugoFull,
                    hugo == null ? "-" : ratio(rebuild[1] / hugo.seconds())));
            rows.add(row("  fresh checkout, new output folder, cache kept (CI)", secs(rebuild[2]), hugoFull,
                    hugo == null ? "-" : ratio(rebuild[2] / hugo.seconds())));
            double[] editLarge = edits(largeSite);
            rows.add(row("one-page edit to reload event (serve), " + LANGS + " x " + pages,
                    ms(editLarge[0]) + " (p90 " + ms(editLarge[1]) + ")", "-", "-"));
            Path example = site.toAbsolutePath().normalize();
            if (Files.isRegularFile(example.resolve("site.yml"))) {
                Path copy = tmp.resolve("example");
                copySite(example, copy);
                double[] editExample = edits(copy);
                rows.add(row("one-page edit to reload event (serve), example", ms(editExample[0]) + " (p90 "
                        + ms(editExample[1]) + ")", "-", "-"));
            }
            rows.addAll(translationRows(smallSite, tmp, small));
            print(rows);
            System.out.println("rounds, cold " + LANGS + " x " + pages + ": Kring " + seconds(large)
                    + (hugos.isEmpty() ? "" : "; Hugo " + seconds(hugos)));
            if (Files.isRegularFile(example.resolve("site.yml"))) {
                searchIndexes(example, tmp);
            }
            if (!noPdf && Files.isRegularFile(example.resolve("site.yml"))) {
                pdfs(example, tmp);
            }
        } finally {
            Measure.delete(tmp);
        }
        return Main.OK;
    }

    static final int LANGS = 5;

    private static String seconds(List<Measure.Run> runs) {
        return String.join(" ", runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList()) + " s";
    }

    private static String[] row(String what, String kring, String hugo, String ratio) {
        return new String[] {what, kring, hugo, ratio};
    }

    private static void print(List<String[]> rows) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-56s %18s %10s %12s%n", "", "Kring", "Hugo", "Kring/Hugo");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "%-56s %18s %10s %12s%n", (Object[]) r);
        }
    }

    private static String secs(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String ms(double m) {
        return String.format(Locale.ROOT, "%.0f ms", m);
    }

    private static String mib(double m) {
        return String.format(Locale.ROOT, "%.0f MiB", m);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    /** The reference corpus's files: Kring's port, or the script when one is given. */
    private void corpusText(Path out, int pagesPerLang, ReferenceCorpus.Layout layout) {
        if (script != null) {
            CorpusScript.write(script, out, pagesPerLang, layout);
        } else {
            ReferenceCorpus.write(out, pagesPerLang, layout);
        }
    }

    private Path corpus(Path dir, int pages) throws IOException {
        Path raw = dir.resolve("raw");
        corpusText(raw, pages, ReferenceCorpus.Layout.KRING);
        Path site = dir.resolve("site");
        Corpus.convert(raw, site);
        // Not deleted until the end: see cold().
        return site;
    }

    private List<String> kring(String... args) {
        return kring(List.of(), args);
    }

    /** The command of a Kring run in a new JVM, with {@code vm} options added to the launcher's. */
    private List<String> kring(List<String> vm, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // -Xshare is the old name of what the AOT options set, and the JVM refuses the two together.
        boolean aot = aotCache != null || vm.stream().anyMatch(o -> o.startsWith("-XX:AOT"));
        cmd.addAll(aot ? buildJvm().stream().filter(o -> !o.startsWith("-Xshare")).toList() : buildJvm());
        if (aotCache != null) {
            cmd.add("-XX:AOTCache=" + aotCache);
            cmd.add("-Xlog:aot=off");
        }
        cmd.addAll(vm);
        Path jar = jar();
        if (Files.isRegularFile(jar)) {
            cmd.add("-jar");
            cmd.add(jar.toString());
        } else {
            // Run from compiled classes (a test, an IDE): the same classes, through this JVM's class path.
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Main.class.getName());
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Path jar() {
        try {
            return Path.of(Kring.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A full build into a new folder with an empty cache, in a new JVM. Every build gets a folder of its own
     * and all are deleted at the end: deleting thousands of files just before a build makes the file system
     * slow to create new ones, which would time the deletion, not the build.
     */
    private Measure.Run cold(Path site, Path dir, String... vm) {
        Measure.Run r = Measure.process(kring(List.of(vm), "build", "--site", site.toString(), "--out",
                dir.resolve("out").toString(), "--no-pdf", "--quiet", "--cache", dir.resolve("cache").toString()), null);
        if (r.exit() != 0) {
            throw new IllegalStateException("build failed: " + r.output());
        }
        return r;
    }

    /** The language of the corpus the translation rows translate. */
    private static final String TEAM = "nl";

    /**
     * A country team's commands on a site where every file of one language is partly translated (a third of
     * its parts imported from a PO file), against the same site with every part imported: each in a new JVM,
     * median of the rounds. Partial files once took minutes (an alignment loop ran to 2^31); they must cost
     * about what complete ones do.
     */
    private List<String[]> translationRows(Path corpus, Path tmp, int pagesPerLang) throws IOException {
        Path full = tmp.resolve("team-full");
        Path partial = tmp.resolve("team-partial");
        copySite(corpus, full);
        copySite(corpus, partial);
        prepareTeam(full, 1);
        prepareTeam(partial, 3);
        List<String[]> rows = new ArrayList<>();
        String[][] commands = {
            {"build", "build", "--no-pdf", "--quiet"},
            {"check", "check", "--no-pdf"},
            {"translate status", "translate", "status", TEAM},
            {"translate export", "translate", "export", TEAM, "--force"},
            {"translate import", "translate", "import"}};
        for (String[] c : commands) {
            List<Double> f = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                f.add(team(full, c, tmp.resolve("team-out-f" + i)));
                p.add(team(partial, c, tmp.resolve("team-out-p" + i)));
            }
            double fs = Measure.median(f);
            double ps = Measure.median(p);
            rows.add(row(c[0] + ", one language partly translated, " + LANGS + " x " + pagesPerLang, secs(ps),
                    "-", ratio(ps / fs) + "x full"));
        }
        return rows;
    }

    /** Replaces the team's language with an import of every {@code n}th part of a full export. */
    private static void prepareTeam(Path site, int n) throws IOException {
        Measure.delete(site.resolve("translations").resolve(TEAM));
        org.kring.translate.TranslationProject project = org.kring.BuildSession.translations(site);
        List<org.kring.translate.Message> all = new org.kring.translate.Exporter(project)
                .messages(TEAM, org.kring.translate.Exporter.Only.ALL);
        List<org.kring.translate.Message> filled = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            org.kring.translate.Message m = all.get(i);
            filled.add(i % n == 0 ? m.translated("NL " + m.source()) : m);
        }
        Path po = site.resolve("team.po");
        Files.writeString(po, org.kring.translate.PoFile.write(TEAM, filled));
        org.kring.Problems problems = new org.kring.Problems();
        new org.kring.translate.Importer(project).importFiles(List.of(po), problems);
        problems.throwIfErrors();
    }

    private double team(Path site, String[] command, Path out) {
        List<String> args = new ArrayList<>(List.of(command).subList(1, command.length));
        if (command[1].equals("build")) {
            args.addAll(List.of("--out", out.resolve("out").toString(), "--cache", out.resolve("cache").toString()));
        } else if (command[0].equals("translate export")) {
            args.addAll(List.of("--out", out.toString()));
        } else if (command[0].equals("translate import")) {
            args.add(site.resolve("team.po").toString());
        }
        args.addAll(List.of("--site", site.toString()));
        Measure.Run r = Measure.process(kring(args.toArray(String[]::new)), null);
        if (r.exit() > 1) {
            throw new IllegalStateException(command[0] + " failed: " + r.output());
        }
        return r.seconds();
    }

    /** Writes the corpora to disk now, so the disk is not busy with them while builds are timed. */
    private static void sync() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // No sync command: the timings may include some writing back.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The median of full builds in this JVM, after one to warm it. */
    private double warm(Path site, Path tmp) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= rounds; i++) {
            Path dir = tmp.resolve("warm-" + i);
            long t0 = System.nanoTime();
            Kring.build(BuildOptions.of(site).withOut(dir.resolve("out")).withPdf(false).withCache(dir.resolve("cache")));
            if (i > 0) {
                times.add((System.nanoTime() - t0) / 1e9);
            }
        }
        return Measure.median(times);
    }

    /**
     * Rebuilds in a new JVM: {nothing changed, one session edited}, medians in seconds. The edit changes a
     * sentence of a session's text, as an author would between two builds.
     */
    private double[] rebuilds(Path site, Path tmp) throws IOException {
        Path dir = tmp.resolve("rebuild");
        List<String> build = kring("build", "--site", site.toString(), "--out", dir.resolve("out").toString(), "--no-pdf",
                "--quiet", "--cache", dir.resolve("cache").toString());
        Measure.process(build, null);
        settle(site);
        List<Double> same = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            same.add(Measure.process(build, null).seconds());
        }
        Path session = session(site);
        String original = Files.readString(session);
        List<Double> edited = new ArrayList<>();
        List<Double> fresh = new ArrayList<>();
        try {
            for (int i = 0; i < rounds; i++) {
                Files.writeString(session, edit(original, i));
                Measure.Run r = Measure.process(build, null);
                if (r.exit() != 0) {
                    throw new IllegalStateException("build failed: " + r.output());
                }
                edited.add(r.seconds());
            }
            // A CI runner: a fresh checkout (every file with a new time), the cache folder restored from the last
            // run, the output folder new and the last run's gone.
            Path cache = dir.resolve("cache");
            Path last = dir.resolve("out");
            for (int i = 0; i < rounds; i++) {
                Files.writeString(session, edit(original, rounds + i));
                checkout(site);
                Measure.delete(last);
                Path out = dir.resolve("ci-" + i);
                last = out;
                Measure.Run r = Measure.process(kring("build", "--site", site.toString(), "--out", out.toString(),
                        "--no-pdf", "--quiet", "--cache", cache.toString()), null);
                if (r.exit() != 0) {
                    throw new IllegalStateException("build failed: " + r.output());
                }
                fresh.add(r.seconds());
            }
        } finally {
            Files.writeString(session, original);
        }
        return new double[] {Measure.median(same), Measure.median(edited), Measure.median(fresh)};
    }

    /** Gives every file of the site one new time, a few seconds back, as a checkout made before a CI build does. */
    private static void checkout(Path site) throws IOException {
        java.nio.file.attribute.FileTime t = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 5_000);
        try (var s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, t);
            }
        }
    }

    /**
     * Waits until no input is younger than the settling time: a build does not trust the modification times
     * of files saved moments before it, so without the wait a no-change build would do the work.
     */
    private static void settle(Path site) {
        try {
            Thread.sleep(org.kring.load.InputState.SETTLE_MILLIS + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path session(Path site) throws IOException {
        try (var s = Files.walk(site.resolve("content/programmes"))) {
            List<Path> sessions = s.filter(p -> p.toString().endsWith(".md")
                    && !p.getFileName().toString().equals("index.md")).sorted().toList();
            // The fourth, away from the first pages a reader opens; a small corpus has fewer.
            return sessions.get(Math.min(3, sessions.size() - 1));
        }
    }

    /** The file with its first sentence of text changed. */
    private static String edit(String original, int i) {
        return original.replaceFirst("(?m)^(---\\n(?:.*\\n)*?---\\n(?:\\s*\\n)*(?:#.*\\n\\s*\\n)?)([^\\n]+)",
                "$1$2 Edit " + i + ".");
    }

    /**
     * Saves a session file again and again (a changed sentence each time) while the preview watches, and
     * times each save to the moment the reload event would go out. Returns {median, p90} in ms.
     */
    private double[] edits(Path site) throws Exception {
        Path out = site.resolve("_bench_site");
        LiveSite live = new LiveSite(new BuildOptions(site, out, List.of(), null, false, null));
        LiveSite.Update first = live.start();
        if (!first.ok()) {
            throw new IllegalStateException("the site has errors: " + first.problems());
        }
        Path session = session(site);
        String original = Files.readString(session);
        BlockingQueue<Long> done = new LinkedBlockingQueue<>();
        Watcher watcher = new Watcher(site, changed -> {
            LiveSite.Update u = live.apply(changed);
            if (u.ok() && !u.written().isEmpty()) {
                done.add(System.nanoTime());
            }
        });
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < 12 + rounds * 5; i++) {
                long t0 = System.nanoTime();
                Files.writeString(session, edit(original, i));
                Long end = done.poll(10, TimeUnit.SECONDS);
                if (end == null) {
                    throw new IllegalStateException("no rebuild after a save");
                }
                if (i >= 10) {
                    times.add((end - t0) / 1e6);
                }
                Thread.sleep(60);
                done.clear();
            }
        } finally {
            watcher.close();
            Files.writeString(session, original);
        }
        return new double[] {Measure.median(times), Measure.percentile(times, 0.9)};
    }

    private static final Path HUGO = Path.of("/usr/bin/hugo");

    /** The Hugo and reference site this run compares with; null when there is none and none was named. */
    private Path hugoBinary;
    private Path hugoSiteSource;

    private void hugoSetup() {
        Path binary = hugo != null ? hugo : HUGO;
        Path site = hugoSiteDir != null ? hugoSiteDir
                : script != null ? script.toAbsolutePath().getParent().resolve("hugo-site")
                : Path.of("../shared/bench/hugo-site");
        if (hugo != null && !Files.isExecutable(hugo)) {
            throw new UserError("--hugo: no Hugo at '" + hugo + "': the file does not exist or cannot be run");
        }
        if (hugoSiteDir != null && !Files.isRegularFile(hugoSiteDir.resolve("hugo.toml"))) {
            throw new UserError("--hugo-site: '" + hugoSiteDir + "' is not a Hugo site (no hugo.toml in it)");
        }
        if (!Files.isExecutable(binary)) {
            System.out.println("(Hugo is not installed: apt-get install hugo, to compare in the same run.)");
        } else if (!Files.isDirectory(site)) {
            System.out.println("(No reference Hugo site at " + site + ": give it with --hugo-site, to compare with "
                    + "Hugo in the same run.)");
        } else {
            hugoBinary = binary;
            hugoSiteSource = site;
        }
    }

    /** Hugo's copy of the corpus with the reference Hugo site around it, or null when there is no Hugo. */
    private Path hugoSite(Path dir) throws IOException {
        if (hugoBinary == null) {
            return null;
        }
        corpusText(dir.resolve("corpus"), pages, ReferenceCorpus.Layout.HUGO);
        Path h = dir.resolve("h");
        copySite(hugoSiteSource, h);
        Files.createSymbolicLink(h.resolve("content"), dir.resolve("corpus/content"));
        return h;
    }

    /** One Hugo build from scratch into a new folder, as README of the reference corpus runs it. */
    private Measure.Run hugo(Path site, Path out) {
        Measure.Run r = Measure.process(List.of(hugoBinary.toString(), "--quiet", "-d", out.toString(), "--ignoreCache",
                "-s", site.toString()), null);
        if (r.exit() != 0) {
            throw new IllegalStateException("hugo failed: " + r.output());
        }
        return r;
    }

    private static void copySite(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                String first = rel.getNameCount() > 0 ? rel.getName(0).toString() : "";
                if (first.equals("_site") || first.equals(".kring-cache") || first.equals("generator")
                        || first.startsWith(".git")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /**
     * The search index a reader downloads per language (the example built without PDFs), raw and gzipped as a
     * server sends it; the budget is 300 KB gzipped, which a slow mobile connection fetches in seconds.
     */
    private static void searchIndexes(Path example, Path tmp) throws IOException {
        Path out = tmp.resolve("search").resolve("out");
        Kring.build(BuildOptions.of(example).withOut(out).withPdf(false).withCache(tmp.resolve("search").resolve("cache")));
        System.out.println();
        System.out.println("Search index per language of " + example + " (<lang>/search-index.js; budget 300 KB gzipped)");
        System.out.printf(Locale.ROOT, "%-8s %8s %12s %12s%n", "language", "pages", "raw (KB)", "gzip (KB)");
        try (var langs = Files.list(out)) {
            for (Path index : langs.map(d -> d.resolve("search-index.js")).filter(Files::isRegularFile).sorted().toList()) {
                byte[] raw = Files.readAllBytes(index);
                java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
                    z.write(raw);
                }
                int pages = new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\\{\"t\":", -1).length - 1;
                System.out.printf(Locale.ROOT, "%-8s %8d %12.1f %12.1f%s%n", index.getParent().getFileName(), pages,
                        raw.length / 1024.0, gz.size() / 1024.0, gz.size() > 300 * 1024 ? "  over budget" : "");
            }
        }
    }

    /** Every PDF of the site rendered from scratch (empty cache), after one warm-up round. */
    private void pdfs(Path example, Path tmp) {
        System.out.println();
        System.out.println("PDFs of " + example + " (warm JVM, empty PDF cache each round)");
        System.out.printf(Locale.ROOT, "%-8s %8s %8s %14s %16s %14s%n", "round", "PDFs", "pages", "wall (s)",
                "engine ms/page", "wall ms/page");
        List<double[]> measured = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            Path dir = tmp.resolve("pdf-" + round);
            long t0 = System.nanoTime();
            BuildResult r = Kring.build(BuildOptions.of(example).withOut(dir.resolve("out")).withCache(dir.resolve("cache")));
            double wall = (System.nanoTime() - t0) / 1e9;
            double[] row = {wall, (double) r.pdfMillis() / r.pdfPages(), wall * 1000 / r.pdfPages()};
            if (round > 0) {
                measured.add(row);
            }
            System.out.printf(Locale.ROOT, "%-8s %8d %8d %14.2f %16.1f %14.1f%n", round == 0 ? "warm-up" : "#" + round,
                    r.pdfsRendered(), r.pdfPages(), row[0], row[1], row[2]);
        }
        if (!measured.isEmpty()) {
            measured.sort(java.util.Comparator.comparingDouble(r -> r[0]));
            double[] median = measured.get(measured.size() / 2);
            System.out.printf(Locale.ROOT, "%-8s %8s %8s %14.2f %16.1f %14.1f%n", "median", "", "", median[0], median[1],
                    median[2]);
        }
        long t0 = System.nanoTime();
        BuildResult again = Kring.build(BuildOptions.of(example).withOut(tmp.resolve("pdf-" + rounds).resolve("out"))
                .withCache(tmp.resolve("pdf-" + rounds).resolve("cache")));
        System.out.printf(Locale.ROOT, "%-8s %8d %8s %14.2f%n", "again", again.pdfsRendered(), "-",
                (System.nanoTime() - t0) / 1e9);
        System.out.println("engine ms/page: time a page spends in the browser (load, print, twice for contents) "
                + "and PDFBox, summed over tabs; wall ms/page: the whole build's wall time per PDF page (browser "
                + "start included); again: the same build once more, which renders no PDF.");
    }
}
