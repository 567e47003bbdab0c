package org.kring.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kring.Problems;
import org.kring.model.Located;
import org.kring.model.SourceFile;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read with SnakeYAML's node API, which keeps line numbers: every typed getter reports a
 * wrong or missing value as a problem at the right {@code file:line} instead of throwing.
 */
public final class YamlMap {
    /** Far more than any front matter, site.yml or ui.yml needs, and parsed in well under a second. */
    public static final int MAX_CHARS = 512 * 1024;

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private final SourceFile file;
    private final int lineOffset;
    private final Problems problems;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(SourceFile file, int lineOffset, Problems problems, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode s ? s.getValue() : null;
            if (name == null) {
                problems.error(file.name(), lineOf(key), columnOf(key), "a key must be a plain name");
            } else if (entries.containsKey(name)) {
                problems.error(file.name(), lineOf(key), columnOf(key), "duplicate key '" + name + "'");
            } else {
                entries.put(name, tuple);
            }
        }
    }

    /**
     * Parses {@code yaml}, which starts at line {@code lineOffset + 1} of {@code file}. Returns null after
     * recording a problem when the text is not valid YAML or not a mapping.
     */
    public static YamlMap parse(SourceFile file, String yaml, int lineOffset, Problems problems) {
        return parse(file, yaml, lineOffset, problems, null);
    }

    /** @param cache the nodes an earlier build composed of the same text, or null to compose them now */
    static YamlMap parse(SourceFile file, String yaml, int lineOffset, Problems problems, ReadCache cache) {
        if (yaml.length() > MAX_CHARS) {
            // Checked before parsing: the YAML parser takes quadratic time on very long values.
            problems.error(file.name(), lineOffset + 1, "the YAML here is " + (yaml.length() / 1024) + " KiB; keep it "
                    + "under " + (MAX_CHARS / 1024) + " KiB (long texts belong in the Markdown body)");
            return null;
        }
        Node root;
        try {
            // Duplicate keys are reported below, with their line; what cannot be composed is never cached.
            root = cache == null ? YamlNodes.compose(yaml) : cache.yaml(file, yaml, () -> YamlNodes.compose(yaml));
        } catch (MarkedYAMLException e) {
            YamlErrors.report(e, file, lineOffset, problems);
            return null;
        } catch (YAMLException e) {
            problems.error(file.name(), lineOffset + 1, "invalid YAML: " + e.getMessage());
            return null;
        }
        return of(file, lineOffset, problems, root);
    }

    /** The map of nodes composed already (by {@link #parse}, or before, of the same text); null when not a map. */
    static YamlMap of(SourceFile file, int lineOffset, Problems problems, Node root) {
        if (root == null) {
            root = new MappingNode(Tag.MAP, new java.util.ArrayList<>(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(file.name(), lineOffset + 1, "expected 'key: value' lines");
            return null;
        }
        return new YamlMap(file, lineOffset, problems, mapping);
    }

    public SourceFile file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    public Collection<String> keys() {
        return entries.keySet();
    }

    /** Line of the key, or of the mapping itself when the key is absent. */
    public int line(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? lineOf(node) : lineOf(t.getKeyNode());
    }

    public int line() {
        return lineOf(node);
    }

    /** Column of the key, or of the mapping itself when the key is absent. */
    public int column(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? columnOf(node) : columnOf(t.getKeyNode());
    }

    /** Reports every key that is not allowed, with a suggestion for misspellings. */
    public void allowOnly(Collection<String> allowed, String what) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                Node k = e.getValue().getKeyNode();
                problems.error(file.name(), lineOf(k), columnOf(k), "unknown key '" + e.getKey() + "' in " + what
                        + Suggestions.didYouMean(e.getKey(), allowed));
            }
        }
    }

    public String string(String key, boolean required) {
        Located<String> v = locatedString(key, required);
        return v == null ? null : v.value();
    }

    public Located<String> locatedString(String key, boolean required) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' must be a single text value");
            return null;
        }
        String text = s.getValue().strip();
        if (text.isEmpty()) {
            if (required) {
                problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' is empty");
            }
            return null;
        }
        return new Located<>(text, lineOf(v), columnOf(v));
    }

    public Integer integer(String key, boolean required, int min, int max) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof ScalarNode s) || !INTEGER.matcher(s.getValue().strip()).matches()) {
            problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' must be a whole number");
            return null;
        }
        int n = Integer.parseInt(s.getValue().strip());
        if (n < min || n > max) {
            problems.error(file.name(), lineOf(v), columnOf(v),
                    "'" + key + "' must be between " + min + " and " + max + ", not " + n);
            return null;
        }
        return n;
    }

    public Boolean bool(String key) {
        Node v = value(key, false);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return Boolean.valueOf(s.getValue());
        }
        problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' must be true or false");
        return null;
    }

    /** A list of text values; a single value is accepted as a list of one. */
    public List<Located<String>> locatedStrings(String key, boolean required) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        List<Located<String>> out = new ArrayList<>();
        if (v instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                out.add(new Located<>(s.getValue().strip(), lineOf(s), columnOf(s)));
            }
        } else if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(new Located<>(s.getValue().strip(), lineOf(s), columnOf(s)));
                } else {
                    problems.error(file.name(), lineOf(item), columnOf(item),
                            "each item of '" + key + "' must be a single text value");
                }
            }
        } else {
            problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' must be a list");
            return null;
        }
        if (out.isEmpty() && required) {
            problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' is empty");
        }
        return out;
    }

    public List<String> strings(String key, boolean required) {
        List<Located<String>> l = locatedStrings(key, required);
        return l == null ? null : l.stream().map(Located::value).toList();
    }

    /** A list of mappings, such as agenda items. */
    public List<YamlMap> maps(String key, boolean required) {
        Node v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' must be a list");
            return null;
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                out.add(new YamlMap(file, lineOffset, problems, m));
            } else {
                problems.error(file.name(), lineOf(item), columnOf(item),
                        "each item of '" + key + "' must be a set of 'key: value' lines");
            }
        }
        if (out.isEmpty() && required) {
            problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' is empty");
        }
        return out;
    }

    /** A nested mapping, such as the {@code pdf:} section of site.yml. */
    public YamlMap map(String key) {
        Node v = value(key, false);
        if (v == null) {
            return null;
        }
        if (v instanceof MappingNode m) {
            return new YamlMap(file, lineOffset, problems, m);
        }
        problems.error(file.name(), lineOf(v), columnOf(v), "'" + key + "' must be a set of 'key: value' lines");
        return null;
    }

    /** The raw node kinds, for callers that accept several shapes. */
    public boolean isList(String key) {
        NodeTuple t = entries.get(key);
        return t != null && t.getValueNode() instanceof SequenceNode;
    }

    public boolean isScalar(String key) {
        NodeTuple t = entries.get(key);
        return t != null && t.getValueNode() instanceof ScalarNode;
    }

    private Node value(String key, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            if (required) {
                int line = t == null ? lineOf(node) : lineOf(t.getKeyNode());
                problems.error(file.name(), line, "missing required key '" + key + "'");
            }
            return null;
        }
        return t.getValueNode();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private int lineOf(Node n) {
        return n.getStartMark() == null ? lineOffset + 1 : lineOffset + n.getStartMark().getLine() + 1;
    }

    private int columnOf(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
    }
}
