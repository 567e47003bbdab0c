package org.kring.scaffold;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Transliterator;
import org.kring.BuildOptions;
import org.kring.BuildSession;
import org.kring.ContentException;
import org.kring.Problem;
import org.kring.load.Suggestions;
import org.kring.model.Course;
import org.kring.model.Curriculum;
import org.kring.model.Field;
import org.kring.model.LocalizedContent;
import org.kring.model.Programme;
import org.kring.model.Schema;
import org.kring.model.Session;
import org.kring.model.Skeletons;

/**
 * New content files with every required key filled in with a placeholder (in brackets) and the optional
 * ones commented, in the right folder, so a new file passes {@code kring check} straight away. The keys come
 * from each kind's {@link Schema}; the next session number and the usual duration from the site's model.
 */
public final class Scaffold {
    /** Where the new file goes and what it says. */
    public record Result(Path file, String text) {
    }

    private final Path site;
    private final Path content;
    private LocalizedContent model;

    public Scaffold(Path site) {
        this.site = site.toAbsolutePath().normalize();
        this.content = this.site.resolve("content");
    }

    /** The site's content as it is now (read once): which programmes and courses there are, their numbers. */
    private LocalizedContent model() {
        if (model == null) {
            Curriculum c = BuildSession.load(BuildOptions.of(site)).curriculum();
            model = c.source() != null ? c.source() : c.locales().get(0);
        }
        return model;
    }

    /** A file name from a title in any script: "Slaap en huilen" → slaap-en-huilen. */
    public static String slug(String title) {
        String latin = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower").transliterate(title);
        String s = latin.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "new" : s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The front matter of a new file of a kind, from its declaration: every key in the schema's order, the ones
     * in {@code values} with that value, other required ones with their example (in brackets when the author
     * must replace it), optional ones commented out with an example, so authors see every key there is.
     */
    static String frontMatter(Schema schema, Map<String, String> values) {
        StringBuilder sb = new StringBuilder("---\n");
        for (Field f : schema.fields()) {
            if (f.role() == Field.Role.MARKER) {
                continue;
            }
            String given = values.get(f.name());
            if (given != null) {
                sb.append(f.name()).append(':').append(given.startsWith("\n") ? "" : " ").append(given).append('\n');
            } else if (f.example() != null) {
                String example = example(f);
                String line = f.name() + (example.startsWith("\n") ? ":" : ": ") + example;
                sb.append(f.required() ? line : "# " + line.replace("\n", "\n# ")).append('\n');
            }
        }
        return sb.append("---\n").toString();
    }

    private static String example(Field f) {
        return switch (f.type()) {
            case TEXT -> f.example().startsWith("(") ? yaml(f.example()) : f.example();
            case TEXTS -> "\n  - " + f.example();
            case TIME -> "\"" + f.example() + "\"";
            default -> f.example();
        };
    }

    public Result session(String title, String programme) {
        return session(title, programme, null);
    }

    /**
     * A new session of {@code programme}, numbered {@code at}, or the next free number when {@code at} is null.
     * Making room at a taken number is {@link #makeRoom}'s.
     */
    public Result session(String title, String programme, Integer at) {
        List<String> ids = model().programmes().stream().map(Programme::id).sorted().toList();
        if (ids.isEmpty()) {
            throw new ContentException(Problem.error("content/programmes", 0, "there are no programmes yet: "
                    + "make content/programmes/<id>/index.md first"));
        }
        if (programme == null) {
            if (ids.size() != 1) {
                throw new ContentException(Problem.error("content/programmes", 0,
                        "which programme? add --programme with one of: " + String.join(", ", ids)));
            }
            programme = ids.get(0);
        }
        if (!ids.contains(programme)) {
            throw new ContentException(Problem.error("content/programmes", 0, "no programme '" + programme + "'"
                    + Suggestions.didYouMean(programme, ids) + "; the programmes are " + String.join(", ", ids)));
        }
        List<Session> sessions = model().programme(programme).sessions();
        int next = at != null ? at : sessions.stream().mapToInt(Session::number).max().orElse(0) + 1;
        Map<Integer, Long> durations = sessions.stream().collect(java.util.stream.Collectors.groupingBy(
                Session::duration, java.util.stream.Collectors.counting()));
        int duration = durations.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(120);
        int arrival = duration >= 90 ? 30 : duration / 4;
        int discussion = duration - arrival - 20;
        String name = String.format(Locale.ROOT, "%02d-%s.md", next, slug(title));
        Map<String, String> values = new java.util.HashMap<>();
        values.put("title", yaml(title));
        values.put("number", String.valueOf(next));
        values.put("duration", String.valueOf(duration));
        values.put("agenda", """

                  - minutes: %d
                    activity: Arrival and self-checks
                  - minutes: 10
                    activity: Opening circle
                  - minutes: %d
                    activity: %s
                  - minutes: 10
                    activity: Closing circle""".formatted(arrival, discussion, Skeletons.DISCUSSION).replace("\n", "\n  "));
        values.put("topics", "[]      # topic ids, e.g. [nutrition, exercise]");
        String text = frontMatter(Schema.SESSION, values) + Skeletons.SESSION;
        return new Result(content.resolve("programmes").resolve(programme).resolve(name), text);
    }

    /** The sessions of the programme a new session goes into, as the content has them now. */
    public List<Session> sessions(String programme) {
        return model().programme(programme).sessions();
    }

    public Result topic(String title) {
        String text = frontMatter(Schema.TOPIC, Map.of("title", yaml(title))) + Skeletons.TOPIC;
        return new Result(content.resolve("topics").resolve(slug(title) + ".md"), text);
    }

    public Result recommendation(String title) {
        String text = frontMatter(Schema.RECOMMENDATION, Map.of("title", yaml(title),
                "level", "provider            # policy | organisation | provider | participant")) + Skeletons.RECOMMENDATION;
        return new Result(content.resolve("recommendations").resolve(slug(title) + ".md"), text);
    }

    public Result page(String title) {
        String text = frontMatter(Schema.PAGE, Map.of("title", yaml(title))) + Skeletons.PAGE;
        return new Result(content.resolve(slug(title) + ".md"), text);
    }

    /** A course folder: the course file with a first day that opens with a welcome module, and that module. */
    public List<Result> course(String title) {
        Path dir = content.resolve("courses").resolve(slug(title));
        String text = frontMatter(Schema.COURSE, Map.of("title", yaml(title), "days", """

                  - title: "(What the day is about)"
                    start: "09:00"
                    end: "17:00"
                    blocks:
                      - module: welcome
                        minutes: 30
                      - break: 15
                      # - practice: session:pregnancy/1   # trainees practise a session guide (or topic:<id>)
                      #   minutes: 60
                      # - lunch: 45""".replace("\n", "\n  "))) + Skeletons.COURSE;
        return List.of(new Result(dir.resolve("index.md"), text), moduleFile(dir, "welcome", "Welcome"));
    }

    /** A training module in a course's folder; it still has to be put in the course's schedule. */
    public Result module(String title, String course) {
        Path courses = content.resolve("courses");
        List<String> ids = model().courses().stream().map(Course::id).sorted().toList();
        if (course == null && ids.size() == 1) {
            course = ids.get(0);
        }
        if (course == null || !ids.contains(course)) {
            throw new ContentException(Problem.error("content/courses", 0, ids.isEmpty()
                    ? "there are no courses yet: start one with kring new course TITLE"
                    : (course == null ? "which course? add --course with one of: " : "no course '" + course + "'"
                            + Suggestions.didYouMean(course, ids) + "; the courses are ") + String.join(", ", ids)));
        }
        return moduleFile(courses.resolve(course), slug(title), title);
    }

    private static Result moduleFile(Path dir, String id, String title) {
        String text = frontMatter(Schema.MODULE, Map.of("title", yaml(title))) + Skeletons.MODULE;
        return new Result(dir.resolve(id + ".md"), text);
    }
}
