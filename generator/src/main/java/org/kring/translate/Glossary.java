package org.kring.translate;

import org.kring.segment.FileAnalysis;
import org.kring.segment.Segment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.load.InputFiles;
import org.kring.load.YamlMap;
import org.kring.model.SourceFile;

/**
 * A language's agreed words for the curriculum's terms ({@code translations/<code>/glossary.yml}: source
 * term → term in this language). Finds translated parts whose source uses a term but whose translation
 * does not use the agreed word.
 */
public final class Glossary {
    private final String file;
    private final Map<String, String> terms;

    private Glossary(String file, Map<String, String> terms) {
        this.file = file;
        this.terms = terms;
    }

    public static Glossary read(TranslationProject project, String locale, Problems problems) {
        Path p = project.root().resolve("translations").resolve(locale).resolve("glossary.yml");
        if (!Files.isRegularFile(p)) {
            return new Glossary(null, Map.of());
        }
        SourceFile f = InputFiles.read(project.root(), p, problems);
        YamlMap yaml = f == null ? null : YamlMap.parse(f, f.text(), 0, problems);
        Map<String, String> terms = new LinkedHashMap<>();
        if (yaml != null) {
            for (String key : yaml.keys()) {
                String v = yaml.string(key, true);
                if (v != null) {
                    terms.put(key, v);
                }
            }
        }
        return new Glossary(f == null ? null : f.name(), terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public Map<String, String> terms() {
        return terms;
    }

    /** Warnings for the translated parts of one file that do not use the agreed terms. */
    public List<Problem> check(String locale, FileAnalysis a) {
        List<Problem> out = new ArrayList<>();
        if (terms.isEmpty() || a.adapted() || a.translation().isEmpty()) {
            return out;
        }
        String file = "translations/" + locale + "/" + a.path();
        for (Segment t : a.translation()) {
            String source = sourceOf(a, t);
            if (source == null) {
                continue;
            }
            for (Map.Entry<String, String> term : terms.entrySet()) {
                if (contains(source, term.getKey()) && !contains(t.text(), term.getValue())) {
                    out.add(Problem.warning(file, t.line(), "'" + term.getKey() + "' is '" + term.getValue()
                            + "' in the glossary" + (this.file == null ? "" : " (" + this.file + ")")
                            + ", but this translation does not use it"));
                }
            }
        }
        return out;
    }

    private static String sourceOf(FileAnalysis a, Segment t) {
        int i = a.translation().indexOf(t);
        if (a.record() != null && a.record().entries().size() == a.translation().size()) {
            return a.record().entries().get(i).source();
        }
        return a.record() == null && i < a.source().size() ? a.source().get(i).text() : null;
    }

    /** Whole-word (or word-start, so plurals count) match, ignoring case; link and picture targets are not text. */
    static boolean contains(String text, String term) {
        text = text.replaceAll("\\]\\([^)]*\\)", "]");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.toLowerCase(Locale.ROOT)),
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE).matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
