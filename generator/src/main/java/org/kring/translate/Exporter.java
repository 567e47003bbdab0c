package org.kring.translate;

import org.kring.segment.FileAnalysis;
import org.kring.segment.FileStatus;
import org.kring.segment.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what a language still needs, or everything, as PO or XLIFF: one message per distinct source text
 * of each file, with where it is (file:line), what it is (session, facilitator or participant part ...),
 * the current translation, and for an outdated part the source it was translated from (fuzzy).
 */
public final class Exporter {
    /** Which messages to write. */
    public enum Only {
        ALL, MISSING, OUTDATED, TODO
    }

    private final TranslationProject project;

    public Exporter(TranslationProject project) {
        this.project = project;
    }

    public List<Message> messages(String locale, Only only) {
        List<Message> out = new ArrayList<>();
        for (FileAnalysis a : project.analyzeAll(locale)) {
            if (a.adapted() || a.status().from() != null) {
                continue; // a local version is edited as a whole; a parent language's text is the parent's work
            }
            Map<String, FileStatus.Change> changes = new LinkedHashMap<>();
            for (FileStatus.Change c : a.status().changes()) {
                changes.put(c.key(), c);
            }
            String title = a.source().stream().filter(s -> s.key().equals("title")).map(Segment::normalized)
                    .findFirst().orElse(a.path());
            Map<String, Builder> byText = new LinkedHashMap<>();
            for (Segment s : a.source()) {
                String translation = a.translationOf(s);
                FileStatus.Change change = changes.get(s.key());
                boolean outdated = change != null && change.before() != null;
                boolean missing = translation == null && !outdated;
                boolean wanted = switch (only) {
                    case ALL -> true;
                    case MISSING -> missing;
                    case OUTDATED -> outdated;
                    case TODO -> missing || outdated;
                };
                if (!wanted) {
                    continue;
                }
                // One entry per distinct text in one role: the same words as a heading and as an agenda
                // activity may need different translations.
                Builder b = byText.computeIfAbsent(FileAnalysis.knownKey(s), k -> new Builder());
                if (b.source == null) {
                    b.source = s.normalized();
                    b.role = s.context();
                    b.comment = title + " · " + s.context();
                    b.target = exportedTarget(a, s, change);
                    if (translation == null && outdated) {
                        b.previous = change.before();
                        b.review = true;
                    }
                }
                b.refs.add("content/" + a.path() + ":" + s.line());
            }
            for (Builder b : byText.values()) {
                String target = Segment.normalize(b.target);
                out.add(new Message(a.path(), b.role, b.source, target, b.review, b.previous,
                        List.of(b.comment, ExportBase.comment(target)), List.copyOf(b.refs), 0));
            }
        }
        // The interface strings travel in the same file, after the content (ui.yml|KEY).
        out.addAll(new UiStringsExchange(project).messages(locale, only));
        return out;
    }

    /**
     * The translation an entry for part {@code s} carries: its translation when up to date, else the one made
     * of its old text (to start the translator off), else none. The import computes the same to see whether
     * the file changed since the export.
     *
     * @param change the part's change since its translation, or null
     */
    static String exportedTarget(FileAnalysis a, Segment s, FileStatus.Change change) {
        String translation = a.translationOf(s);
        if (translation != null) {
            return translation;
        }
        return change != null && change.before() != null ? oldTranslation(a, change.before()) : "";
    }

    /** The translation that was made of an old source text, to start the translator off. */
    private static String oldTranslation(FileAnalysis a, String oldSource) {
        if (a.record() == null || a.record().entries().size() != a.translation().size()) {
            return "";
        }
        for (int i = 0; i < a.translation().size(); i++) {
            String s = a.record().entries().get(i).source();
            if (s != null && Segment.normalize(s).equals(oldSource)) {
                return a.translation().get(i).text();
            }
        }
        return "";
    }

    private static final class Builder {
        String source;
        String role;
        String target;
        String previous;
        String comment;
        boolean review;
        final List<String> refs = new ArrayList<>();
    }
}
