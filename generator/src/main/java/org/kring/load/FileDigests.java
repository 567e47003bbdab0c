package org.kring.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Hashes of the inputs' bytes, so a build can tell a file whose time alone changed (a fresh checkout on a CI
 * runner, a copied folder, a file saved unchanged) from an edited one. The names are those of
 * {@link InputState#listing()}: a site's files, and after the {@code java} line the files Kring runs from.
 */
public final class FileDigests {
    private FileDigests() {
    }

    /**
     * A file's hash and whether it may be kept for a later build: the file still had the size and time the
     * listing gave it once read, and that time is older than the settling time before {@code taken} (a file
     * saved twice within one tick of the clock would otherwise keep the hash of a text the build never read).
     */
    public record Digest(String hash, boolean settled) {
    }

    /**
     * The digests of {@code names} (read in parallel); a file that cannot be read is left out.
     *
     * @param listing the listing the names come from, with each file's size and time
     * @param taken   when the build took the listing, in milliseconds
     * @param tool    whether to hash the files Kring runs from too (a jar of tens of megabytes: only when its time
     *                changed, not for every first build)
     */
    public static Map<String, Digest> of(Path site, String listing, Map<String, String> lines,
            Collection<String> names, long taken, boolean tool) {
        Path toolBase = InputState.toolBase();
        java.util.Set<String> toolNames = toolNames(listing);
        Map<String, Digest> out = new ConcurrentHashMap<>();
        names.parallelStream().forEach(name -> {
            boolean ofTool = toolNames.contains(name);
            Path file = !ofTool ? site.resolve(name) : tool && toolBase != null ? toolBase.resolve(name) : null;
            String line = lines.get(name);
            if (file != null && line != null && isFile(line)) {
                Digest d = digest(file, line, taken);
                if (d != null) {
                    out.put(name, d);
                }
            }
        });
        return out;
    }

    /** Whether a listing line's value is a file's size and time (not a folder's absence, an option, Java's version). */
    public static boolean isFile(String value) {
        int tab = value.indexOf('\t');
        return tab > 0 && tab == value.lastIndexOf('\t') && digits(value, 0, tab) && digits(value, tab + 1, value.length());
    }

    /** The size part of a file's listing value. */
    public static String size(String value) {
        return value.substring(0, value.indexOf('\t'));
    }

    private static boolean digits(String s, int from, int to) {
        if (from < to && s.charAt(from) == '-') {
            from++;
        }
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Digest digest(Path file, String line, long taken) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long nanos = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            boolean settled = line.equals(a.size() + "\t" + nanos) && bytes.length == a.size()
                    && nanos / 1_000_000 < taken - InputState.SETTLE_MILLIS;
            return new Digest(hash(bytes), settled);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The bytes' {@link org.kring.Checksum}, as hex. */
    static String hash(byte[] bytes) {
        return Long.toHexString(org.kring.Checksum.of(bytes));
    }

    /** The names of the listing's lines that come after the {@code java} line: the files Kring runs from. */
    private static java.util.Set<String> toolNames(String listing) {
        java.util.Set<String> names = new java.util.HashSet<>();
        int java = listing.startsWith("java\t") ? 0 : listing.indexOf("\njava\t") + 1;
        if (java <= 0 && !listing.startsWith("java\t")) {
            return names;
        }
        for (String line : listing.substring(java).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                names.add(line.substring(0, tab));
            }
        }
        names.remove("java");
        return names;
    }
}
