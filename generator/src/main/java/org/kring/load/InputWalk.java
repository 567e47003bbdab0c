package org.kring.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One walk of a site's input folders as the file system answered it, kept so that a build walks them once: the
 * listing that tells what changed ({@link InputState}) records it, and the load's listing ({@link InputFiles#list})
 * goes over it again instead of asking the file system a second time for every file. The load then reads the files
 * the build listed when it started, which is what the build records.
 */
public final class InputWalk {
    private sealed interface Event permits Enter, Leave, Visit, Failed {
        Path path();
    }

    private record Enter(Path path, BasicFileAttributes attrs) implements Event {
    }

    private record Leave(Path path, IOException e) implements Event {
    }

    private record Visit(Path path, BasicFileAttributes attrs) implements Event {
    }

    private record Failed(Path path, IOException e) implements Event {
    }

    private final Path site;
    /** Each walked start (relative to the site) with what its walk met, in order. */
    private final Map<String, List<Event>> walks = new HashMap<>();

    public InputWalk(Path site) {
        this.site = site;
    }

    /** Walks {@code start} (a file or folder of the site) as {@link Files#walkFileTree} does, and keeps what it met. */
    void walk(Path start, FileVisitor<Path> visitor) throws IOException {
        List<Event> events = new ArrayList<>();
        Files.walkFileTree(start, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                events.add(new Enter(dir, attrs));
                return visitor.preVisitDirectory(dir, attrs);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                events.add(new Visit(file, attrs));
                return visitor.visitFile(file, attrs);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                events.add(new Failed(file, e));
                return visitor.visitFileFailed(file, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                events.add(new Leave(dir, e));
                return visitor.postVisitDirectory(dir, e);
            }
        });
        walks.put(InputFiles.relative(site, start), events);
    }

    /**
     * Goes over the part of a kept walk at {@code start} as {@link Files#walkFileTree} would have (the visitor's
     * answers obeyed: a skipped folder's files are not visited, nor its end); false, having visited nothing, when no
     * kept walk holds {@code start} (then the caller walks it).
     */
    boolean replay(Path start, FileVisitor<Path> visitor) throws IOException {
        if (!start.startsWith(site)) {
            return false;
        }
        String rel = InputFiles.relative(site, start);
        List<Event> events = null;
        for (Map.Entry<String, List<Event>> w : walks.entrySet()) {
            if (rel.equals(w.getKey()) || rel.startsWith(w.getKey() + "/")) {
                events = w.getValue();
                break;
            }
        }
        if (events == null) {
            return false;
        }
        int from = -1;
        for (int i = 0; i < events.size() && from < 0; i++) {
            if (!(events.get(i) instanceof Leave) && events.get(i).path().equals(start)) {
                from = i;
            }
        }
        if (from < 0) {
            return true; // not there when the walk went by
        }
        int depth = 0;
        for (int i = from; i < events.size(); i++) {
            Event e = events.get(i);
            FileVisitResult r;
            if (e instanceof Enter d) {
                r = visitor.preVisitDirectory(d.path(), d.attrs());
                if (r == FileVisitResult.SKIP_SUBTREE) {
                    i = end(events, i);
                    if (depth == 0) {
                        return true;
                    }
                    continue;
                }
                depth++;
            } else if (e instanceof Leave l) {
                r = visitor.postVisitDirectory(l.path(), l.e());
                depth--;
            } else if (e instanceof Visit v) {
                r = visitor.visitFile(v.path(), v.attrs());
            } else {
                Failed f = (Failed) e;
                r = visitor.visitFileFailed(f.path(), f.e());
            }
            if (r == FileVisitResult.TERMINATE || depth == 0) {
                return true;
            }
            if (r == FileVisitResult.SKIP_SIBLINGS) {
                throw new UnsupportedOperationException("SKIP_SIBLINGS is not replayed");
            }
        }
        return true;
    }

    /** The index of the {@link Leave} that closes the folder entered at {@code enter}. */
    private static int end(List<Event> events, int enter) {
        int depth = 0;
        for (int i = enter; i < events.size(); i++) {
            if (events.get(i) instanceof Enter) {
                depth++;
            } else if (events.get(i) instanceof Leave && --depth == 0) {
                return i;
            }
        }
        return events.size() - 1;
    }
}
