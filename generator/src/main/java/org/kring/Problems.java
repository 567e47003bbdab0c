package org.kring;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a run, so the user sees all of them at once instead of fixing one per build.
 * Thread-safe: files are loaded and pages rendered in parallel.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void error(String file, int line, String message) {
        add(Problem.error(file, line, message));
    }

    public void error(String file, int line, int column, String message) {
        add(Problem.error(file, line, column, message));
    }

    public void warning(String file, int line, String message) {
        add(Problem.warning(file, line, message));
    }

    public void warning(String file, int line, int column, String message) {
        add(Problem.warning(file, line, column, message));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    /** All problems, sorted by file, line and column, without duplicates. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }

    /** Stops the run when an earlier stage found errors, so later stages never work on a broken model. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new ContentException(sorted());
        }
    }
}
