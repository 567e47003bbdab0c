package org.kring.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One input file, read once. {@code name} is the path relative to the site root with forward slashes,
 * the form every problem message uses.
 *
 * <p>A file a rebuild knows unchanged since the last build ({@link #unread}) is not read until something asks for
 * its text: what the build needs of it (front matter, the facts of its body, its segments) comes from the read
 * cache, by its checksum.
 */
public final class SourceFile {
    private final Path path;
    private final String name;
    private final long checksum;
    /** Reads the text of an {@link #unread} file; null once read, or for a file made with its text. */
    private Supplier<String> reader;
    private volatile String text;

    /** A text of no file's bytes as they are: {@link #checksum} 0. */
    public SourceFile(Path path, String name, String text) {
        this(path, name, text, 0);
    }

    /**
     * @param text     the file's text with line endings normalised to {@code \n}
     * @param checksum {@link org.kring.Checksum} of the bytes {@code text} was decoded from, or 0 for a text that was
     *                 not read from a file as it is (a test's, an edit not yet saved): what is known of a file's
     *                 text between builds is keyed by it
     */
    public SourceFile(Path path, String name, String text, long checksum) {
        this.path = path;
        this.name = Objects.requireNonNull(name);
        this.text = Objects.requireNonNull(text);
        this.checksum = checksum;
    }

    private SourceFile(Path path, String name, long checksum, Supplier<String> reader) {
        this.path = path;
        this.name = Objects.requireNonNull(name);
        this.checksum = checksum;
        this.reader = Objects.requireNonNull(reader);
    }

    /**
     * A file whose bytes have the {@code checksum} (a non-zero one), read by {@code reader} when its text is first
     * asked for. The reader must give the text of exactly those bytes, or throw.
     */
    public static SourceFile unread(Path path, String name, long checksum, Supplier<String> reader) {
        if (checksum == 0) {
            throw new IllegalArgumentException("an unread file is known by its checksum");
        }
        return new SourceFile(path, name, checksum, reader);
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    public long checksum() {
        return checksum;
    }

    /** The file's text with line endings normalised to {@code \n}; read now if it was not yet. */
    public String text() {
        String t = text;
        if (t == null) {
            synchronized (this) {
                t = text;
                if (t == null) {
                    t = Objects.requireNonNull(reader.get());
                    text = t;
                    reader = null;
                }
            }
        }
        return t;
    }

    /** Whether the text is in memory (false for an {@link #unread} file nothing has asked yet). */
    public boolean isRead() {
        return text != null;
    }

    /** The path this file has, or mirrors, under content/: translations/nl/topics/x.md gives topics/x.md. */
    public String contentPath() {
        if (name.startsWith("content/")) {
            return name.substring("content/".length());
        }
        if (name.startsWith("translations/")) {
            int slash = name.indexOf('/', "translations/".length());
            return slash < 0 ? name : name.substring(slash + 1);
        }
        return name;
    }

    /**
     * Equal when the same file has the same text: for two files read from bytes, the same checksum says so without
     * reading either; otherwise the texts are compared.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof SourceFile f) || checksum != f.checksum || !name.equals(f.name)
                || !Objects.equals(path, f.path)) {
            return false;
        }
        return checksum != 0 || text().equals(f.text());
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(path, name, checksum);
        return checksum != 0 ? h : 31 * h + text().hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
