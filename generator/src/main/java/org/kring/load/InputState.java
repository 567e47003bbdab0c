package org.kring.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What a build reads, as text to compare with the next build's: the name, size and modification time of
 * every file of site.yml, content/, translations/ and templates/, of the Kring build itself, and the build's
 * options. Taken from file metadata only, so it costs a directory walk, not a read. Kept as the full
 * listing rather than a hash, so two states are equal only when they are.
 *
 * <p>Like git's index, it distrusts files changed in the moments around the build that recorded it: an
 * editor may save twice within one tick of a coarse file-system clock, so a digest taken while any input
 * is that young is marked {@link #settled() unsettled} and never used to skip a build.
 */
public record InputState(String listing, boolean settled) {
    /** Files changed less than this long before the digest was taken may change again unnoticed. */
    public static final long SETTLE_MILLIS = 2_000;

    private static final List<String> INPUTS = List.of("site.yml", "content", "translations", "templates");

    /**
     * The state of a site's inputs for a build with these options (anything that changes the output, as
     * text).
     */
    public static InputState of(Path site, String options) {
        return of(site, options, null);
    }

    /** As {@link #of(Path, String)}, keeping the walk in {@code walk} (when not null) for the load's listing. */
    public static InputState of(Path site, String options, InputWalk walk) {
        long now = System.currentTimeMillis();
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append(options).append('\n');
        long[] newest = {Long.MIN_VALUE};
        for (String name : INPUTS) {
            walk(site, site.resolve(name), sb, newest, walk);
        }
        sb.append(tool());
        return new InputState(sb.toString(), newest[0] < now - SETTLE_MILLIS);
    }

    private static void walk(Path base, Path start, StringBuilder sb, long[] newest, InputWalk kept) {
        if (!Files.exists(start)) {
            sb.append("-\t").append(name(base, start)).append('\n');
            return;
        }
        try {
            List<String> lines = new ArrayList<>();
            SimpleFileVisitor<Path> visitor = new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes link) {
                    BasicFileAttributes a = link;
                    if (link.isSymbolicLink()) {
                        // What a build reads through a link is the file it points to: an edit there is a change.
                        try {
                            a = Files.readAttributes(file, BasicFileAttributes.class);
                        } catch (IOException e) {
                            lines.add(name(base, file) + "\tunreadable");
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    long modified = a.lastModifiedTime().toMillis();
                    newest[0] = Math.max(newest[0], modified);
                    lines.add(name(base, file) + "\t" + a.size() + "\t" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    lines.add(name(base, file) + "\tunreadable");
                    return FileVisitResult.CONTINUE;
                }
            };
            if (kept == null) {
                Files.walkFileTree(start, visitor);
            } else {
                kept.walk(start, visitor);
            }
            // Walk order depends on the file system; the digest must not.
            lines.sort(null);
            lines.forEach(l -> sb.append(l).append('\n'));
        } catch (IOException e) {
            sb.append("?\t").append(start).append('\n');
        }
    }

    /**
     * The Java that runs Kring, and the name, size and time of the jar (or each class file) Kring runs from: what a
     * build's output and caches are valid for. Another Java may read the same text otherwise (its Unicode tables
     * decide which characters a heading's anchor keeps).
     */
    public static String tool() {
        StringBuilder sb = new StringBuilder();
        sb.append("java\t").append(Runtime.version()).append('\n');
        Path tool = toolPath();
        if (tool != null) {
            walk(tool.getParent() == null ? tool : tool.getParent(), tool, sb, new long[1], null);
        }
        return sb.toString();
    }

    /** A file's name as the listing gives it: relative, with forward slashes on every system, as the load names it. */
    private static String name(Path base, Path file) {
        return InputFiles.relative(base, file);
    }

    /** The folder the names of {@link #tool()}'s files are relative to, or null when unknown. */
    public static Path toolBase() {
        Path tool = toolPath();
        return tool == null ? null : tool.getParent() == null ? tool : tool.getParent();
    }

    /** The jar (or classes folder) Kring runs from: a new Kring may render the same input differently. */
    private static Path toolPath() {
        try {
            var source = InputState.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
