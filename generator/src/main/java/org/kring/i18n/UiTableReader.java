package org.kring.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kring.Problems;
import org.kring.model.SourceFile;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code ui.yml}: a YAML mapping of keys to ICU message patterns, nested mappings allowed
 * ({@code nav: {home: Home}} is the key {@code nav.home}). A broken file or pattern is reported with its
 * line, so a translator's slip never reaches a page.
 */
public final class UiTableReader {
    private UiTableReader() {
    }

    public static UiTable read(String language, SourceFile file, Problems problems) {
        return read(language, file, null, problems);
    }

    /**
     * The same, with each string's placeholders compared with the English ({@code english}, may be null):
     * a difference is a warning.
     */
    public static UiTable read(String language, SourceFile file, UiTable english, Problems problems) {
        return read(language, file, english, problems, true);
    }

    /**
     * Kring's own strings (in its jar), whose messages are not checked again on every run: each message check
     * builds an ICU message format, two hundred of them a few tenths of a second that a rebuild waited for.
     * UiPatternCheckTest holds them to every rule.
     */
    public static UiTable readBuiltIn(String language, SourceFile file, Problems problems) {
        return read(language, file, null, problems, false);
    }

    private static UiTable read(String language, SourceFile file, UiTable english, Problems problems, boolean check) {
        Map<String, String> strings = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Node root;
        if (file.text().length() > org.kring.load.YamlMap.MAX_CHARS) {
            problems.error(file.name(), 1, "the YAML here is " + (file.text().length() / 1024) + " KiB; keep it under "
                    + (org.kring.load.YamlMap.MAX_CHARS / 1024) + " KiB");
            return new UiTable(language, file.name(), strings, lines);
        }
        try {
            root = org.kring.load.YamlNodes.compose(file.text());
        } catch (MarkedYAMLException e) {
            org.kring.load.YamlErrors.report(e, file, 0, problems);
            return new UiTable(language, file.name(), strings, lines);
        } catch (YAMLException e) {
            problems.error(file.name(), 1, "invalid YAML: " + e.getMessage());
            return new UiTable(language, file.name(), strings, lines);
        }
        if (root != null) {
            if (root instanceof MappingNode m) {
                flatten("", m, language, file, english, strings, lines, problems, check);
            } else {
                problems.error(file.name(), 1, "expected 'key: text' lines");
            }
        }
        return new UiTable(language, file.name(), Map.copyOf(strings), Map.copyOf(lines));
    }

    private static void flatten(String prefix, MappingNode map, String language, SourceFile file, UiTable english,
            Map<String, String> strings, Map<String, Integer> lines, Problems problems, boolean check) {
        for (NodeTuple t : map.getValue()) {
            int line = t.getKeyNode().getStartMark().getLine() + 1;
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.error(file.name(), line, "a key must be a plain name");
                continue;
            }
            String key = prefix + k.getValue();
            Node v = t.getValueNode();
            if (v instanceof MappingNode nested) {
                flatten(key + ".", nested, language, file, english, strings, lines, problems, check);
            } else if (v instanceof ScalarNode s) {
                if (strings.containsKey(key)) {
                    problems.error(file.name(), line, "duplicate key '" + key + "'");
                    continue;
                }
                String pattern = s.getValue();
                String why = check ? UiPatternCheck.problem(language, key, pattern) : null;
                if (why != null) {
                    if (why.startsWith("'" + key + "' is not a valid message")) {
                        problems.error(file.name(), v.getStartMark().getLine() + 1, v.getStartMark().getColumn() + 1, why);
                    } else {
                        problems.error(file.name(), line, why);
                    }
                    continue;
                }
                if (english != null && english.get(key) != null) {
                    // A warning, not an error: the English (built into Kring) may gain a placeholder in a new
                    // version, and that must not stop a site until every team has caught up.
                    String differs = UiPatternCheck.placeholderProblem(key, pattern, english.get(key));
                    if (differs != null) {
                        problems.warning(file.name(), line, differs);
                    }
                }
                strings.put(key, pattern);
                lines.put(key, line);
            } else {
                problems.error(file.name(), line, "'" + key + "' must be a text");
            }
        }
    }
}
