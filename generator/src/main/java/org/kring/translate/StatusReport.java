package org.kring.translate;

import org.kring.segment.FileState;
import org.kring.segment.FileStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kring.Problem;

/** Where a language stands, per section, as text for people and JSON for scripts. */
public record StatusReport(String locale, String name, List<FileStatus> files, List<Problem> warnings) {

    /** Totals of one section (or of the whole language). */
    public record Totals(int files, int translated, int partial, int outdated, int missing, int adapted,
            int wordsLeft) {
    }

    public Map<String, Totals> sections() {
        Map<String, List<FileStatus>> by = new LinkedHashMap<>();
        for (FileStatus f : files) {
            by.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Totals> out = new LinkedHashMap<>();
        by.forEach((k, v) -> out.put(k, totals(v)));
        return out;
    }

    public Totals total() {
        return totals(files);
    }

    private static Totals totals(List<FileStatus> list) {
        int t = 0;
        int p = 0;
        int o = 0;
        int m = 0;
        int a = 0;
        int w = 0;
        for (FileStatus f : list) {
            switch (f.state()) {
                case TRANSLATED -> t++;
                case PARTIAL -> p++;
                case OUTDATED -> o++;
                case MISSING -> m++;
                case ADAPTED -> a++;
            }
            w += f.wordsLeft();
        }
        return new Totals(list.size(), t, p, o, m, a, w);
    }

    public String text(boolean details) {
        StringBuilder sb = new StringBuilder();
        Totals all = total();
        sb.append(String.format(Locale.ROOT, "%s (%s): %d translated, %d partly translated, %d outdated, %d missing, "
                + "%d adapted; %,d words to translate%n", locale, name, all.translated(), all.partial(), all.outdated(),
                all.missing(), all.adapted(), all.wordsLeft()));
        sb.append(String.format(Locale.ROOT, "  %-24s %6s %11s %8s %9s %8s %8s %11s%n", "section", "files",
                "translated", "partial", "outdated", "missing", "adapted", "words left"));
        sections().forEach((section, s) -> sb.append(String.format(Locale.ROOT,
                "  %-24s %6d %11d %8d %9d %8d %8d %,11d%n", section, s.files(), s.translated(), s.partial(),
                s.outdated(), s.missing(), s.adapted(), s.wordsLeft())));
        for (FileStatus f : files) {
            if (f.state() == FileState.PARTIAL) {
                sb.append(String.format(Locale.ROOT, "  partial:  translations/%s/%s: %d of %d parts translated%s%n",
                        f.from() != null ? f.from() : locale, f.path(), f.translated(), f.segments(),
                        f.from() != null ? " (shown in " + locale + ")" : ""));
            } else if (f.state() == FileState.OUTDATED) {
                sb.append(String.format(Locale.ROOT, "  outdated: translations/%s/%s: %d of %d parts changed or new%s%n",
                        f.from() != null ? f.from() : locale, f.path(), f.outdated() + f.missing(), f.segments(),
                        f.from() != null ? " (shown in " + locale + ")" : f.recorded() ? ""
                                : " (no record; run 'kring translate accept')"));
                if (details) {
                    for (FileStatus.Change c : f.changes()) {
                        sb.append("      ").append(UiStringsExchange.where(f.path(), c)).append('\n');
                        if (c.before() != null) {
                            sb.append("      - ").append(c.before()).append('\n');
                        }
                        sb.append("      + ").append(c.after()).append('\n');
                    }
                }
            } else if (f.state() == FileState.ADAPTED) {
                sb.append(String.format(Locale.ROOT, "  adapted:  translations/%s/%s%s%n", locale, f.path(),
                        f.sourceChanged() ? " (its source changed since it was adapted: compare and accept)" : ""));
            }
        }
        for (Problem w : warnings) {
            sb.append("  ").append(w).append('\n');
        }
        return sb.toString();
    }

    public String json() {
        StringBuilder sb = new StringBuilder("{");
        Totals all = total();
        sb.append("\"locale\":").append(q(locale)).append(",\"name\":").append(q(name)).append(",\"total\":")
                .append(totals(all)).append(",\"sections\":{");
        boolean first = true;
        for (Map.Entry<String, Totals> e : sections().entrySet()) {
            sb.append(first ? "" : ",").append(q(e.getKey())).append(':').append(totals(e.getValue()));
            first = false;
        }
        sb.append("},\"files\":[");
        first = true;
        for (FileStatus f : files) {
            sb.append(first ? "" : ",").append("{\"path\":").append(q(f.path())).append(",\"section\":")
                    .append(q(f.section())).append(",\"state\":").append(q(f.state().id())).append(",\"parts\":")
                    .append(f.segments()).append(",\"translated\":").append(f.translated()).append(",\"outdated\":")
                    .append(f.outdated()).append(",\"missing\":").append(f.missing()).append(",\"wordsLeft\":")
                    .append(f.wordsLeft()).append(",\"sourceChanged\":").append(f.sourceChanged())
                    .append(",\"recorded\":").append(f.recorded()).append(",\"from\":")
                    .append(f.from() == null ? "null" : q(f.from())).append(",\"changes\":[");
            boolean fc = true;
            for (FileStatus.Change c : f.changes()) {
                sb.append(fc ? "" : ",").append("{\"line\":").append(c.line()).append(",\"before\":")
                        .append(c.before() == null ? "null" : q(c.before())).append(",\"after\":").append(q(c.after()))
                        .append('}');
                fc = false;
            }
            sb.append("]}");
            first = false;
        }
        sb.append("],\"warnings\":[");
        first = true;
        for (Problem w : warnings) {
            sb.append(first ? "" : ",").append(q(w.toString()));
            first = false;
        }
        return sb.append("]}").toString();
    }

    private static String totals(Totals t) {
        return "{\"files\":" + t.files() + ",\"translated\":" + t.translated() + ",\"partial\":" + t.partial()
                + ",\"outdated\":" + t.outdated()
                + ",\"missing\":" + t.missing() + ",\"adapted\":" + t.adapted() + ",\"wordsLeft\":" + t.wordsLeft() + "}";
    }

    static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
