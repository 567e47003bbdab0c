package org.kring.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import would write under content/ (new Markdown text, or a file copied as it is) and what it tells the
 * user about what it changed or left out. Nothing is written while a plan is made, so an import that would
 * overwrite anything can write nothing at all.
 */
public final class ImportPlan {
    /** One file to write: its text, or the file to copy. */
    public record Entry(String text, Path copyOf) {
    }

    private final Map<String, Entry> files = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();

    /** @param path under content/, with '/' */
    void text(String path, String text) {
        files.put(path, new Entry(text, null));
    }

    void copy(String path, Path source) {
        files.putIfAbsent(path, new Entry(null, source));
    }

    boolean has(String path) {
        return files.containsKey(path);
    }

    /** Said once, however many files gave cause to say it. */
    void note(String text) {
        notes.add(text);
    }

    public Map<String, Entry> files() {
        return files;
    }

    public List<String> notes() {
        return new ArrayList<>(notes);
    }
}
