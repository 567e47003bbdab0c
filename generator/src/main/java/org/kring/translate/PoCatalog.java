package org.kring.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kring.Problems;

/**
 * A whole gettext PO or POT file as the repository flow keeps it: the header, every entry with all its
 * comments and flags, and the obsolete ({@code #~}) entries. {@link PoFile} reads only what an import needs;
 * a file that Kring rewrites must come back with nothing dropped that a translator or a platform put in it.
 * Written without line wrapping (like {@code msgcat --no-wrap}), so one changed text is one changed line.
 */
public final class PoCatalog {

    /**
     * One entry.
     *
     * @param translatorComments {@code # } lines: the translator's, kept by every update
     * @param extractedComments  {@code #.} lines: from the template, replaced by every update
     * @param references         {@code #:} lines: from the template, replaced by every update
     * @param flags              {@code #,} flags, e.g. fuzzy
     * @param previousContext    {@code #| msgctxt}: the context the fuzzy translation was made for, or null
     * @param previousId         {@code #| msgid}: the source text the fuzzy translation was made for, or null
     * @param context            msgctxt, or null (the header has none)
     * @param id                 msgid; empty for the header
     * @param str                msgstr; empty when not translated
     * @param obsolete           a {@code #~} entry: its source text is gone, its translation kept
     * @param line               the line of the msgstr in the file read (0 for an entry made in memory)
     */
    public record Entry(List<String> translatorComments, List<String> extractedComments, List<String> references,
            List<String> flags, String previousContext, String previousId, String context, String id, String str,
            boolean obsolete, int line) {

        public Entry {
            translatorComments = List.copyOf(translatorComments);
            extractedComments = List.copyOf(extractedComments);
            references = List.copyOf(references);
            flags = List.copyOf(flags);
        }

        /** A template entry: a source text, what it is and where, no translation. */
        public static Entry template(String context, String id, List<String> comments, List<String> references) {
            return new Entry(List.of(), comments, references, List.of(), null, null, context, id, "", false, 0);
        }

        public boolean fuzzy() {
            return flags.contains("fuzzy");
        }

        public boolean header() {
            return context == null && id.isEmpty();
        }

        /** What identifies an entry in its file (gettext's msgctxt and msgid). */
        public String key() {
            return key(context, id);
        }

        public static String key(String context, String id) {
            return (context == null ? "" : context + '\u0004') + id;
        }

        public Entry withStr(String newStr, boolean isFuzzy) {
            List<String> f = new ArrayList<>(flags);
            f.remove("fuzzy");
            if (isFuzzy) {
                f.add(0, "fuzzy");
            }
            // A previous text only says what an unconfirmed translation was made from.
            boolean keepPrevious = isFuzzy && !newStr.isEmpty();
            return new Entry(translatorComments, extractedComments, references, f,
                    keepPrevious ? previousContext : null, keepPrevious ? previousId : null, context, id, newStr,
                    obsolete, line);
        }
    }

    private final Entry header;
    private final List<Entry> entries;

    /**
     * @param header  the header entry (msgid ""), or null
     * @param entries the other entries, obsolete ones included, in file order
     */
    public PoCatalog(Entry header, List<Entry> entries) {
        this.header = header;
        this.entries = List.copyOf(entries);
    }

    public Entry header() {
        return header;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries that are not obsolete. */
    public List<Entry> active() {
        return entries.stream().filter(e -> !e.obsolete()).toList();
    }

    /** The value of a header field ("Language"), or null. */
    public String headerField(String name) {
        if (header == null) {
            return null;
        }
        for (String line : header.str().split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    public String write() {
        StringBuilder sb = new StringBuilder();
        if (header != null) {
            writeEntry(sb, header);
        }
        for (Entry e : entries) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            writeEntry(sb, e);
        }
        return sb.toString();
    }

    private static void writeEntry(StringBuilder sb, Entry e) {
        for (String c : e.translatorComments()) {
            sb.append(c.isEmpty() ? "#" : "# " + c).append('\n');
        }
        for (String c : e.extractedComments()) {
            sb.append("#. ").append(c).append('\n');
        }
        for (String r : e.references()) {
            sb.append("#: ").append(r).append('\n');
        }
        if (!e.flags().isEmpty()) {
            sb.append("#, ").append(String.join(", ", e.flags())).append('\n');
        }
        String prefix = e.obsolete() ? "#~ " : "";
        String previous = e.obsolete() ? "#~| " : "#| ";
        if (e.previousContext() != null) {
            sb.append(previous).append("msgctxt ").append(PoFile.quote(e.previousContext())).append('\n');
        }
        if (e.previousId() != null) {
            sb.append(previous).append("msgid ").append(PoFile.quote(e.previousId())).append('\n');
        }
        if (e.context() != null) {
            sb.append(prefix).append("msgctxt ").append(PoFile.quote(e.context())).append('\n');
        }
        sb.append(prefix).append("msgid ").append(PoFile.quote(e.id())).append('\n');
        if (e.header()) {
            // The header is one field per line, as every gettext tool writes it.
            sb.append("msgstr \"\"\n");
            String[] fields = e.str().split("(?<=\n)");
            for (String f : fields) {
                if (!f.isEmpty()) {
                    sb.append(PoFile.quote(f)).append('\n');
                }
            }
        } else {
            sb.append(prefix).append("msgstr ").append(PoFile.quote(e.str())).append('\n');
        }
    }

    /**
     * Reads a PO or POT file. Problems go to {@code problems} with their lines; the catalog is returned
     * even then, but must not be written back.
     */
    public static PoCatalog read(String name, String text, Problems problems) {
        Reader r = new Reader(name, problems);
        // Some Windows editors start a UTF-8 file with a byte order mark; it is not part of the first line.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            try {
                r.line(lines[n], n + 1);
            } catch (IllegalArgumentException e) {
                problems.error(name, n + 1, e.getMessage());
            }
        }
        r.finish(lines.length);
        return new PoCatalog(r.header, r.entries);
    }

    /** The state of reading one entry after another. */
    private static final class Reader {
        private final String name;
        private final Problems problems;
        private Entry header;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();

        private List<String> translator = new ArrayList<>();
        private List<String> extracted = new ArrayList<>();
        private List<String> refs = new ArrayList<>();
        private List<String> flags = new ArrayList<>();
        private String prevContext;
        private String prevId;
        private String context;
        private String id;
        private String str;
        private boolean obsolete;
        private int idLine;
        private int strLine;
        /** Which string a continuation line ("...") adds to. */
        private String field;

        Reader(String name, Problems problems) {
            this.name = name;
            this.problems = problems;
        }

        void line(String raw, int n) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (id != null || str != null) {
                    flush(n);
                }
                return;
            }
            boolean old = false;
            if (line.startsWith("#~")) {
                old = true;
                line = line.substring(2).strip();
                if (line.startsWith("|")) {
                    if (str != null) {
                        flush(n);
                    }
                    previous(line.substring(1).strip(), n);
                    return;
                }
                if (line.isEmpty()) {
                    return;
                }
            } else if (line.startsWith("#")) {
                comment(line, n);
                return;
            }
            if (line.startsWith("msgctxt ") || line.startsWith("msgctxt\t")) {
                startIfDone(n);
                obsolete |= old;
                context = PoFile.unquote(line.substring(7).strip());
                field = "msgctxt";
            } else if (line.startsWith("msgid_plural") || line.startsWith("msgstr[")) {
                problems.error(name, n, "plural entries are not used in curriculum texts");
                field = null;
            } else if (line.startsWith("msgid ") || line.startsWith("msgid\t")) {
                if (id != null) {
                    startIfDone(n);
                }
                obsolete |= old;
                id = PoFile.unquote(line.substring(5).strip());
                idLine = n;
                field = "msgid";
            } else if (line.startsWith("msgstr ") || line.startsWith("msgstr\t")) {
                if (id == null) {
                    problems.error(name, n, "msgstr without a msgid before it");
                    field = null;
                    return;
                }
                str = PoFile.unquote(line.substring(6).strip());
                strLine = n;
                field = "msgstr";
            } else if (line.startsWith("\"")) {
                String more = PoFile.unquote(line);
                switch (field == null ? "" : field) {
                    case "msgctxt" -> context += more;
                    case "msgid" -> id += more;
                    case "msgstr" -> str += more;
                    case "prevContext" -> prevContext += more;
                    case "prevId" -> prevId += more;
                    default -> problems.error(name, n, "a continued string without msgid or msgstr before it");
                }
            } else {
                problems.error(name, n, "not a PO line: " + org.kring.Problem.excerpt(line, 60));
            }
        }

        /** A new entry begins: the one before must be complete. */
        private void startIfDone(int n) {
            if (str != null) {
                flush(n);
            } else if (id != null) {
                problems.error(name, idLine, "entry has no msgstr");
                reset();
            }
        }

        private void comment(String line, int n) {
            if (str != null || id != null) {
                flush(n);
            }
            if (line.startsWith("#,")) {
                for (String f : line.substring(2).split(",")) {
                    if (!f.isBlank() && !flags.contains(f.strip())) {
                        flags.add(f.strip());
                    }
                }
            } else if (line.startsWith("#|")) {
                previous(line.substring(2).strip(), n);
            } else if (line.startsWith("#.")) {
                extracted.add(line.substring(2).strip());
            } else if (line.startsWith("#:")) {
                refs.add(line.substring(2).strip());
            } else {
                // "# text" or a bare "#": the translator's comment, kept as it was written
                translator.add(line.length() > 1 && line.charAt(1) == ' ' ? line.substring(2) : line.substring(1));
            }
        }

        private void previous(String rest, int n) {
            if (rest.startsWith("msgctxt ")) {
                prevContext = PoFile.unquote(rest.substring(8).strip());
                field = "prevContext";
            } else if (rest.startsWith("msgid ")) {
                prevId = PoFile.unquote(rest.substring(6).strip());
                field = "prevId";
            } else if (rest.startsWith("\"")) {
                String more = PoFile.unquote(rest);
                if ("prevContext".equals(field)) {
                    prevContext += more;
                } else if ("prevId".equals(field)) {
                    prevId += more;
                } else {
                    problems.error(name, n, "a continued previous string without '#| msgid' before it");
                }
            } else if (rest.startsWith("msgid_plural")) {
                problems.error(name, n, "plural entries are not used in curriculum texts");
            } else {
                problems.error(name, n, "not a previous-text line: #| " + org.kring.Problem.excerpt(rest, 60));
            }
        }

        private void flush(int n) {
            if (id == null) {
                problems.error(name, n, "msgctxt without a msgid after it");
                reset();
                return;
            }
            if (str == null) {
                problems.error(name, idLine, "entry has no msgstr");
                reset();
                return;
            }
            Entry e = new Entry(translator, extracted, refs, flags, prevContext, prevId, context, id, str, obsolete,
                    strLine);
            if (e.header() && !obsolete) {
                if (header != null || !entries.isEmpty()) {
                    problems.error(name, idLine, "a second header (msgid \"\") in one file");
                }
                header = e;
            } else if (!e.header()) {
                Integer before = seen.putIfAbsent((obsolete ? "~" : "") + e.key(), idLine);
                if (before != null) {
                    problems.error(name, idLine, "the same msgctxt and msgid as the entry at line " + before
                            + "; a PO file holds each text once");
                } else {
                    entries.add(e);
                }
            }
            reset();
        }

        private void reset() {
            translator = new ArrayList<>();
            extracted = new ArrayList<>();
            refs = new ArrayList<>();
            flags = new ArrayList<>();
            prevContext = null;
            prevId = null;
            context = null;
            id = null;
            str = null;
            obsolete = false;
            field = null;
        }

        void finish(int n) {
            if (id != null || str != null || context != null) {
                flush(n);
            }
        }
    }

}
