package org.kring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shared reference corpus ({@code ../shared/bench/make-corpus.py}) made by Kring itself, so {@code kring
 * bench} needs nothing outside the project. It is a port, draw for draw (through {@link PythonRandom}), of the
 * script: the same files with the same bytes, so Kring and Hugo still build the same text and figures stay
 * comparable with those measured from the script. Change the script and this together, or neither.
 */
public final class ReferenceCorpus {
    /** Where the files go: Hugo's contentDir per language, or Kring's source language and translations. */
    public enum Layout { HUGO, KRING }

    static final List<String> LANGS = List.of("en", "nl", "fr", "ar", "sq");
    static final List<String> SECTIONS = List.of("sessions", "topics", "recommendations", "pages");
    private static final List<String> TAGS = List.of("nutrition", "sleep", "stress", "breastfeeding", "safety",
            "exercise", "birth", "language", "vaccination", "mental-health");
    private static final List<String> LATIN = List.of(("care group session parent baby midwife circle talk weight "
            + "pressure feeding sleep story question support family health week birth nurse practice listen share "
            + "plan body change safe walk").split(" "));
    private static final List<String> ALBANIAN = List.of(("kujdes grup seancë prind foshë mamí rreth bisedë peshë "
            + "ushqim gjumë pyetje mbështetje familje shëndet javë lindje infermiere çështje zë ëndërr çelës")
            .split(" "));
    private static final List<String> ARABIC = List.of(("رعاية مجموعة جلسة والد طفل قابلة دائرة حديث وزن ضغط رضاعة "
            + "نوم قصة سؤال دعم أسرة صحة أسبوع ولادة ممرضة ممارسة استماع مشاركة خطة جسم تغيير آمن").split(" "));

    private final PythonRandom rng;
    private final String lang;

    private ReferenceCorpus(String lang) {
        this.lang = lang;
        this.rng = new PythonRandom("kring-" + lang);
    }

    /** Writes the corpus into {@code out}; returns how many files. */
    public static int write(Path out, int pagesPerLang, Layout layout) {
        int perSection = pagesPerLang / SECTIONS.size();
        int files = 0;
        try {
            for (String lang : LANGS) {
                // One generator per language, drawn in the script's order: sections, then pages.
                ReferenceCorpus g = new ReferenceCorpus(lang);
                for (String section : SECTIONS) {
                    Path dir = layout == Layout.HUGO ? out.resolve("content").resolve(lang).resolve(section)
                            : lang.equals("en") ? out.resolve("content").resolve(section)
                            : out.resolve("translations").resolve(lang).resolve(section);
                    Files.createDirectories(dir);
                    for (int i = 0; i < perSection; i++) {
                        Files.writeString(dir.resolve(String.format(Locale.ROOT, "p%04d.md", i)),
                                g.page(section, i, perSection, "/" + lang + "/"));
                        files++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus in " + out, e);
        }
        return files;
    }

    private String words(int n) {
        List<String> pool = lang.equals("ar") ? ARABIC : lang.equals("sq") ? ALBANIAN : LATIN;
        List<String> w = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            w.add(rng.choice(pool));
        }
        return String.join(" ", w);
    }

    private String sentence() {
        List<String> w = new ArrayList<>(List.of(words(rng.between(8, 18)).split(" ")));
        // Python evaluates the right-hand side before the index it assigns to: the word first, then where.
        if (rng.random() < 0.3) {
            String word = "*" + rng.choice(w) + "*";
            w.set(rng.below(w.size()), word);
        }
        if (rng.random() < 0.2) {
            String word = "**" + rng.choice(w) + "**";
            w.set(rng.below(w.size()), word);
        }
        String s = String.join(" ", w);
        return (lang.equals("ar") ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1)) + ".";
    }

    private String page(String section, int i, int n, String linkPrefix) {
        String title = lang.equals("ar") ? words(3) : title(words(rng.between(2, 5)));
        List<String> tags = rng.sample(TAGS, rng.between(2, 4));
        List<String> out = new ArrayList<>(List.of("---", "title: \"" + title + " " + i + "\"", "weight: " + i,
                "duration_minutes: " + rng.choice(List.of(90, 105, 120)), "tags: [" + String.join(", ", tags) + "]",
                "---", ""));
        out.add(String.join(" ", sentence(), sentence(), sentence()));
        int headings = rng.between(3, 6);
        for (int h = 0; h < headings; h++) {
            out.add("");
            out.add((h % 2 == 0 ? "## " : "### ") + words(rng.between(2, 4)));
            out.add("");
            int paragraphs = rng.between(1, 3);
            for (int p = 0; p < paragraphs; p++) {
                int sentences = rng.between(3, 6);
                List<String> para = new ArrayList<>();
                for (int s = 0; s < sentences; s++) {
                    para.add(sentence());
                }
                if (rng.random() < 0.5) {
                    int j = rng.below(n);
                    para.add("[" + words(2) + "](" + linkPrefix + section + "/" + String.format(Locale.ROOT, "p%04d", j)
                            + "/).");
                }
                out.add(String.join(" ", para));
                out.add("");
            }
            double r = rng.random();
            if (r < 0.35) {
                int items = rng.between(3, 6);
                for (int k = 0; k < items; k++) {
                    out.add("- " + sentence());
                }
                out.add("");
            } else if (r < 0.6) {
                int items = rng.between(3, 5);
                for (int k = 0; k < items; k++) {
                    out.add((k + 1) + ". " + sentence());
                }
                out.add("");
            }
        }
        if (rng.random() < 0.3) {
            out.add("| " + String.join(" | ", words(1), words(1), words(1)) + " |");
            out.add("|---|---|---|");
            int rows = rng.between(3, 6);
            for (int k = 0; k < rows; k++) {
                out.add("| " + String.join(" | ", words(2), words(2), words(2)) + " |");
            }
            out.add("");
        }
        out.add("> " + sentence());
        out.add("");
        if (rng.random() < 0.1) {
            out.addAll(List.of("```", words(6), "```", ""));
        }
        return String.join("\n", out);
    }

    /** Python's {@code str.title()}: a letter after a letter is lower case, any other letter title case. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            sb.appendCodePoint(!cased ? c : previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousCased = cased;
            k += Character.charCount(c);
        }
        return sb.toString();
    }
}
