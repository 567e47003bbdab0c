package org.kring.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kring.model.Language;
import org.kring.segment.FileAnalysis;
import org.kring.segment.Segment;

/**
 * What one content file gives translators, as gettext entries: one per distinct text in one role (the same
 * words as a heading and as an agenda activity may need different translations), with what it is and where
 * (the same entries {@link Exporter} writes, without translations). Also the headers of the template (POT)
 * and of a new PO file. Nothing here depends on the clock, so an unchanged source gives the same bytes.
 */
public final class PoTemplate {
    private PoTemplate() {
    }

    public static List<PoCatalog.Entry> entries(String path, List<Segment> source) {
        String title = source.stream().filter(s -> s.key().equals("title")).map(Segment::normalized)
                .findFirst().orElse(path);
        Map<String, List<Segment>> byText = new LinkedHashMap<>();
        for (Segment s : source) {
            byText.computeIfAbsent(FileAnalysis.knownKey(s), k -> new ArrayList<>()).add(s);
        }
        List<PoCatalog.Entry> out = new ArrayList<>();
        for (List<Segment> same : byText.values()) {
            Segment first = same.get(0);
            List<String> refs = same.stream().map(s -> "content/" + path + ":" + s.line()).toList();
            String comment = (title + " · " + first.context()).replace('\n', ' ');
            out.add(PoCatalog.Entry.template(path + "|" + first.context(), first.normalized(), List.of(comment),
                    refs));
        }
        return out;
    }

    /** The template of one content file: its entries with empty translations and a header for no language. */
    public static PoCatalog pot(String projectName, String path, List<PoCatalog.Entry> entries) {
        List<String> comments = List.of(
                "Texts of content/" + path + " to translate, made by 'kring translate sync'.",
                "Do not edit: every sync makes it again from the Markdown. Translations go in po/<language>/.");
        return new PoCatalog(header(comments, projectName, ""), entries);
    }

    /** The header of a new PO file for a language. */
    public static PoCatalog.Entry poHeader(String projectName, Language language, String path) {
        List<String> comments = List.of(
                language.name() + " (" + language.code() + ") translation of content/" + path + ".",
                "Translate each msgstr; keep links, **emphasis**, `code` and {placeholders} as they are.",
                "An entry marked fuzzy changed in the source: check it, then remove the fuzzy mark.",
                "Run 'kring translate sync' after a change here (or in the source) to take it in.");
        return header(comments, projectName, language.code());
    }

    private static PoCatalog.Entry header(List<String> comments, String projectName, String language) {
        String fields = "Project-Id-Version: " + projectName.replace('\n', ' ') + "\n"
                + "Language: " + language + "\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n"
                + "X-Generator: Kring\n";
        return new PoCatalog.Entry(comments, List.of(), List.of(), List.of(), null, null, null, "", fields, false, 0);
    }
}
