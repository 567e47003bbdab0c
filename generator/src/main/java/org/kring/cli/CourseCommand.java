package org.kring.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kring.course.CoursePack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kring course ...}: the trainer's papers for one run of a course. */
@Command(name = "course", mixinStandardHelpOptions = true,
        description = "Papers for a course run: dated course pack, attendance list, certificates.",
        subcommands = {CourseCommand.Pack.class})
final class CourseCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: pack");
    }

    @Command(name = "pack", mixinStandardHelpOptions = true,
            description = {"Makes, for one run of a course: the course pack (trainer's and trainee's edition) with "
                    + "the run's dates, an attendance list with a row per participant and a signature box per day, "
                    + "and a certificate per participant with the hours of teaching from the schedule."},
            footer = {"", "The participants file is CSV in UTF-8 (\"CSV UTF-8\" in a spreadsheet), comma or semicolon "
                    + "separated, with a header row naming a 'name' column and optionally 'organisation' (or what the "
                    + "attendance list calls them in a site language: Naam;Organisatie); other columns are ignored. "
                    + "Without it, the attendance list has empty rows and there is one blank certificate.",
                    "",
                    "Warnings (the papers are still made): a course day at the weekend or on a --holidays date, and "
                            + "each part of the pack printed in the fallback language.",
                    "",
                    "Example: kring course pack pregnancy-facilitator --lang nl --date 2027-03-04 "
                            + "--participants cohort.csv --holidays 2027-04-27,2027-05-05",
                    "",
                    "Exit codes: 0 written, 1 errors in the site or the participants file (nothing written), "
                            + "2 wrong usage."})
    static final class Pack implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "COURSE", description = "The course id (its folder in content/courses/)")
        String course;

        @Option(names = "--lang", paramLabel = "LANG", required = true, description = "The language of the run")
        String lang;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, split = ",",
                description = "The first day (the days follow each other), or one date per day: "
                        + "--date 2027-03-04 --date 2027-03-11")
        List<String> dates = new ArrayList<>();

        @Option(names = "--holidays", paramLabel = "YYYY-MM-DD,...", split = ",",
                description = "Public holidays in the run's country: a course day on one is a warning, as is a day "
                        + "at the weekend")
        List<String> holidays = new ArrayList<>();

        @Option(names = "--participants", paramLabel = "FILE.csv", description = "The participants, one per row")
        Path participants;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Where to write (default: course-runs/COURSE-DATE-LANG in the site folder)")
        Path out;

        @Option(names = "--trainer", paramLabel = "NAME", description = "The trainer's name, for the papers")
        String trainer;

        @Option(names = "--place", paramLabel = "TEXT", description = "Where the course is given")
        String place;

        @Option(names = "--site", paramLabel = "DIR", description = "The site folder, with site.yml (default: .)")
        Path site = Path.of(".");

        @Override
        public Integer call() {
            List<LocalDate> parsed = parse("--date", dates);
            if (participants != null) {
                readable("--participants", participants);
            }
            if (out != null) {
                org.kring.write.WritableFolder.require("--out", out);
            }
            CoursePack.Result r;
            try {
                r = CoursePack.make(new CoursePack.Options(site, course, lang, parsed, participants, out,
                        blankToNull(trainer), blankToNull(place), parse("--holidays", holidays)));
            } catch (IllegalArgumentException e) {
                // A course, language or number of dates the site does not have: the reason, without the usage.
                throw new org.kring.UserError(e.getMessage());
            }
            for (org.kring.Problem w : r.warnings()) {
                System.err.println(w);
            }
            Path cwd = Path.of("").toAbsolutePath();
            for (CoursePack.Written w : r.files()) {
                Path f = w.file();
                System.out.println("  " + (f.startsWith(cwd) ? cwd.relativize(f) : f) + "  (" + w.pages()
                        + (w.pages() == 1 ? " page)" : " pages)"));
            }
            System.out.println("Wrote " + r.files().size() + " PDFs for " + (r.participants() == 0
                    ? "a course run without a participants list (blank rows and one blank certificate)"
                    : r.participants() + (r.participants() == 1 ? " participant" : " participants")));
            return Main.OK;
        }

        private static void readable(String option, Path file) {
            if (!java.nio.file.Files.exists(file)) {
                throw new org.kring.UserError(option + ": no file '" + file + "'");
            }
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new org.kring.UserError(option + ": '" + file + "' is a folder, not a file");
            }
            if (!java.nio.file.Files.isReadable(file)) {
                throw new org.kring.UserError(option + ": '" + file + "' cannot be read (permission denied)");
            }
        }

        private List<LocalDate> parse(String option, List<String> given) {
            List<LocalDate> parsed = new ArrayList<>();
            for (String d : given) {
                if (d.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(LocalDate.parse(d.strip()));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            option + " must be a date like 2027-03-04, not '" + d + "'");
                }
            }
            return parsed;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
