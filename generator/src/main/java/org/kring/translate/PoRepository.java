package org.kring.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.kring.Problems;
import org.kring.load.InputFiles;
import org.kring.model.SourceFile;

/**
 * The {@code po/} folder of a site, laid out the way translation platforms expect gettext files in a
 * repository: a template per content file ({@code po/programmes/pregnancy/01-welcome.pot}) and a PO file
 * per language and content file ({@code po/nl/programmes/pregnancy/01-welcome.po}), plus Kring's own
 * sync records under {@code po/.kring/}. Reads files with their problems and writes them only when their
 * bytes change, each through a temporary file moved into place, so a reader never sees half a file.
 */
public final class PoRepository {
    private final Path root;

    /** @param root the site folder (holding site.yml) */
    public PoRepository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path dir() {
        return root.resolve("po");
    }

    /** The template of a content file, e.g. {@code po/programmes/pregnancy/01-welcome.pot}. */
    public Path template(String contentPath) {
        return dir().resolve(stem(contentPath) + ".pot");
    }

    /** The PO file of a content file in a language, e.g. {@code po/nl/programmes/pregnancy/01-welcome.po}. */
    public Path po(String locale, String contentPath) {
        return dir().resolve(locale).resolve(stem(contentPath) + ".po");
    }

    Path record(String locale, String contentPath) {
        return dir().resolve(".kring").resolve(locale).resolve(stem(contentPath) + ".sync");
    }

    /** A file's name as problems and messages give it: relative to the site, with forward slashes. */
    public String name(Path file) {
        return InputFiles.name(root, file.toAbsolutePath().normalize());
    }

    /**
     * Every file of {@code po/} Kring may read, through the listing every command uses: a symbolic link it does
     * not follow is a problem in {@code problems}, and is not listed.
     */
    public List<Path> files(Problems problems) {
        return InputFiles.list(root, "po", problems);
    }

    /** The content paths ({@code topics/nutrition.md}) that have a PO file in {@code po/<locale>/}, among {@code files}. */
    public List<String> posOf(String locale, List<Path> files) {
        Path dir = dir().resolve(locale);
        List<String> out = new ArrayList<>();
        for (Path p : files) {
            if (!p.startsWith(dir)) {
                continue;
            }
            String rel = InputFiles.name(dir, p);
            if (rel.endsWith(".po")) {
                out.add(rel.substring(0, rel.length() - 3) + ".md");
            }
        }
        return out;
    }

    /** Reads a PO or POT file; null (with the problem recorded) when it is not UTF-8 text. */
    public PoCatalog read(Path file, Problems problems) {
        SourceFile f = InputFiles.read(root, file.toAbsolutePath().normalize(), problems);
        return f == null ? null : PoCatalog.read(name(file), f.text(), problems);
    }

    /** Writes {@code text} unless the file holds exactly that already; true when it wrote. */
    public boolean write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Path tmp = org.kring.write.AtomicWrite.tempBeside(file);
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(name(file) + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static String stem(String contentPath) {
        return contentPath.endsWith(".md") ? contentPath.substring(0, contentPath.length() - 3) : contentPath;
    }
}
