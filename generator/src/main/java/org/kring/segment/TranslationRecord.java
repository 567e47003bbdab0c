package org.kring.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What a translated file was made from: for each of its segments, in order, the source text it
 * translates (null while that part is not translated yet and still holds the source text). Kept beside
 * the translations in {@code translations/<locale>/.kring/<path>.yml}, written by Kring, read on every
 * status and build, so a change in the source shows up as an outdated translation of exactly that part.
 *
 * @param adapted true for a deliberate local version (never overwritten by an import)
 */
public record TranslationRecord(boolean adapted, List<Entry> entries) {

    /** One segment of the translation: its key and the source text it was made from, or null. */
    public record Entry(String key, String source) {
    }

    public static Path pathFor(Path translationsDir, String locale, String contentPath) {
        return translationsDir.resolve(locale).resolve(".kring").resolve(contentPath + ".yml");
    }

    /** Reads a record; null when there is none or it cannot be read (the file is then "unrecorded"). */
    @SuppressWarnings("unchecked")
    public static TranslationRecord read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Object data = org.kring.load.YamlNodes.load(Files.readString(file));
            if (!(data instanceof Map<?, ?> map)) {
                return null;
            }
            boolean adapted = Boolean.TRUE.equals(map.get("adapted"));
            List<Entry> entries = new ArrayList<>();
            Object segs = map.get("segments");
            if (segs instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        Object source = m.get("source");
                        entries.add(new Entry(String.valueOf(m.get("key")), source == null ? null : String.valueOf(source)));
                    }
                }
            }
            return new TranslationRecord(adapted, List.copyOf(entries));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The record's text: stable, so writing the same record twice gives the same bytes. */
    public String toYaml(String sourceName) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", sourceName);
        root.put("adapted", adapted);
        List<Map<String, Object>> segs = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", e.key());
            m.put("source", e.source());
            segs.add(m);
        }
        root.put("segments", segs);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setWidth(4096);
        o.setAllowUnicode(true);
        o.setLineBreak(DumperOptions.LineBreak.UNIX);
        return "# Written by Kring: the source text each part of the translation was made from. Do not edit.\n"
                + new Yaml(o).dump(root);
    }

    public void write(Path file, String sourceName) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, toYaml(sourceName).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
