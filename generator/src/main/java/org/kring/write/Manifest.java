package org.kring.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;

import org.kring.BuildResult;
import org.kring.Problem;

/**
 * What an output folder holds, kept between builds under the site's {@code .kring-cache/}: every file with
 * its size and modification time and, after a complete build, the state of the inputs it was built from
 * and that build's result. A later build uses it to write only files whose bytes changed, to delete pages
 * that are gone and, when no input changed and no output was touched, to skip the build altogether.
 *
 * @param inputs the {@link org.kring.load.InputState} listing the output was built from, or "" when unknown
 *               (a preview server wrote it, or the build did not finish)
 * @param result the build's result, replayed by a build that finds nothing to do; null when unknown
 * @param files  output path → size and modification time
 */
public record Manifest(String inputs, BuildResult result, Map<String, Manifest.Entry> files) {
    private static final String HEADER = "# kring output manifest 2";

    /**
     * An output file's size, modification time in milliseconds and {@link org.kring.Checksum} of its bytes (0 when
     * unknown: a manifest of an earlier Kring).
     */
    public record Entry(long size, long modified, long checksum) {
        public Entry(long size, long modified) {
            this(size, modified, 0);
        }

        /** The same file with the size and time it has now. */
        Entry at(java.nio.file.attribute.BasicFileAttributes a) {
            return new Entry(a.size(), a.lastModifiedTime().toMillis(), checksum);
        }
    }

    /** Where the manifest of an output folder is kept. */
    public static Path fileFor(Path out, Path cacheDir) {
        String key = out.toAbsolutePath().normalize().toString();
        CRC32C crc = new CRC32C();
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        crc.update(b);
        return cacheDir.resolve("output-" + Long.toHexString(crc.getValue()) + "-" + b.length + ".manifest");
    }

    /**
     * The last manifest read, with its file's name and the identity, time and size of that file and of its inputs'
     * file: a build reads the same manifest when it starts, when it locks the folder and when it keeps a copy, and
     * both files are only ever replaced, never changed in place ({@link #write}).
     */
    private static volatile Object[] last = new Object[3];

    /** The manifest in {@code file}, or null when there is none or it cannot be trusted. */
    public static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String stamp;
        try {
            stamp = stamp(file) + "|" + stamp(inputsFile(file));
        } catch (IOException e) {
            return null;
        }
        Object[] kept = last;
        if (file.equals(kept[0]) && stamp.equals(kept[1])) {
            return (Manifest) kept[2];
        }
        Manifest m = parse(file);
        if (m != null) {
            last = new Object[] {file, stamp, m};
        }
        return m;
    }

    /**
     * A file's identity, time (to the nanosecond where the file system keeps it) and size, or "-" when there is no
     * file: what changes when a file Kring only ever replaces (never changes in place) is replaced.
     */
    public static String stamp(Path file) throws IOException {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return "-";
        }
        var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return a.fileKey() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + a.size();
    }

    private static Manifest parse(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return null;
            }
            Path inputsFile = inputsFile(file);
            String inputs = Files.isRegularFile(inputsFile) ? Files.readString(inputsFile, StandardCharsets.UTF_8) : "";
            Map<String, Integer> pages = new LinkedHashMap<>();
            int[] counts = null;
            List<Problem> warnings = new ArrayList<>();
            Map<String, Entry> files = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "pages" -> pages.put(f[1], Integer.parseInt(f[2]));
                    case "counts" -> counts = new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])};
                    case "warning" -> warnings.add(Problem.warning(unescape(f[1]), Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]), unescape(f[4])));
                    case "file" -> files.put(unescape(f[1]), new Entry(Long.parseLong(f[2]), Long.parseLong(f[3]),
                            f.length > 4 ? Long.parseUnsignedLong(f[4], 16) : 0));
                    default -> {
                        return null;
                    }
                }
            }
            BuildResult result = counts == null ? null
                    : new BuildResult(pages, files.size(), 0, 0, counts[0], 0, 0, 0, 0, List.copyOf(warnings));
            return new Manifest(inputs, result, files);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The text of the manifest last written, by identity: a build writes its manifest twice (output and copy). */
    private static volatile Object[] lastText = new Object[2];

    /** Writes the manifest through a temporary file, so a crash leaves the old one or none. */
    public void write(Path file) {
        Object[] kept = lastText;
        CharSequence text = kept[0] == this ? (CharSequence) kept[1] : null;
        if (text == null) {
            text = text();
            lastText = new Object[] {this, text};
        }
        try {
            Files.createDirectories(file.getParent());
            // The inputs first: a manifest is never newer than the inputs beside it.
            replace(inputsFile(file), inputs);
            replace(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private String text() {
        StringBuilder sb = new StringBuilder(64 * files.size() + 256).append(HEADER).append('\n');
        if (result != null) {
            result.pages().forEach((lang, n) -> sb.append("pages\t").append(lang).append('\t').append(n).append('\n'));
            sb.append("counts\t").append(result.pdfs()).append('\t').append(result.files()).append('\n');
            for (Problem w : result.warnings()) {
                sb.append("warning\t").append(escape(w.file())).append('\t').append(w.line()).append('\t')
                        .append(w.column()).append('\t').append(escape(w.message())).append('\n');
            }
        }
        for (Map.Entry<String, Entry> e : new TreeMap<>(files).entrySet()) {
            sb.append("file\t").append(escape(e.getKey())).append('\t').append(e.getValue().size()).append('\t')
                    .append(e.getValue().modified());
            if (e.getValue().checksum() != 0) {
                // A fifth field: an earlier Kring reads the first four.
                sb.append('\t').append(Long.toHexString(e.getValue().checksum()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void replace(Path file, CharSequence text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Where the listing of the inputs is kept, beside the manifest. */
    private static Path inputsFile(Path manifest) {
        return manifest.resolveSibling(manifest.getFileName() + ".inputs");
    }

    /**
     * True when every file listed is in {@code out} with the size and time it had when written, so the
     * folder still holds exactly what the last build made (files a user added are not Kring's concern).
     */
    public boolean intact(Path out) {
        return files.entrySet().parallelStream().allMatch(e -> {
            try {
                var a = Files.readAttributes(out.resolve(e.getKey()), java.nio.file.attribute.BasicFileAttributes.class);
                return a.isRegularFile() && a.size() == e.getValue().size()
                        && a.lastModifiedTime().toMillis() == e.getValue().modified();
            } catch (IOException ex) {
                return false;
            }
        });
    }

    /**
     * This manifest with each file as it is in {@code dir} when every file there has its recorded size and either
     * its recorded time or, when only the time differs (a folder copied or restored from an archive that keeps
     * times to the second), its recorded checksum; null otherwise.
     */
    public Manifest verified(Path dir) {
        Map<String, Entry> now = new java.util.concurrent.ConcurrentHashMap<>();
        boolean all = files.entrySet().parallelStream().allMatch(e -> {
            try {
                Path file = dir.resolve(e.getKey());
                var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                Entry was = e.getValue();
                if (!a.isRegularFile() || a.size() != was.size()) {
                    return false;
                }
                if (a.lastModifiedTime().toMillis() != was.modified()
                        && (was.checksum() == 0 || org.kring.Checksum.of(Files.readAllBytes(file)) != was.checksum())) {
                    return false;
                }
                now.put(e.getKey(), was.at(a));
                return true;
            } catch (IOException ex) {
                return false;
            }
        });
        return all ? new Manifest(inputs, result, Map.copyOf(now)) : null;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
