package org.kring.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kring.load.FrontMatter;
import org.kring.load.YamlNodes;

/**
 * A Markdown file written for another tool: its front matter as plain values (whatever keys that tool uses) and
 * its body. Front matter that is not YAML is kept in the body, where {@code kring check} shows it.
 */
record ForeignFile(Map<String, Object> meta, String body, String problem) {

    static ForeignFile of(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        FrontMatter.Split split = FrontMatter.split(t);
        if (split == null) {
            return new ForeignFile(Map.of(), t, null);
        }
        try {
            Object y = YamlNodes.load(split.yaml(t));
            Map<String, Object> meta = new LinkedHashMap<>();
            if (y instanceof Map<?, ?> m) {
                m.forEach((k, v) -> meta.put(String.valueOf(k), v));
            }
            return new ForeignFile(meta, split.body(t), null);
        } catch (RuntimeException e) {
            return new ForeignFile(Map.of(), t, "its front matter is not YAML, so it was kept as text");
        }
    }

    String text(String key) {
        Object v = meta.get(key);
        return v instanceof String || v instanceof Number ? String.valueOf(v).strip() : null;
    }

    int minutes(String key) {
        Object v = meta.get(key);
        if (v instanceof Number n) {
            return Math.max(0, n.intValue());
        }
        if (v instanceof String s && s.strip().matches("\\d{1,4}")) {
            return Integer.parseInt(s.strip());
        }
        return 0;
    }

    List<String> texts(String key) {
        Object v = meta.get(key);
        if (v instanceof List<?> l) {
            return l.stream().filter(x -> x instanceof String || x instanceof Number).map(x -> String.valueOf(x).strip())
                    .filter(s -> !s.isEmpty()).toList();
        }
        String s = text(key);
        return s == null || s.isEmpty() ? List.of() : List.of(s);
    }
}
