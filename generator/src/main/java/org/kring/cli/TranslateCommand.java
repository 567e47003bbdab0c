package org.kring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.translate.Exporter;
import org.kring.segment.FileAnalysis;
import org.kring.translate.Glossary;
import org.kring.translate.Importer;
import org.kring.translate.Message;
import org.kring.translate.PoFile;
import org.kring.translate.Recorder;
import org.kring.translate.StatusReport;
import org.kring.translate.StatusReports;
import org.kring.translate.TranslationProject;
import org.kring.BuildSession;
import org.kring.translate.XliffFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kring translate ...}: the country teams' workflow. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "See what is translated, hand work to translators and take it back in.",
        subcommands = {TranslateCommand.Status.class, TranslateCommand.Export.class, TranslateCommand.Import.class,
                TranslateCommand.Adapt.class, TranslateCommand.Accept.class, TranslateAddCommand.class,
                TranslateCommand.Sync.class})
final class TranslateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing command: status, export, import, adapt, accept, add or sync");
    }

    abstract static class SiteOption {
        @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
        Path site = Path.of(".");
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Per language and section: translated, outdated, missing and adapted files, and words left.")
    static final class Status extends SiteOption implements Callable<Integer> {
        @Parameters(paramLabel = "LOCALE", arity = "0..*", description = "Languages (default: all but the source)")
        List<String> locales = new ArrayList<>();

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
        String format = "text";

        @Option(names = {"-v", "--verbose"}, description = "Show which paragraphs changed, old and new")
        boolean verbose;

        @Override
        public Integer call() {
            TranslationProject p = BuildSession.translations(site);
            List<String> codes = locales.isEmpty() ? p.targetLanguages() : locales;
            List<String> out = new ArrayList<>();
            for (String code : codes) {
                out.add(format.equals("json") ? report(p, code).json() : report(p, code).text(verbose));
            }
            if (format.equals("json")) {
                System.out.println("[" + String.join(",", out) + "]");
            } else if (!format.equals("text")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--format must be text or json");
            } else {
                System.out.print(String.join("\n", out));
            }
            return Main.OK;
        }
    }

    static StatusReport report(TranslationProject p, String code) {
        return StatusReports.of(p, code);
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a PO or XLIFF file for translators.")
    static final class Export extends SiteOption implements Callable<Integer> {
        @Parameters(paramLabel = "LOCALE", description = "The language to translate into")
        String locale;

        @Option(names = "--format", paramLabel = "FORMAT", description = "po (default) or xliff")
        String format = "po";

        @Option(names = "--only", paramLabel = "WHAT",
                description = "missing, outdated or todo (both); default: every part, translated ones included")
        String only;

        @Option(names = "--out", paramLabel = "DIR", description = "Folder to write to (default: translations/LOCALE)")
        Path out;

        @Option(names = "--force", description = "Replace the exchange file even when it holds translations not "
                + "imported yet")
        boolean force;

        @Override
        public Integer call() throws IOException {
            TranslationProject p = BuildSession.translations(site);
            p.language(locale);
            Exporter.Only which = only == null ? Exporter.Only.ALL : switch (only) {
                case "missing" -> Exporter.Only.MISSING;
                case "outdated" -> Exporter.Only.OUTDATED;
                case "todo" -> Exporter.Only.TODO;
                default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--only must be missing, outdated or todo");
            };
            List<Message> messages = new Exporter(p).messages(locale, which);
            Path dir = out != null ? out : p.root().resolve("translations").resolve(locale);
            Path file;
            String text;
            if (format.equals("po")) {
                file = dir.resolve(locale + ".po");
                text = PoFile.write(locale, messages);
            } else if (format.equals("xliff")) {
                file = dir.resolve(locale + ".xlf");
                text = XliffFile.write(p.config().sourceLanguage(), locale, messages);
            } else {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--format must be po or xliff");
            }
            // A file a translator filled but nobody imported yet is work that must not be overwritten.
            int pending = force ? 0 : org.kring.translate.PendingWork.count(file,
                    new Exporter(p).messages(locale, Exporter.Only.ALL));
            if (pending != 0) {
                String name = p.root().relativize(file.toAbsolutePath().normalize()).toString();
                System.err.println(name + ": error: " + (pending < 0
                        ? "this file cannot be read, so it may hold translations not imported yet; move it away first"
                        : "this file holds " + pending + (pending == 1 ? " translation" : " translations")
                                + " not imported yet; import it first (kring translate import " + name
                                + "), or export to another folder with --out")
                        + " (--force replaces it)");
                return Main.CONTENT_ERRORS;
            }
            org.kring.write.AtomicWrite.write(file, text);
            long todo = messages.stream().filter(m -> m.target().isEmpty() || m.needsReview()).count();
            System.out.println("Wrote " + messages.size() + " entries (" + todo + " to translate or check) to "
                    + p.root().relativize(file.toAbsolutePath().normalize()));
            return Main.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Merge translated PO or XLIFF files into translations/. A file with any error writes nothing.")
    static final class Import extends SiteOption implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "PO (.po) or XLIFF (.xlf) files")
        List<Path> files;

        @Option(names = "--force", description = "Replace translations that were changed in the translation files "
                + "after the export when the exchange file changes them too (otherwise nothing is imported)")
        boolean force;

        @Override
        public Integer call() {
            TranslationProject p = BuildSession.translations(site);
            Problems problems = new Problems();
            for (Importer.Result r : new Importer(p, force).importFiles(files, problems)) {
                for (String note : r.notes()) {
                    System.err.println("note: " + note);
                }
                System.out.println("Imported " + r.applied() + " translations into " + r.files() + " files of '"
                        + r.locale() + "'" + (r.skipped() > 0 ? " (" + r.skipped() + " entries empty, fuzzy or skipped)" : ""));
            }
            return Main.OK;
        }
    }

    @Command(name = "adapt", mixinStandardHelpOptions = true,
            description = "Start a deliberate local version of a file (kept apart from translation; never overwritten).")
    static final class Adapt extends SiteOption implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LOCALE")
        String locale;

        @Parameters(index = "1", paramLabel = "PATH", description = "A path under content/, e.g. programmes/pregnancy/02-eating-and-moving.md")
        String path;

        @Override
        public Integer call() {
            TranslationProject p = BuildSession.translations(site);
            String rel = path.startsWith("content/") ? path.substring("content/".length()) : path;
            Path file = new Recorder(p).adapt(locale, rel);
            System.out.println("Created " + p.root().relativize(file) + ": edit it freely. It is reported as adapted, "
                    + "flagged when its source changes, and never overwritten by an import.");
            return Main.OK;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Record that translations edited by hand match the current source.")
    static final class Accept extends SiteOption implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LOCALE")
        String locale;

        @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = "Paths under content/, or ui.yml for the interface strings (default: all)")
        List<String> paths = new ArrayList<>();

        @Override
        public Integer call() {
            TranslationProject p = BuildSession.translations(site);
            List<String> rel = paths.stream().map(x -> x.startsWith("content/") ? x.substring(8) : x).toList();
            List<String> done = new Recorder(p).accept(locale, rel);
            System.out.println("Recorded " + done.size() + (done.size() == 1 ? " translation" : " translations")
                    + " of '" + locale + "' as made from the current source.");
            return Main.OK;
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Keep po/ up to date for a translation platform (Weblate, Pontoon): take in the translations "
                    + "committed to po/<language>/, then write a template per content file and update every PO file "
                    + "like msgmerge. A PO file with any error writes nothing.")
    static final class Sync extends SiteOption implements Callable<Integer> {
        @Parameters(paramLabel = "LOCALE", arity = "0..*",
                description = "Languages (default: all but the source and regional variants such as nl-SR)")
        List<String> locales = new ArrayList<>();

        @Override
        public Integer call() {
            org.kring.translate.PoSync.Result r = new org.kring.translate.PoSync(() -> BuildSession.translations(site))
                    .run(locales);
            for (String note : r.notes()) {
                System.err.println("note: " + note);
            }
            if (r.imported() > 0) {
                System.out.println("Took in " + r.imported() + (r.imported() == 1 ? " translation" : " translations")
                        + " from po/ into translations/.");
            }
            List<String> open = new ArrayList<>();
            r.todo().forEach((code, n) -> open.add(code + " " + n));
            System.out.println("Synced po/ (" + r.written() + (r.written() == 1 ? " file" : " files") + " written, "
                    + r.unchanged() + " unchanged); entries to translate or check: " + String.join(", ", open));
            return Main.OK;
        }
    }
}
