package org.kring.serve;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;

import org.kring.Problem;
import org.kring.write.Failures;

/**
 * What the preview says when a rebuild fails in a way no content check foresaw (a file that cannot be read,
 * a folder that vanished while it was read, input nested deeper than a parser can follow, a bug): one
 * problem, shown in the browser's overlay and printed as one line, naming the saved file when there is one.
 * The preview itself goes on: it keeps the last good pages and reads everything again on the next save.
 */
final class RebuildFailure {
    private static final String GOES_ON = "; the preview keeps the last good pages and reads everything again on the "
            + "next save";

    private RebuildFailure() {
    }

    static Problem of(Throwable t, Collection<Path> changed, Path site) {
        return Problem.error(where(changed, site), 0, why(t) + GOES_ON);
    }

    private static String why(Throwable t) {
        if (t instanceof UncheckedIOException io) {
            return "could not rebuild: " + Failures.reason(io.getCause());
        }
        if (t instanceof org.kring.UserError u) {
            return u.getMessage();
        }
        if (t instanceof StackOverflowError) {
            return "the change is nested too deeply to read (lists, quotes, blocks or templates inside each other)";
        }
        if (t instanceof OutOfMemoryError) {
            return "not enough memory to rebuild; give Java more with KRING_JAVA_OPTS=-Xmx2g";
        }
        String what = t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage().lines().findFirst().orElse("");
        return "internal error: " + what + " (a bug in Kring; please report it)";
    }

    /** The saved file, when the change is one file of the site; otherwise the preview itself. */
    private static String where(Collection<Path> changed, Path site) {
        if (changed.size() == 1) {
            Path p = changed.iterator().next().toAbsolutePath().normalize();
            Path root = site.toAbsolutePath().normalize();
            if (p.startsWith(root) && !p.equals(root)) {
                return root.relativize(p).toString().replace('\\', '/');
            }
        }
        return "kring serve";
    }
}
