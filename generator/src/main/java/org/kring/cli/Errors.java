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

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ContentException ce) {
            print(err, ce);
            return Main.CONTENT_ERRORS;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            err.println("error: " + io.getMessage());
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        err.println("internal error: this is a bug in Kring, please report it with the text below.");
        e.printStackTrace(err);
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
