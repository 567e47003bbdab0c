package org.kring.importer;

import java.util.List;

/** Front matter written by the importer: every text double-quoted, so no title can change the YAML's shape. */
final class Yaml {
    private Yaml() {
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append(' ');
            } else if (c < 0x20) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static String list(String key, List<String> items) {
        StringBuilder sb = new StringBuilder(key).append(":\n");
        for (String i : items) {
            sb.append("  - ").append(quote(i)).append('\n');
        }
        return sb.toString();
    }
}
