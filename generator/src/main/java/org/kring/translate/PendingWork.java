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
 * export must not overwrite. An entry counts when it is translated, confirmed (not fuzzy) and its translation
 * is nowhere in that file's translation (an entry imported before the English changed is there, as the
 * translation of the part that changed).
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
        Map<String, java.util.Set<String>> now = new HashMap<>();
        for (Message m : current) {
            if (!m.target().isBlank()) {
                now.computeIfAbsent(m.path(), k -> new java.util.HashSet<>()).add(Segment.normalize(m.target()));
            }
        }
        int pending = 0;
        for (Message m : parsed.messages()) {
            if (m.needsReview() || m.target().isBlank()) {
                continue;
            }
            if (!now.getOrDefault(m.path(), java.util.Set.of()).contains(Segment.normalize(m.target()))) {
                pending++;
            }
        }
        return pending;
    }

}
