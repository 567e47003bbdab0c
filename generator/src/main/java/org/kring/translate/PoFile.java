package org.kring.translate;

import java.util.ArrayList;
import java.util.List;

import org.kring.Problems;

/**
 * gettext PO files: written for translators (Poedit, Weblate, any CAT tool) and read back with the line of
 * every entry, so a problem in a translator's file is reported where it is.
 */
public final class PoFile {
    private PoFile() {
    }

    public static String write(String language, List<Message> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Translation of a Kring curriculum into ").append(language).append(".\n");
        sb.append("# Translate each msgstr; keep links, **emphasis**, `code` and {placeholders} as they are.\n");
        sb.append("# An entry marked fuzzy changed in the source: check it, then remove the fuzzy mark.\n");
        sb.append("msgid \"\"\nmsgstr \"\"\n");
        sb.append("\"Project-Id-Version: Kring curriculum\\n\"\n");
        sb.append("\"Language: ").append(language).append("\\n\"\n");
        sb.append("\"MIME-Version: 1.0\\n\"\n");
        sb.append("\"Content-Type: text/plain; charset=UTF-8\\n\"\n");
        sb.append("\"Content-Transfer-Encoding: 8bit\\n\"\n");
        sb.append("\"X-Generator: Kring\\n\"\n");
        for (Message e : entries) {
            sb.append('\n');
            for (String c : e.comments()) {
                sb.append("#. ").append(c.replace('\n', ' ')).append('\n');
            }
            for (String r : e.references()) {
                sb.append("#: ").append(r).append('\n');
            }
            if (e.needsReview()) {
                sb.append("#, fuzzy\n");
            }
            if (e.previous() != null) {
                sb.append("#| msgid ").append(quote(e.previous())).append('\n');
            }
            sb.append("msgctxt ").append(quote(e.context())).append('\n');
            sb.append("msgid ").append(quote(e.source())).append('\n');
            sb.append("msgstr ").append(quote(e.target() == null ? "" : e.target())).append('\n');
        }
        return sb.toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Reads a PO file; problems (with their lines) go to {@code problems}. The header entry is skipped. An
     * entry's line is the line of its msgstr, where the translator's text is.
     */
    public static List<Message> read(String name, String text, Problems problems) {
        List<Message> out = new ArrayList<>();
        Builder cur = new Builder();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            int lineNo = n + 1;
            try {
                if (line.isEmpty()) {
                    cur = cur.flush(name, out, problems);
                } else if (line.startsWith("#")) {
                    if (cur.target != null) {
                        cur = cur.flush(name, out, problems);
                    }
                    if (line.startsWith("#,")) {
                        cur.fuzzy = line.contains("fuzzy");
                    } else if (line.startsWith("#|")) {
                        String rest = line.substring(2).strip();
                        if (rest.startsWith("msgid ")) {
                            cur.previous = unquote(rest.substring(6).strip());
                        }
                    } else if (line.startsWith("#.")) {
                        cur.comments.add(line.substring(2).strip());
                    } else if (line.startsWith("#:")) {
                        cur.refs.add(line.substring(2).strip());
                    }
                } else if (line.startsWith("msgctxt ")) {
                    if (cur.source != null) {
                        cur = cur.flush(name, out, problems);
                    }
                    cur.context = unquote(line.substring(8).strip());
                    cur.field = "msgctxt";
                } else if (line.startsWith("msgid_plural") || line.startsWith("msgstr[")) {
                    problems.error(name, lineNo, "plural entries are not used in curriculum texts");
                } else if (line.startsWith("msgid ")) {
                    if (cur.source != null) {
                        cur = cur.flush(name, out, problems);
                    }
                    cur.source = unquote(line.substring(6).strip());
                    cur.field = "msgid";
                    cur.sourceLine = lineNo;
                } else if (line.startsWith("msgstr ")) {
                    if (cur.source == null) {
                        problems.error(name, lineNo, "msgstr without a msgid before it");
                        continue;
                    }
                    cur.target = unquote(line.substring(7).strip());
                    cur.field = "msgstr";
                    cur.line = lineNo;
                } else if (line.startsWith("\"")) {
                    String more = unquote(line);
                    switch (cur.field == null ? "" : cur.field) {
                        case "msgctxt" -> cur.context += more;
                        case "msgid" -> cur.source += more;
                        case "msgstr" -> cur.target += more;
                        default -> problems.error(name, lineNo, "a continued string without msgid or msgstr before it");
                    }
                } else {
                    problems.error(name, lineNo, "not a PO line: " + line);
                }
            } catch (IllegalArgumentException e) {
                problems.error(name, lineNo, e.getMessage());
            }
        }
        cur.flush(name, out, problems);
        return out;
    }

    private static final class Builder {
        String context;
        String source;
        String target;
        String previous;
        boolean fuzzy;
        String field;
        int line;
        int sourceLine;
        final List<String> comments = new ArrayList<>();
        final List<String> refs = new ArrayList<>();

        Builder flush(String name, List<Message> out, Problems problems) {
            if (source == null && target == null) {
                return this.comments.isEmpty() && this.refs.isEmpty() ? this : new Builder();
            }
            if (target == null) {
                problems.error(name, sourceLine, "entry has no msgstr");
            } else if (!source.isEmpty()) {
                String[] ctx = Message.splitContext(context);
                out.add(new Message(ctx[0], ctx[1], source, target, fuzzy, previous, List.copyOf(comments),
                        List.copyOf(refs), line));
            }
            return new Builder();
        }
    }

    static String unquote(String q) {
        if (q.length() < 2 || q.charAt(0) != '"' || q.charAt(q.length() - 1) != '"') {
            throw new IllegalArgumentException("a string must be between double quotes: " + q);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length() - 1) {
                char d = q.charAt(++i);
                switch (d) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    default -> throw new IllegalArgumentException("unknown escape \\" + d);
                }
            } else if (c == '"') {
                throw new IllegalArgumentException("a double quote inside a string must be written \\\"");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
