package org.kring.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boxes of an older (Jekyll) Carpentries episode, a quote followed by {@code {: .challenge}}, written as
 * Pandoc fenced divs, so {@link FencedDivs} turns both formats into Kring's blocks the same way. A quote inside
 * a quote (a solution in a challenge) becomes a div inside a div. Attribute lines after code
 * ({@code {: .language-bash}}) and Liquid includes are dropped: they only style or assemble the Jekyll page.
 */
final class JekyllBoxes {
    private static final Pattern IAL = Pattern.compile("^[ \\t]*\\{:\\s*\\.([A-Za-z][\\w-]*)[^}]*\\}[ \\t]*$");
    private static final Pattern LIQUID = Pattern.compile("^[ \\t]*\\{%.*%\\}[ \\t]*$");

    private JekyllBoxes() {
    }

    static String convert(String body, ImportPlan plan) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        return String.join("\n", convert(lines, plan));
    }

    private static List<String> convert(List<String> lines, ImportPlan plan) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith(">")) {
                int end = i;
                while (end < lines.size() && lines.get(end).startsWith(">")) {
                    end++;
                }
                Matcher m = end < lines.size() ? IAL.matcher(lines.get(end)) : null;
                if (m != null && m.matches()) {
                    List<String> inner = new ArrayList<>();
                    for (String q : lines.subList(i, end)) {
                        inner.add(q.replaceFirst("^> ?", ""));
                    }
                    out.add("");
                    out.add("::::: " + m.group(1));
                    out.addAll(convert(inner, plan));
                    out.add(":::::");
                    out.add("");
                    i = end + 1;
                    continue;
                }
                out.addAll(lines.subList(i, end));
                i = end;
                continue;
            }
            if (IAL.matcher(line).matches() || LIQUID.matcher(line).matches()) {
                plan.note("Jekyll's '" + line.strip() + "' lines were left out: they only style or assemble the "
                        + "Jekyll page");
                i++;
                continue;
            }
            out.add(line);
            i++;
        }
        return out;
    }
}
