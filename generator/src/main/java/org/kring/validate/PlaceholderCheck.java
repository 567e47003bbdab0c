package org.kring.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kring.Problems;
import org.kring.model.Content;
import org.kring.model.Curriculum;
import org.kring.model.Field;
import org.kring.model.LocalizedContent;
import org.kring.model.Schema;
import org.kring.model.Skeletons;
import org.kring.model.SourceFile;
import org.kring.segment.Segment;
import org.kring.segment.Segmenter;

/**
 * Text still equal to a placeholder {@code kring new} wrote (the bracketed examples of each kind's
 * {@link Schema} and the bracketed parts of the {@link Skeletons}): a warning at its file and line, so a
 * "(What happens while people arrive.)" is never published or printed in a handout. A warning, not an error,
 * because a new file must build straight away; {@code --strict} makes it an error for a site's CI.
 */
public final class PlaceholderCheck {
    /** The placeholders {@code kring import} writes where another tool's lesson has nothing to say. */
    private static final Set<String> IMPORTED = Set.of(Segment.normalize(
            Skeletons.IMPORTED_MATERIALS));
    /** Every placeholder, white space collapsed as {@link Segment#normalized()} does. */
    private static final Set<String> PLACEHOLDERS = collect();
    /** How many first characters of a placeholder {@link #STARTS} keeps: all of the shortest one's, at most 8. */
    private static final int START = Math.min(8, PLACEHOLDERS.stream().mapToInt(String::length).min().orElse(1));
    /** The placeholders' first characters, so a file without any is passed over in one scan of its text. */
    private static final Set<String> STARTS = starts();

    /** The characters that follow the bracket in some placeholder. */
    private static final String SECONDS = seconds();

    private PlaceholderCheck() {
    }

    /**
     * What the last check found in each file, for the next check of the same site in memory (the preview's):
     * a file read once is the same object until it changes, and its placeholders with it.
     */
    public static final class Memo {
        private Map<SourceFile, List<org.kring.Problem>> found = new IdentityHashMap<>();
    }

    public static void check(Curriculum curriculum, Problems problems) {
        check(curriculum, problems, null, null);
    }

    /**
     * Checks every file, taking what {@code memo} (when not null) has for a file checked before, and from
     * {@code cache} (when not null) whether a file's text may hold a placeholder at all, as found in the same bytes
     * before: a file a rebuild did not otherwise read is not read for it.
     */
    public static void check(Curriculum curriculum, Problems problems, Memo memo, org.kring.load.ReadCache cache) {
        Map<SourceFile, Content> files = new IdentityHashMap<>();
        for (LocalizedContent l : curriculum.locales()) {
            for (Content doc : l.documents()) {
                SourceFile f = doc.origin().file();
                if (f != null && f == doc.body().file()) {
                    files.putIfAbsent(f, doc);
                }
            }
        }
        // In any order: problems are sorted when they are shown.
        Segmenter segmenter = new Segmenter();
        Map<SourceFile, List<org.kring.Problem>> found = new IdentityHashMap<>();
        for (SourceFile f : files.keySet()) {
            List<org.kring.Problem> own = memo == null ? null : memo.found.get(f);
            if (own == null) {
                own = check(f, files.get(f), segmenter, cache);
            }
            found.put(f, own);
            own.forEach(problems::add);
        }
        if (memo != null) {
            memo.found = found;
        }
    }

    private static List<org.kring.Problem> check(SourceFile f, Content doc, Segmenter segmenter,
            org.kring.load.ReadCache cache) {
        if (cache == null ? !mayHold(f.text())
                : !cache.holds(f, org.kring.load.ReadCache.Fact.MAY_HOLD_PLACEHOLDER, PlaceholderCheck::mayHold)) {
            return List.of();
        }
        Problems problems = new Problems();
        for (Segment s : segmenter.segments(f, doc.body())) {
            if (PLACEHOLDERS.contains(s.normalized())) {
                String who = IMPORTED.contains(s.normalized()) ? "kring import" : "kring new";
                problems.warning(f.name(), s.line(), "\"" + s.normalized() + "\" is still the placeholder "
                        + who + " wrote: replace it with your own text, or delete it");
            }
        }
        return problems.sorted();
    }

    /** Whether a placeholder may start anywhere in {@code text}: a bracket followed by a placeholder's start. */
    private static boolean mayHold(String text) {
        for (int i = text.indexOf('('); i >= 0 && i + START <= text.length(); i = text.indexOf('(', i + 1)) {
            // Most brackets open a link's address: the character after one rules it out without a substring.
            boolean second = START < 2 || SECONDS.indexOf(text.charAt(i + 1)) >= 0;
            if (second && STARTS.contains(text.substring(i, i + START))) {
                return true;
            }
        }
        return false;
    }

    /** Every placeholder {@code kring new} writes, white space collapsed. */
    public static Set<String> placeholders() {
        return PLACEHOLDERS;
    }

    private static Set<String> collect() {
        Set<String> out = new HashSet<>();
        List<Schema> schemas = new ArrayList<>(Schema.all());
        schemas.addAll(List.of(Schema.AGENDA_ITEM, Schema.COURSE_DAY, Schema.COURSE_BLOCK, Schema.TIMELINE_ENTRY));
        for (Schema schema : schemas) {
            for (Field f : schema.fields()) {
                if (f.isText() && f.example() != null && bracketed(f.example())) {
                    out.add(Segment.normalize(f.example()));
                }
            }
        }
        out.add(Skeletons.DISCUSSION);
        out.addAll(IMPORTED);
        Segmenter segmenter = new Segmenter();
        for (String body : Skeletons.all()) {
            // Read as a page's body, by the same segmenter that reads the site's files.
            SourceFile f = new SourceFile(java.nio.file.Path.of("skeleton.md"), "content/skeleton.md",
                    "---\ntitle: x\n---\n" + body);
            for (Segment s : segmenter.segments(f)) {
                if (bracketed(s.normalized())) {
                    out.add(s.normalized());
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static boolean bracketed(String text) {
        String t = text.strip();
        return t.startsWith("(") && t.endsWith(")");
    }

    private static String seconds() {
        StringBuilder out = new StringBuilder();
        for (String p : STARTS) {
            if (p.length() > 1 && out.indexOf(String.valueOf(p.charAt(1))) < 0) {
                out.append(p.charAt(1));
            }
        }
        return out.toString();
    }

    private static Set<String> starts() {
        Set<String> out = new HashSet<>();
        for (String p : PLACEHOLDERS) {
            out.add(p.substring(0, START));
        }
        return out;
    }
}
