package org.kring.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kring.BuildOptions;
import org.kring.BuildSession;
import org.kring.Problems;
import org.kring.load.Suggestions;
import org.kring.model.Course;
import org.kring.model.Curriculum;
import org.kring.model.LocalizedContent;
import org.kring.render.Router;
import org.kring.render.Templates;
import org.kring.render.print.PdfEngine;
import org.kring.render.print.PdfFonts;
import org.kring.render.print.PrintRenderer;

/**
 * The papers for one run of a course: the course pack in both editions with the run's dates, the
 * attendance list with a row per participant and a signature column per day, and a certificate per
 * participant with the hours the schedule adds up to. Everything is made and checked before the first
 * file is written; the files are written next to each other and each one replaces its old version only
 * when it is complete.
 */
public final class CoursePack {
    /**
     * Certificates printed at once: the browser's time per page grows with the pages it lays out together,
     * and 250 keep it near its best (measured: 12 ms a certificate at 500, 32 at 2,000).
     */
    static final int CERTIFICATES_PER_PART = 250;

    /** Rows on an attendance list made without a participants file, for names written by hand. */
    static final int BLANK_ROWS = 14;

    /**
     * What a course run needs.
     *
     * @param site         the site folder
     * @param course       the course id
     * @param language     the language of the run
     * @param dates        the first day's date, or one date per day
     * @param participants the participants CSV file, or null
     * @param out          the folder to write to, or null for {@code course-runs/<course>-<date>-<lang>/}
     * @param trainer      the trainer's name for the attendance list and certificates, or null
     * @param place        where the course is given, or null
     * @param holidays     public holidays a course day should not fall on (each one that does is a warning)
     */
    public record Options(Path site, String course, String language, List<LocalDate> dates, Path participants,
            Path out, String trainer, String place, List<LocalDate> holidays) {
        public Options(Path site, String course, String language, List<LocalDate> dates, Path participants,
                Path out, String trainer, String place) {
            this(site, course, language, dates, participants, out, trainer, place, List.of());
        }
    }

    /** What was written: the folder, each file with its pages, how many participants, and the warnings. */
    public record Result(Path folder, List<Written> files, int participants, List<org.kring.Problem> warnings) {
    }

    public record Written(Path file, int pages) {
    }

    private CoursePack() {
    }

    /**
     * Makes the papers of a course run.
     *
     * @throws IllegalArgumentException when the command line asks for something that is not there (an
     *         unknown course, a language the course is not given in, the wrong number of dates)
     * @throws org.kring.ContentException when the site or the participants file has errors
     */
    public static Result make(Options o) {
        Path site = o.site().toAbsolutePath().normalize();
        Problems problems = new Problems();
        BuildSession session = BuildSession.load(new BuildOptions(site, null, List.of(), null, true, null));
        session.validated();
        Curriculum curriculum = session.curriculum();
        LocalizedContent l = curriculum.locale(o.language());
        if (l == null) {
            throw new IllegalArgumentException("no language '" + o.language() + "' in site.yml" + Suggestions
                    .didYouMean(o.language(), curriculum.locales().stream().map(LocalizedContent::code).toList()));
        }
        Course course = l.course(o.course());
        if (course == null) {
            List<String> ids = l.courses().stream().map(Course::id).toList();
            throw new IllegalArgumentException("no course '" + o.course() + "'" + (ids.isEmpty()
                    ? "; the site has no courses (content/courses/<id>/index.md)"
                    : Suggestions.didYouMean(o.course(), ids) + "; the courses are: " + String.join(", ", ids)));
        }
        if (!course.givenIn(l.code())) {
            throw new IllegalArgumentException("course '" + course.id() + "' is given in "
                    + String.join(", ", course.languageCodes()) + ", not in " + l.code()
                    + " (its 'languages' in " + course.origin().file().name() + ")");
        }
        // The same rule as the site's packs: papers in a language are in that language, at least in part.
        if (!org.kring.render.print.PrintRenderer.coverage(l, course).made()) {
            String text = course.origin().fallback() || course.modules().isEmpty() ? course.origin().textLanguage()
                    : course.modules().get(0).origin().textLanguage();
            throw new IllegalArgumentException("course '" + course.id() + "' is not translated into " + l.code()
                    + " yet (" + (course.origin().fallback() ? "translations/" + l.code() + "/"
                            + course.origin().file().contentPath() + " is missing"
                            : "none of its modules or practised guides is") + "): its papers would be in "
                    + text + "; make them with --lang " + text + ", or translate the course first");
        }
        List<LocalDate> dates = RunDates.days(o.dates(), course.days().size());
        PdfFonts fonts = session.fonts();
        List<Participant> people = List.of();
        if (o.participants() != null) {
            String name = displayName(o.participants());
            people = Participants.read(o.participants(), name, columns(curriculum), problems);
            for (Participant p : people) {
                printable(p.name(), name, p.line(), fonts, problems);
                printable(p.organisation(), name, p.line(), fonts, problems);
            }
        }
        printable(o.trainer(), "--trainer", 0, fonts, problems);
        printable(o.place(), "--place", 0, fonts, problems);
        List<org.kring.Problem> warnings = RunWarnings.of(l, course, dates, o.holidays());
        warnings.forEach(problems::add);
        problems.throwIfErrors();

        RunDates run = new RunDates(org.kring.i18n.Dates.locale(l.language()), dates);
        Map<String, Object> extra = new HashMap<>();
        extra.put("runDates", run.eachDay());
        extra.put("runDatesShort", run.eachDayShort());
        extra.put("period", run.period());
        extra.put("participants", people);
        extra.put("blankRows", people.isEmpty() ? BLANK_ROWS : 0);
        extra.put("trainer", o.trainer() == null ? "" : o.trainer());
        extra.put("place", o.place() == null ? "" : o.place());
        // No cache: a course run is made once, and its papers must not linger in the site's cache.
        // One browser for the four papers, closed when they are made. The certificates (a page per participant,
        // thousands in a large run) go straight to a hidden file beside their place, the others are held; all
        // four are in place only when all four are made.
        String stem = course.id() + "-" + dates.get(0);
        Path folder = (o.out() != null ? o.out() : site.resolve("course-runs").resolve(stem + "-" + l.code()))
                .toAbsolutePath().normalize();
        Map<String, PdfEngine.Pdf> docs = new java.util.LinkedHashMap<>();
        Path certificates = folder.resolve(stem + "-certificates.pdf");
        Path staged = null;
        boolean newFolder = !Files.isDirectory(folder);
        List<Written> written = new ArrayList<>();
        try {
            int certificatePages;
            try (PrintRenderer renderer = session.printUncached()) {
                docs.put(stem + "-trainer.pdf", renderer.renderCourseDocument(l, course, "trainer", "print/course.ftlh",
                        extra));
                docs.put(stem + "-trainee.pdf", renderer.renderCourseDocument(l, course, "trainee", "print/course.ftlh",
                        extra));
                docs.put(stem + "-attendance.pdf", renderer.renderCourseDocument(l, course, "attendance",
                        "print/attendance.ftlh", extra));
                Files.createDirectories(folder);
                staged = org.kring.write.AtomicWrite.tempBeside(certificates);
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(staged))) {
                    certificatePages = renderer.renderCourseDocumentInParts(l, course, "certificates",
                            "print/certificates.ftlh", extra, "participants", CERTIFICATES_PER_PART, out);
                }
            }
            for (Map.Entry<String, PdfEngine.Pdf> e : docs.entrySet()) {
                Path target = folder.resolve(e.getKey());
                org.kring.write.AtomicWrite.write(target, e.getValue().bytes());
                written.add(new Written(target, e.getValue().pages()));
            }
            Files.move(staged, certificates, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            written.add(new Written(certificates, certificatePages));
        } catch (IOException e) {
            throw org.kring.write.Failures.io("cannot write " + certificates, e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException e) {
                    // a hidden file left behind; the next run writes a new one
                }
            }
            if (newFolder && written.isEmpty()) {
                try {
                    Files.deleteIfExists(folder); // only when empty: the run failed before writing anything
                } catch (IOException e) {
                    // not empty, or not ours to remove
                }
            }
        }
        return new Result(folder, List.copyOf(written), people.size(), warnings);
    }

    /** Besides the built-in names, exactly what the site's attendance lists print as those columns' headings. */
    static Participants.Columns columns(Curriculum curriculum) {
        List<String> names = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (LocalizedContent l : curriculum.locales()) {
            names.add(l.ui().get("course.attendance_name"));
            organisations.add(l.ui().get("course.attendance_organisation"));
        }
        return Participants.Columns.builtIn().withNames(names, organisations);
    }

    /** A name that would print as '#' or an empty box is an error at its line. */
    private static void printable(String text, String file, int line, PdfFonts fonts, Problems problems) {
        if (text == null) {
            return;
        }
        text.codePoints().filter(cp -> !fonts.canDraw(cp)).distinct().forEach(cp -> problems.error(file, line,
                String.format("'%s' has the character '%s' (U+%04X, %s), which no bundled font has: it cannot be "
                        + "printed", text, new String(Character.toChars(cp)), cp, Character.getName(cp))));
    }

    private static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
