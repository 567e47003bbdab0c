package org.kring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a command as a new process and measures its wall time, its CPU time (user + system, of all its threads) and
 * its peak memory (VmHWM), the last two read from /proc while it runs.
 */
public final class Measure {
    /**
     * Wall time in seconds, peak resident memory in MiB (0 when unknown), the exit code, and CPU time in seconds
     * (0 when unknown; read every few milliseconds, so the last moments before the process ends are missing).
     */
    public record Run(double seconds, double peakMiB, int exit, String output, double cpuSeconds) {

        public Run(double seconds, double peakMiB, int exit, String output) {
            this(seconds, peakMiB, exit, output, 0);
        }

        /** The median time and CPU time of several runs, with the highest peak memory of them. */
        public static Run median(List<Run> runs) {
            return new Run(Measure.median(runs.stream().map(Run::seconds).toList()),
                    runs.stream().mapToDouble(Run::peakMiB).max().orElse(0), 0, "",
                    Measure.median(runs.stream().map(Run::cpuSeconds).toList()));
        }
    }

    /** Clock ticks per second of /proc/PID/stat's times: 100 on Linux. */
    private static final double TICKS = 100.0;

    private Measure() {
    }

    public static Run process(List<String> command, Path dir) {
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile())
                    .redirectErrorStream(true).start();
            Path status = Path.of("/proc/" + p.pid() + "/status");
            Path stat = Path.of("/proc/" + p.pid() + "/stat");
            long peakKb = 0;
            long ticks = 0;
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(p.getInputStream().readAllBytes()));
                } catch (IOException e) {
                    // The process ended.
                }
            });
            reader.start();
            while (p.isAlive()) {
                peakKb = Math.max(peakKb, peak(status));
                ticks = Math.max(ticks, cpuTicks(stat));
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            reader.join();
            return new Run(seconds, peakKb / 1024.0, exit, output.toString(), ticks / TICKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long peak(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Gone between the check and the read.
        }
        return 0;
    }

    /** utime + stime of a running process, in clock ticks (fields 14 and 15, after the command's name). */
    private static long cpuTicks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n == 0 ? 0 : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    public static double percentile(List<Double> values, double p) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.isEmpty() ? 0 : v.get(Math.min(v.size() - 1, (int) Math.ceil(p * v.size()) - 1));
    }

    /** Deletes a folder and everything in it. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
