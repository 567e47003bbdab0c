package org.kring.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kring.Problems;
import org.kring.segment.Segment;

/**
 * Translations in an exchange file that the translation files do not have yet: a translator's work that an
 * export must not overwrite. An entry counts when it is translated, confirmed (not fuzzy) and says something
 * else than the translation Kring has for the same text in the same file and role.
 */
public final class PendingWork {
    private PendingWork() {
    }

    /**
     * How many entries of {@code file} are not imported yet, against {@code current} (every message of the
     * language as exported now); -1 when the file cannot be read (then it must not be replaced either).
     */
    public static int count(Path file, List<Message> current) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Problems problems = new Problems();
        Importer.Parsed parsed = Importer.parse(file, problems);
        if (parsed == null || problems.hasErrors()) {
            return -1;
        }
        Map<String, String> now = new HashMap<>();
        for (Message m : current) {
            now.put(key(m.path(), m.role(), m.source()), Segment.normalize(m.target()));
            now.putIfAbsent(key(m.path(), null, m.source()), Segment.normalize(m.target()));
        }
        int pending = 0;
        for (Message m : parsed.messages()) {
            if (m.needsReview() || m.target().isBlank()) {
                continue;
            }
            String have = now.get(key(m.path(), m.role(), m.source()));
            if (!Segment.normalize(m.target()).equals(have)) {
                pending++;
            }
        }
        return pending;
    }

    private static String key(String path, String role, String source) {
        return path + "\u0000" + (role == null ? "" : role) + "\u0000" + Segment.normalize(source);
    }
}
