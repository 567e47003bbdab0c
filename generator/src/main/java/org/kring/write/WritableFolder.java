package org.kring.write;

import java.nio.file.Files;
import java.nio.file.Path;

import org.kring.UserError;

/**
 * A folder an option names for writing, checked before any work: a file there, or a file where one of its
 * parent folders should be, would otherwise fail only at the first write, after the whole build, in the file
 * system's words.
 */
public final class WritableFolder {
    private WritableFolder() {
    }

    /** Throws a {@link UserError} naming the option when {@code folder} is a file or lies inside one. */
    public static void require(String option, Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (Files.exists(f) && !Files.isDirectory(f)) {
            throw new UserError(option + ": '" + folder + "' is a file, not a folder; choose a folder");
        }
        for (Path p = f.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new UserError(option + ": '" + folder + "' is inside '" + p + "', which is a file, not a "
                            + "folder; choose a folder");
                }
                return;
            }
        }
    }
}
