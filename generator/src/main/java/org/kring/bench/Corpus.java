package org.kring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark corpus as a Kring site. The text is the reference corpus ({@link ReferenceCorpus}, the same
 * Markdown bodies Hugo builds), turned into Kring's model: the "sessions" become the sessions of one
 * programme with objectives, materials and an agenda that adds up, the "topics" topics with questions and
 * key messages, the "recommendations" recommendations on the four levels, the "pages" free pages, and
 * links between them content links. The other languages are translations of every file.
 */
public final class Corpus {
    private static final Pattern FRONT = Pattern.compile("(?s)^---\\n(.*?)\\n---\\n(.*)$");
    private static final Pattern LINK = Pattern.compile("\\]\\(/([a-z]{2})/(sessions|topics|recommendations|pages)/p(\\d{4})/\\)");
    private static final String[] LEVELS = {"policy", "organisation", "provider", "participant"};

    private Corpus() {
    }

    /** Writes a buildable Kring site in {@code site} from a kring-layout corpus in {@code raw}. */
    public static void convert(Path raw, Path site) {
        try {
            Files.createDirectories(site);
            Files.writeString(site.resolve("site.yml"), """
                    # The benchmark corpus (the reference corpus of make-corpus.py) as a Kring site.
                    title: Kring benchmark corpus
                    base_url: https://bench.example.org/
                    source_language: en
                    languages:
                      - {code: en, name: English}
                      - {code: nl, name: Nederlands}
                      - {code: fr, name: Français}
                      - {code: ar, name: العربية}
                      - {code: sq, name: Shqip}
                    navigation:
                      - programme:corpus
                      - page:topics
                      - page:recommendations
                    """);
            Path content = site.resolve("content");
            write(content.resolve("programmes/corpus/index.md"), """
                    ---
                    title: Corpus programme
                    description: Every session of the benchmark corpus.
                    ---

                    The sessions of the benchmark corpus.
                    """);
            Map<String, Integer> counts = new TreeMap<>();
            for (String section : List.of("sessions", "topics", "recommendations", "pages")) {
                try (Stream<Path> s = Files.list(raw.resolve("content").resolve(section))) {
                    counts.put(section, (int) s.count());
                }
            }
            for (String lang : ReferenceCorpus.LANGS) {
                Path from = lang.equals("en") ? raw.resolve("content") : raw.resolve("translations").resolve(lang);
                Path to = lang.equals("en") ? content : site.resolve("translations").resolve(lang);
                for (String section : counts.keySet()) {
                    try (Stream<Path> s = Files.list(from.resolve(section))) {
                        for (Path f : s.sorted().toList()) {
                            convertFile(f, section, to, counts, !lang.equals("en"));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void convertFile(Path file, String section, Path to, Map<String, Integer> counts,
            boolean translation) throws IOException {
        String text = Files.readString(file);
        Matcher m = FRONT.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("no front matter in " + file);
        }
        Map<String, String> fm = new TreeMap<>();
        for (String line : m.group(1).split("\n")) {
            int colon = line.indexOf(':');
            fm.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String title = unquote(fm.get("title"));
        int i = Integer.parseInt(file.getFileName().toString().substring(1, 5));
        String body = links(m.group(2), counts);
        String sentence = firstSentence(m.group(2));
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(q(title)).append('\n');
        Path target;
        switch (section) {
            case "sessions" -> {
                int duration = Integer.parseInt(fm.get("duration_minutes"));
                if (!translation) {
                    out.append("number: ").append(i + 1).append('\n').append("duration: ").append(duration).append('\n');
                }
                out.append("description: ").append(q(sentence)).append('\n');
                out.append("objectives:\n  - ").append(q(sentence)).append('\n');
                out.append("materials:\n  - ").append(q(title)).append('\n');
                out.append("agenda:\n");
                int[] minutes = {30, duration - 40, 10};
                String[] activities = {"Arrival and self-checks", title, "Closing circle"};
                for (int k = 0; k < 3; k++) {
                    if (!translation) {
                        out.append("  - minutes: ").append(minutes[k]).append("\n    activity: ");
                    } else {
                        out.append("  - activity: ");
                    }
                    out.append(q(translation && k != 1 ? title + " " + (k + 1) : activities[k])).append('\n');
                }
                if (!translation) {
                    int topics = counts.get("topics");
                    // Two different topics (a small corpus has few, and a topic may be listed once).
                    int second = (i * 7 + 3) % topics == i % topics ? (i + 1) % topics : (i * 7 + 3) % topics;
                    out.append("topics: [p").append(String.format(Locale.ROOT, "%04d", i % topics));
                    if (second != i % topics) {
                        out.append(", p").append(String.format(Locale.ROOT, "%04d", second));
                    }
                    out.append("]\n");
                }
                target = to.resolve("programmes/corpus").resolve(String.format(Locale.ROOT, "%04d-p%04d.md", i + 1, i));
            }
            case "topics" -> {
                out.append("description: ").append(q(sentence)).append('\n');
                out.append("questions:\n  - ").append(q(sentence)).append('\n');
                out.append("key_messages:\n  - ").append(q(title)).append('\n');
                target = to.resolve("topics").resolve(file.getFileName());
            }
            case "recommendations" -> {
                if (!translation) {
                    out.append("level: ").append(LEVELS[i % 4]).append('\n');
                }
                out.append("description: ").append(q(sentence)).append('\n');
                target = to.resolve("recommendations").resolve(file.getFileName());
            }
            default -> {
                out.append("description: ").append(q(sentence)).append('\n');
                target = to.resolve("pages").resolve(file.getFileName());
            }
        }
        out.append("---\n").append(body);
        write(target, out.toString());
    }

    /** Hugo-style links (/nl/topics/p0012/) become content links (topic:p0012), in every language. */
    static String links(String body, Map<String, Integer> counts) {
        Matcher m = LINK.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(3));
            String ref = switch (m.group(2)) {
                case "sessions" -> "session:corpus/" + (n + 1);
                case "topics" -> "topic:p" + m.group(3);
                case "recommendations" -> "recommendation:p" + m.group(3);
                default -> "page:pages/p" + m.group(3);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement("](" + ref + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String firstSentence(String body) {
        for (String line : body.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("|") && !line.startsWith(">")) {
                String clean = line.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("*", "");
                int dot = clean.indexOf(". ");
                return (dot > 0 ? clean.substring(0, dot + 1) : clean).strip();
            }
        }
        return "Corpus page.";
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
