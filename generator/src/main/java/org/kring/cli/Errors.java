package org.kring.cli;

import java.io.PrintWriter;

import org.kring.ContentException;
import org.kring.Problem;
import picocli.CommandLine;

/**
 * Turns what went wrong into what the user reads: content problems as {@code file:line: error: message}
 * (exit 1), never a stack trace; only a bug in Kring itself shows one.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {
    private final boolean verbose;

    Errors(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ContentException ce) {
            print(err, ce);
            return Main.CONTENT_ERRORS;
        }
        if (e instanceof org.kring.UserError u) {
            // Asked for something that cannot be done (a missing file, a wrong folder, a bad value): one line.
            err.println("error: " + u.getMessage());
            err.flush();
            return Main.USAGE;
        }
        if (e instanceof org.kring.render.print.browser.BrowserException b) {
            // No browser, or one that failed: said in words, like a content problem.
            err.println("error: " + b.getMessage());
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            String m = io.getMessage();
            boolean hasReason = m != null && m.contains(": ") && io.getCause() != null
                    && !m.equals(io.getCause().toString());
            err.println("error: " + (hasReason ? m : (m == null ? "" : m + ": ")
                    + org.kring.write.Failures.reason(io.getCause())));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        return unexpected(e, verbose, err);
    }

    /**
     * Anything else, {@link Error}s included: one line that says what happened, and where to see more. A
     * user never gets a stack trace unless asking for one.
     */
    static int unexpected(Throwable t, boolean verbose, PrintWriter err) {
        if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
            err.println("error: " + (t instanceof StackOverflowError
                    ? "the input is nested too deeply to read (lists, quotes or blocks inside each other)"
                    : "not enough memory; give Java more with KRING_JAVA_OPTS=-Xmx2g")
                    + (verbose ? "" : " (run again with --verbose or KRING_VERBOSE=1 for details)"));
        } else {
            String what = t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getClass().getSimpleName() + ": " + t.getMessage().lines().findFirst().orElse("");
            err.println("internal error: " + what + " (a bug in Kring; run again with --verbose or KRING_VERBOSE=1 "
                    + "and report what it prints)");
        }
        if (verbose) {
            t.printStackTrace(err);
        }
        err.flush();
        return Main.CONTENT_ERRORS;
    }

    static void print(PrintWriter err, ContentException ce) {
        int errors = 0;
        int warnings = 0;
        for (Problem p : ce.problems()) {
            err.println(p);
            if (p.isError()) {
                errors++;
            } else {
                warnings++;
            }
        }
        err.println(errors + (errors == 1 ? " error" : " errors")
                + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                + "; nothing was written.");
        err.flush();
    }
}
