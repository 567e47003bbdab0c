package org.kring.cli;

import java.io.PrintStream;
import java.util.function.BiConsumer;

/** A one-line progress bar on the terminal's error stream; silent when output goes to a file or a pipe. */
final class ProgressBar implements BiConsumer<Integer, Integer> {
    private static final int WIDTH = 30;
    private final String label;
    private final PrintStream out;
    private int lastDrawn = -1;
    private boolean drawn;

    private ProgressBar(String label, PrintStream out) {
        this.label = label;
        this.out = out;
    }

    /** A bar when standard error is a terminal, else null. */
    static ProgressBar onTerminal(String label) {
        return System.console() == null ? null : new ProgressBar(label, System.err);
    }

    @Override
    public synchronized void accept(Integer done, Integer total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (filled == lastDrawn && done.intValue() != total.intValue()) {
            return;
        }
        lastDrawn = filled;
        drawn = true;
        out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
        out.flush();
    }

    /** Clears the bar's line so the summary starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            out.print("\r" + " ".repeat(label.length() + WIDTH + 16) + "\r");
            out.flush();
        }
    }
}
