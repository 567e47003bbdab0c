package org.kring;

/** The one JSON string writer, for problems printed by {@code check --format json} and sent by the preview. */
public final class Json {
    private Json() {
    }

    /**
     * {@code s} as a JSON string. '<' is escaped too, so the text can sit inside an HTML page or an event
     * stream without closing a tag.
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == '<') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
