package org.kring.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site.yml an import writes into a folder with no site yet: the smallest that builds, in English, with the
 * imported programme or pages in the menu, and comments that point to what a team sets next.
 */
final class NewSite {
    private static final Pattern TITLE = Pattern.compile("(?m)^title: *(.+)$");
    private static final Pattern PROGRAMME = Pattern.compile("programmes/([a-z0-9-]+)/index\\.md");
    private static final Pattern PAGE = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.md");

    private NewSite() {
    }

    static String yml(ImportPlan plan, Path from) {
        String title = null;
        List<String> menu = new ArrayList<>();
        for (Map.Entry<String, ImportPlan.Entry> e : plan.files().entrySet()) {
            Matcher p = PROGRAMME.matcher(e.getKey());
            if (p.matches()) {
                menu.add("programme:" + p.group(1));
                title = titleOf(e.getValue().text());
            } else {
                Matcher page = PAGE.matcher(e.getKey());
                if (page.matches() && !page.group(1).equals("index") && e.getValue().text() != null) {
                    menu.add("page:" + page.group(1));
                }
            }
        }
        if (title == null) {
            String name = from.toAbsolutePath().normalize().getFileName().toString().replace('-', ' ').replace('_', ' ');
            title = name.isEmpty() ? "Curriculum" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        StringBuilder yml = new StringBuilder();
        yml.append("# A new Kring site, started by kring import. Kring's README.md (in the release's folder), section\n")
                .append("# \"site.yml\", has every key: add your\n")
                .append("# languages (kring translate add CODE), a logo, a licence and a base_url when you publish.\n")
                .append("title: ").append(quoted(title)).append('\n')
                .append("source_language: en\n")
                .append("languages:\n  - code: en\n    name: English\n");
        if (!menu.isEmpty()) {
            yml.append("navigation:\n");
            menu.stream().limit(8).forEach(m -> yml.append("  - ").append(m).append('\n'));
        }
        return yml.toString();
    }

    private static String titleOf(String frontMatter) {
        Matcher m = TITLE.matcher(frontMatter == null ? "" : frontMatter);
        if (!m.find()) {
            return null;
        }
        String t = m.group(1).strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("''", "'");
        }
        return t;
    }

    /** A YAML double-quoted scalar: any title reads back as written. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
