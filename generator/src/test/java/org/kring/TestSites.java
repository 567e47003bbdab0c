package org.kring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The example curriculum and helpers to build real sites into temporary folders. */
public final class TestSites {
    private TestSites() {
    }

    /** The repository root: the example site (site.yml, content/, translations/, templates/). */
    public static Path repo() {
        String p = System.getProperty("kring.repo");
        Path root = p != null ? Path.of(p) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** Copies the example site's sources (not its output) into {@code dir}. */
    public static Path copyExample(Path dir) {
        Path repo = repo();
        try {
            Files.createDirectories(dir);
            Files.copy(repo.resolve("site.yml"), dir.resolve("site.yml"), StandardCopyOption.REPLACE_EXISTING);
            for (String sub : List.of("content", "translations")) {
                copyTree(repo.resolve(sub), dir.resolve(sub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Builds the website only: most tests are about pages, and PDFs take seconds. */
    public static BuildResult build(Path site, Path out) {
        return Kring.build(BuildOptions.of(site).withOut(out).withPdf(false));
    }

    public static BuildResult buildWithPdf(Path site, Path out) {
        return Kring.build(BuildOptions.of(site).withOut(out));
    }

    /** Every file under {@code dir} with a hash of its bytes, to compare whole outputs. */
    public static Map<String, String> tree(Path dir) {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                m.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(d));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    public static void replaceInFile(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line of {@code file} that contains {@code text}. */
    public static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + " has no line with: " + text);
    }

}
