package org.kring.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.kring.Problems;
import org.kring.model.SourceFile;

/**
 * Finding and reading input files: the one listing every command uses (hidden files skipped, symbolic links
 * followed only to files inside the site), UTF-8 only, line endings normalised.
 */
public final class InputFiles {
    /**
     * Far beyond any text file of a curriculum (a long session guide is 50 KiB, a PO file of a whole large
     * site some MiB), and refused once that much is read: a file of gigabytes (a disk image saved under content/ by
     * mistake) would not fit in memory.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * The files Kring may read under {@code path} (relative to the site folder: {@code content},
     * {@code translations/nl}, {@code templates}, {@code po}, or one file such as {@code site.yml}), sorted. Every
     * command lists its input here, so one rule holds for all of them:
     * <ul>
     * <li>hidden files and folders and editors' backups ({@code .DS_Store}, {@code notes.md~}, {@code #x#}) are
     * left out; Kring's own records ({@code .kring/}) are checked like the rest but not listed, as they are read
     * by name;</li>
     * <li>a symbolic link is listed only when it leads to an ordinary file inside the site folder
     * ({@link SymbolicLinks}); any other link, and any folder on the way that is a link, is an error in
     * {@code problems} naming the link, and is left out;</li>
     * <li>a folder that cannot be read is an error naming it.</li>
     * </ul>
     * Empty when {@code path} does not exist.
     */
    public static List<Path> list(Path site, String path, Problems problems) {
        return list(site, path, problems, null);
    }

    /** As {@link #list(Path, String, Problems)}, going over {@code walk} where it holds {@code path}. */
    public static List<Path> list(Path site, String path, Problems problems, InputWalk walk) {
        Path siteReal;
        try {
            siteReal = site.toRealPath();
        } catch (IOException e) {
            return List.of();
        }
        Path start = site;
        Path rel = Path.of(path);
        for (int i = 0; i < rel.getNameCount(); i++) {
            start = start.resolve(rel.getName(i).toString());
            if (i < rel.getNameCount() - 1 && Files.isSymbolicLink(start)) {
                String why = SymbolicLinks.refusal(siteReal, start);
                problems.error(name(site, start), 0, why != null ? why : "a symbolic link where a folder should be");
                return List.of();
            }
        }
        if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        Path top = start;
        try {
            SimpleFileVisitor<Path> visitor = new SimpleFileVisitor<>() {
                /** How deep the walk is inside a {@code .kring} folder: records are checked, not listed. */
                private int records;

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top) && skipped(dir)) {
                        if (!dir.getFileName().toString().equals(RECORDS)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        records++;
                    } else if (records > 0) {
                        records++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (records > 0) {
                        records--;
                    }
                    if (e != null) {
                        problems.error(name(site, dir), 0, "cannot read this folder (" + reason(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (skipped(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        String why = SymbolicLinks.refusal(siteReal, file);
                        if (why != null) {
                            problems.error(name(site, file), 0, why);
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE; // a pipe or a device: nothing to read
                    }
                    if (records == 0) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!skipped(file)) {
                        problems.error(name(site, file), 0, (Files.isDirectory(file) ? "cannot read this folder ("
                                : "cannot read this file (") + reason(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            };
            if (walk == null || !walk.replay(start, visitor)) {
                Files.walkFileTree(start, visitor);
            }
        } catch (IOException e) {
            problems.error(name(site, start), 0, "cannot read this folder (" + reason(e) + ")");
        }
        out.sort(null);
        return out;
    }

    /** Kring's own folder of records beside translations and PO files. */
    private static final String RECORDS = ".kring";

    private static boolean skipped(Path p) {
        Path name = p.getFileName();
        return name != null && hidden(name);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String r = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r;
    }

    /** Hidden files and folders and editors' backups: never read, never published. */
    static boolean hidden(Path rel) {
        return isHidden(rel.toString().replace('\\', '/'));
    }

    /**
     * Whether a path (relative, with forward slashes) names a hidden file or folder or an editor's backup
     * ({@code .git/config}, {@code notes/.draft.csv}, {@code a.md~}, {@code #a.md#}), which Kring never reads.
     */
    public static boolean isHidden(String rel) {
        for (String s : rel.split("/")) {
            if (s.startsWith(".") && !s.equals(".") && !s.equals("..") || s.endsWith("~") || s.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a file is Markdown, whatever the case of its extension ({@code notes.MD}, {@code Notes.Md},
     * {@code notes.markdown}): such a file is content, never a file published as it is.
     */
    public static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** The path of {@code file} relative to {@code root}, with forward slashes. */
    public static String name(Path root, Path file) {
        return relative(root, file);
    }

    /**
     * {@code file}'s path relative to {@code base}, with forward slashes. A file inside {@code base} (every file a
     * walk of it finds) is named by cutting the text, which costs a tenth of {@link Path#relativize} (thousands of
     * files per build); any other takes relativize.
     */
    public static String relative(Path base, Path file) {
        String b = base.toString();
        String f = file.toString();
        if (f.length() > b.length() + 1 && f.startsWith(b) && f.charAt(b.length()) == java.io.File.separatorChar
                && !b.isEmpty() && b.charAt(b.length() - 1) != java.io.File.separatorChar) {
            String rest = f.substring(b.length() + 1);
            return java.io.File.separatorChar == '/' ? rest : rest.replace('\\', '/');
        }
        return base.relativize(file).toString().replace('\\', '/');
    }

    private static String tooLarge(long size) {
        return "the file is " + (size > MAX_BYTES && size >> 20 == MAX_BYTES >> 20 ? "over " : "") + (size >> 20)
                + " MiB; Kring reads text files up to " + (MAX_BYTES >> 20) + " MiB";
    }

    /** What a reader knows of some files' bytes already: their text is then not decoded when they are read. */
    interface Known {
        /** Whether what is needed of the file {@code name} with the bytes of {@code checksum} is known. */
        boolean has(String name, long checksum);

        /** The text of {@code file}, read again when asked for: of the bytes of {@code checksum}, or else. */
        java.util.function.Supplier<String> later(Path file, String name, long checksum);
    }

    /** Each reading thread's buffer, kept while it is at most {@link #KEPT_BUFFER} bytes. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 << 10]);
    private static final int KEPT_BUFFER = 1 << 20;

    /** Reads a text file; returns null after recording a problem when it is not valid UTF-8. */
    public static SourceFile read(Path root, Path file, Problems problems) {
        return read(root, file, problems, null);
    }

    /**
     * Reads a text file as {@link #read(Path, Path, Problems)} does, and puts the hash of the bytes read
     * ({@link FileDigests}) into {@code digests} under the file's name.
     */
    public static SourceFile read(Path root, Path file, Problems problems, java.util.Map<String, String> digests) {
        return read(root, file, problems, digests, null);
    }

    /**
     * As {@link #read(Path, Path, Problems, java.util.Map)}; when {@code known} holds for the file's checksum (what is
     * needed of those bytes is known already: a checkout gave an unchanged file a new time), the text is not decoded
     * but made {@link SourceFile#unread}, read again only if something asks for it.
     *
     * @param known what the caller knows of files' bytes already, or null
     */
    static SourceFile read(Path root, Path file, Problems problems, java.util.Map<String, String> digests,
            Known known) {
        String name = name(root, file);
        byte[] bytes;
        int length;
        long checksum;
        // A FileInputStream, not a channel: a channel's read fails when the thread was interrupted (the preview
        // interrupts its watcher, which may be rebuilding), and it goes through a direct buffer kept per thread.
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
            // Into this thread's buffer, not a new array per file: a build reads the site's every file, and their
            // bytes were a fifth of what a rebuild allocated (the text is what the model keeps). Its size is not
            // asked first (a look at each of thousands of files): the buffer grows as the file is read, never
            // past the limit.
            bytes = BUFFER.get();
            length = 0;
            for (int n; (n = in.read(bytes, length, bytes.length - length)) >= 0; ) {
                length += n;
                if (length > MAX_BYTES) {
                    long size = length;
                    try {
                        size = Math.max(size, Files.size(file));
                    } catch (IOException e) {
                        // the size read so far says enough
                    }
                    problems.error(name, 0, tooLarge(size));
                    return null;
                }
                if (length == bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES + 1, bytes.length * 2L));
                }
            }
            if (bytes.length <= KEPT_BUFFER) {
                BUFFER.set(bytes);
            }
            checksum = org.kring.Checksum.of(bytes, length);
            if (digests != null) {
                digests.put(name, Long.toHexString(checksum));
            }
        } catch (IOException e) {
            problems.error(name, 0, "cannot read the file: " + org.kring.write.Failures.reason(e));
            return null;
        }
        if (known != null && checksum != 0 && known.has(name, checksum)) {
            return SourceFile.unread(file, name, checksum, known.later(file, name, checksum));
        }
        // The String constructor decodes in one step (a copy for ASCII) and replaces a malformed sequence by
        // U+FFFD; only a text holding one (malformed, or a U+FFFD of its own) is decoded again strictly.
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        int bad = text.indexOf('\uFFFD') >= 0 ? lineOfBadByte(java.util.Arrays.copyOf(bytes, length)) : 0;
        if (bad > 0) {
            problems.error(name, bad, "the file is not UTF-8 text; save it as UTF-8");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new SourceFile(file, name, text, checksum);
    }

    /**
     * The line of the first malformed sequence, where the strict decoder stops (overlong forms and surrogates too),
     * or 0 when there is none.
     */
    private static int lineOfBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        if (!StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true).isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
