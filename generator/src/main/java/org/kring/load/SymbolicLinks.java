package org.kring.load;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which symbolic links in a site Kring follows. A site is often a shared repository: a link to a file outside
 * it ({@code ln -s /etc/passwd content/images/logo.svg}) would publish whatever it points at, so only links to
 * ordinary files inside the site folder are followed. Links to folders are never followed, wherever they lead:
 * a linked folder would be read twice or in a circle, and the preview's watcher and the no-change check would
 * not see edits behind it. Links into hidden places ({@code .git/config}, which may hold a password) are
 * refused like links out of the site.
 */
final class SymbolicLinks {
    /** More hops than any sane chain of links; a longer one is treated as a circle. */
    private static final int MAX_HOPS = 40;

    private SymbolicLinks() {
    }

    /**
     * Why Kring does not follow the symbolic link {@code link}, in words for its error, or null when it may: it
     * leads to a regular, not hidden file inside the site folder, whose real path is {@code siteReal}.
     */
    static String refusal(Path siteReal, Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            return "a symbolic link to something that does not exist (" + pointsTo(link)
                    + "); remove the link, or copy the file it was meant for into the site";
        } catch (FileSystemException e) {
            List<String> circle = circle(link);
            if (circle != null) {
                return "a symbolic link that leads in a circle (" + String.join(" → ", circle)
                        + "); remove it, or copy the file it was meant for into the site";
            }
            return "a symbolic link that cannot be followed (" + reason(e) + "); remove it, or copy the file into the "
                    + "site";
        } catch (IOException e) {
            return "a symbolic link that cannot be followed (" + reason(e) + "); remove it, or copy the file into the "
                    + "site";
        }
        boolean folder = Files.isDirectory(target);
        if (!target.startsWith(siteReal)) {
            return folder
                    ? "a symbolic link to a folder outside the site folder (" + target + "); Kring does not read or "
                            + "publish it; copy the folder into the site instead"
                    : "a symbolic link to a file outside the site folder (" + target + "); Kring does not read or "
                            + "publish it; copy the file into the site instead";
        }
        String inside = InputFiles.name(siteReal, target);
        if (folder) {
            return "a symbolic link to a folder (" + (inside.isEmpty() ? "the site folder" : inside) + "); Kring "
                    + "does not follow linked folders, so that no file is read twice or in a circle; move the folder "
                    + "here, or link its files one by one";
        }
        if (InputFiles.hidden(siteReal.relativize(target))) {
            return "a symbolic link to a hidden file (" + inside + "); Kring does not read hidden files, which may "
                    + "hold settings or passwords; copy the file into the site instead";
        }
        if (!Files.isRegularFile(target)) {
            return "a symbolic link to something that is not a file (" + inside + "); remove it";
        }
        return null;
    }

    /** The link's own text, as the user wrote it with {@code ln -s}. */
    private static String pointsTo(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /**
     * The chain of a link that comes back to itself, as {@code ls -l} shows each step (the link's name, then what
     * each link says), or null when it does not come back.
     */
    private static List<String> circle(Path link) {
        List<String> steps = new ArrayList<>(List.of(link.getFileName().toString()));
        Set<Path> seen = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        for (int hop = 0; hop < MAX_HOPS && Files.isSymbolicLink(at); hop++) {
            if (!seen.add(at)) {
                return steps;
            }
            try {
                Path next = Files.readSymbolicLink(at);
                steps.add(next.toString());
                at = at.getParent().resolve(next).normalize();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static String reason(IOException e) {
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r;
    }
}
