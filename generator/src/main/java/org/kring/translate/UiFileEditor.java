package org.kring.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Sets strings in a {@code ui.yml} text the way a person would, because the file is the team's own: a string
 * the file has is replaced where it stands (in its quoting style when the new text allows it); a new one goes
 * after the last string of the group its key belongs to ({@code session.agenda} under {@code session:}), in
 * the file's indentation, or at the end as a new group. Comments, order and blank lines stay as they were.
 */
final class UiFileEditor {
    /** What a plain (unquoted) value must not look like: YAML would read it as something else. */
    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|: |\\s#|:$|\\s$|^(true|false|null|yes|no|on|off|~|[-+.0-9][0-9_.eE:+-]*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final String text;
    private final MappingNode root;
    private final Map<String, ScalarNode> scalars = new HashMap<>();
    private final Map<String, Boolean> inFlow = new HashMap<>();
    /** Block mappings by their dotted key ("" is the whole file): where new strings of that group go. */
    private final Map<String, MappingNode> groups = new HashMap<>();
    /** Keys the file uses for a text or a one-line {...} mapping: no new group can be opened under them. */
    private final java.util.Set<String> closed = new java.util.HashSet<>();
    private int step = 2;

    private record Edit(int start, int end, String text) {
    }

    private UiFileEditor(String original) {
        Node node;
        try {
            node = org.kring.load.YamlNodes.compose(original);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("invalid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (node instanceof MappingNode m && m.getValue().isEmpty() && m.getStartMark() != null) {
            // An empty mapping ("{}", as 'translate add' starts a file): strings are added as if it were empty.
            int start = original.offsetByCodePoints(0, m.getStartMark().getIndex());
            int end = original.offsetByCodePoints(0, m.getEndMark().getIndex());
            original = original.substring(0, start) + original.substring(end);
            node = null;
        }
        this.text = original;
        if (node != null && !(node instanceof MappingNode)) {
            throw new IllegalArgumentException("expected 'key: text' lines");
        }
        root = (MappingNode) node;
        if (root != null) {
            groups.put("", root);
            walk(root, "", false, 0);
        }
    }

    /** {@code text} with each key of {@code values} (dotted, e.g. session.agenda) set to its value. */
    static String set(String text, Map<String, String> values) {
        return new UiFileEditor(text).apply(values);
    }

    private void walk(MappingNode map, String prefix, boolean flow, int depth) {
        boolean isFlow = flow || map.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                continue;
            }
            String key = prefix + k.getValue();
            Node v = t.getValueNode();
            if (v instanceof MappingNode nested) {
                boolean nestedFlow = isFlow || nested.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
                if (nestedFlow || nested.getValue().isEmpty()) {
                    closed.add(key);
                } else {
                    groups.put(key, nested);
                    if (depth == 0 && step == 2) {
                        int indent = column(nested) - k.getStartMark().getColumn();
                        step = indent > 0 ? indent : 2;
                    }
                }
                walk(nested, key + ".", nestedFlow, depth + 1);
            } else if (v instanceof ScalarNode s) {
                closed.add(key);
                scalars.put(key, s);
                inFlow.put(key, isFlow);
            }
        }
    }

    private String apply(Map<String, String> values) {
        List<Edit> edits = new ArrayList<>();
        Map<String, Map<String, String>> additions = new LinkedHashMap<>();
        java.util.Set<String> flat = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            ScalarNode s = scalars.get(key);
            if (s != null) {
                int start = offset(s.getStartMark());
                int end = trimBack(offset(s.getEndMark()), start);
                edits.add(new Edit(start, end, scalar(e.getValue(), s.getScalarStyle(), inFlow.get(key))));
                continue;
            }
            String group = groupFor(key);
            String rest = group.isEmpty() ? key : key.substring(group.length() + 1);
            if (underClosed(key, group)) {
                flat.add(group + "\u0000" + rest);
            }
            additions.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(rest, e.getValue());
        }
        // Groups that end on the same line (a group and the file, or a group inside another) get their new
        // lines there too: the deeper group's first, or they would land inside the other's new lines.
        Map<Integer, List<String>> inserts = new java.util.TreeMap<>();
        List<String> order = new ArrayList<>(additions.keySet());
        order.sort(Comparator.comparingInt((String g) -> g.isEmpty() ? 0 : g.split("\\.").length).reversed());
        for (String g : order) {
            MappingNode group = groups.get(g);
            int at = group == null ? text.length() : lineEnd(lastContent(group));
            StringBuilder block = new StringBuilder();
            render(tree(g, additions.get(g), flat), group == null ? 0 : column(group), g.isEmpty(), block);
            inserts.computeIfAbsent(at, k -> new ArrayList<>()).add(block.toString());
        }
        for (Map.Entry<Integer, List<String>> i : inserts.entrySet()) {
            int at = i.getKey();
            String block = String.join("", i.getValue());
            edits.add(new Edit(at, at, at > 0 && text.charAt(at - 1) != '\n' ? "\n" + block : block));
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Edit e : edits) {
            sb.replace(e.start, e.end, e.text);
        }
        return sb.toString();
    }

    /**
     * The deepest group of the file that {@code key} can go into: "session" for session.agenda when the file
     * has a block "session:". A group under a key that holds a text in the file cannot be opened, so then the
     * rest of the key is written flat (session.agenda: ...), which reads the same.
     */
    private String groupFor(String key) {
        String best = "";
        int dot = key.indexOf('.');
        while (dot > 0) {
            String prefix = key.substring(0, dot);
            if (closed.contains(prefix)) {
                break;
            }
            if (groups.containsKey(prefix)) {
                best = prefix;
            }
            dot = key.indexOf('.', dot + 1);
        }
        return best;
    }

    /** True when a part of {@code key} below {@code group} is a text or a {...} mapping in the file. */
    private boolean underClosed(String key, String group) {
        int dot = key.indexOf('.', group.isEmpty() ? 0 : group.length() + 1);
        while (dot > 0) {
            if (closed.contains(key.substring(0, dot))) {
                return true;
            }
            dot = key.indexOf('.', dot + 1);
        }
        return false;
    }

    /** New strings as a tree of key parts, so session.a and session.b share one new "session:" line. */
    private static Map<String, Object> tree(String group, Map<String, String> strings, java.util.Set<String> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : strings.entrySet()) {
            String[] parts = flat.contains(group + "\u0000" + e.getKey()) ? new String[] {e.getKey()}
                    : e.getKey().split("\\.");
            Map<String, Object> at = root;
            boolean placed = false;
            for (int i = 0; i < parts.length - 1 && !placed; i++) {
                Object next = at.get(parts[i]);
                if (next == null) {
                    Map<String, Object> child = new LinkedHashMap<>();
                    at.put(parts[i], child);
                    at = child;
                } else if (next instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> child = (Map<String, Object>) m;
                    at = child;
                } else {
                    // "a" is a text and "a.b" a new string: keep the rest of the key flat.
                    at.put(String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length)), e.getValue());
                    placed = true;
                }
            }
            if (!placed) {
                at.put(parts[parts.length - 1], e.getValue());
            }
        }
        return root;
    }

    private void render(Map<String, Object> tree, int indent, boolean topLevel, StringBuilder out) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m) {
                if (topLevel) {
                    out.append('\n'); // a new group stands apart, like the ones before it
                }
                out.append(" ".repeat(indent)).append(key(e.getKey())).append(":\n");
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                render(child, indent + step, false, out);
            } else {
                out.append(" ".repeat(indent)).append(key(e.getKey())).append(": ")
                        .append(scalar((String) e.getValue(), null, false)).append('\n');
            }
        }
    }

    /** The node that ends a group: its last value, or inside it, down to a text or a flow collection. */
    private static Node lastContent(Node node) {
        if (node instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !m.getValue().isEmpty()) {
            return lastContent(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        return node;
    }

    /** Where the line after {@code node}'s last character starts (a block text's end mark is past its line breaks). */
    private int lineEnd(Node node) {
        int start = offset(node.getStartMark());
        int end = trimBack(offset(node.getEndMark()), start);
        int nl = text.indexOf('\n', end);
        return nl < 0 ? text.length() : nl + 1;
    }

    private int trimBack(int end, int start) {
        while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int column(MappingNode map) {
        return map.getValue().get(0).getKeyNode().getStartMark().getColumn();
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. */
    private int offset(Mark mark) {
        return text.offsetByCodePoints(0, Math.min(mark.getIndex(), text.codePointCount(0, text.length())));
    }

    private static String key(String part) {
        return PLAIN_KEY.matcher(part).matches() && !PLAIN_UNSAFE.matcher(part).find() ? part : doubleQuoted(part);
    }

    /** A one-line YAML value: plain or in the old value's quotes when that reads back the same, else double-quoted. */
    static String scalar(String value, DumperOptions.ScalarStyle was, boolean flow) {
        boolean control = value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029);
        // A block text (| or >) becomes one line: plain when that reads back the same, as for a new string.
        boolean plainWas = was == null || was == DumperOptions.ScalarStyle.PLAIN || was == DumperOptions.ScalarStyle.LITERAL
                || was == DumperOptions.ScalarStyle.FOLDED;
        if (!flow && !control && plainWas && plainReadsBack(value)) {
            return value;
        }
        if (was == DumperOptions.ScalarStyle.SINGLE_QUOTED && !control) {
            return "'" + value.replace("'", "''") + "'";
        }
        return doubleQuoted(value);
    }

    private static boolean plainReadsBack(String value) {
        if (value.isEmpty() || PLAIN_UNSAFE.matcher(value).find()) {
            return false;
        }
        try {
            Node n = org.kring.load.YamlNodes.compose("k: " + value + "\n");
            return n instanceof MappingNode m && m.getValue().size() == 1
                    && m.getValue().get(0).getValueNode() instanceof ScalarNode s && s.getValue().equals(value)
                    && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        } catch (YAMLException e) {
            return false;
        }
    }

    static String doubleQuoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\u0085' -> sb.append("\\N");
                case '\u2028' -> sb.append("\\L");
                case '\u2029' -> sb.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
