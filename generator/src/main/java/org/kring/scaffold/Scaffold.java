package org.kring.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.Transliterator;
import org.kring.ContentException;
import org.kring.Problem;
import org.kring.load.Suggestions;

/**
 * New content files with every required key filled in with a placeholder (in brackets) and the optional
 * ones commented, in the right folder, so a new file passes {@code kring check} straight away.
 */
public final class Scaffold {
    private static final Pattern NUMBER = Pattern.compile("(?m)^number:\\s*(\\d+)");
    private static final Pattern DURATION = Pattern.compile("(?m)^duration:\\s*(\\d+)");

    /** Where the new file goes and what it says. */
    public record Result(Path file, String text) {
    }

    private final Path content;

    public Scaffold(Path site) {
        this.content = site.toAbsolutePath().normalize().resolve("content");
    }

    /** A file name from a title in any script: "Slaap en huilen" → slaap-en-huilen. */
    static String slug(String title) {
        String latin = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower").transliterate(title);
        String s = latin.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "new" : s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public Result session(String title, String programme) {
        Path programmes = content.resolve("programmes");
        List<String> ids = new ArrayList<>();
        try (Stream<Path> s = Files.list(programmes)) {
            s.filter(p -> Files.isRegularFile(p.resolve("index.md"))).forEach(p -> ids.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new ContentException(Problem.error("content/programmes", 0, "there is no programmes folder"));
        }
        ids.sort(null);
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
        Path dir = programmes.resolve(programme);
        int next = 1;
        Map<Integer, Integer> durations = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("index.md"))
                    .toList()) {
                String text = Files.readString(p);
                Matcher m = NUMBER.matcher(text);
                if (m.find()) {
                    next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
                }
                Matcher d = DURATION.matcher(text);
                if (d.find()) {
                    durations.merge(Integer.parseInt(d.group(1)), 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int duration = durations.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(120);
        int arrival = duration >= 90 ? 30 : duration / 4;
        int discussion = duration - arrival - 20;
        String name = String.format(Locale.ROOT, "%02d-%s.md", next, slug(title));
        String text = """
                ---
                title: %s
                number: %d
                duration: %d
                # when: Weeks 20 to 24 of pregnancy
                description: "(One or two sentences about what happens in this session.)"
                objectives:
                  - (What participants can do after this session.)
                materials:
                  - (What the facilitators bring.)
                self_check:
                  - (A step participants do themselves, such as taking their blood pressure.)
                agenda:
                  - minutes: %d
                    activity: Arrival and self-checks
                  - minutes: 10
                    activity: Opening circle
                  - minutes: %d
                    activity: (The discussion)
                  - minutes: 10
                    activity: Closing circle
                topics: []      # topic ids, e.g. [nutrition, exercise]
                ---

                ## Arrival and self-checks

                (What happens while people arrive.)

                ::: facilitator
                (Notes only for the facilitators: what to prepare, what to watch for.)
                :::

                ## Opening circle

                (How the group starts.)

                ## (The discussion)

                (Questions to ask the group. Link topics like this: [eating well](topic:nutrition).)

                ## Closing circle

                ::: participant
                (What participants take home: a short summary and something to try this week.)
                :::
                """.formatted(yaml(title), next, duration, arrival, discussion);
        return new Result(dir.resolve(name), text);
    }

    public Result topic(String title) {
        String text = """
                ---
                title: %s
                description: (One or two sentences about this topic.)
                questions:
                  - (An open question the facilitator asks the group.)
                key_messages:
                  - (What the group should take home.)
                # refer_when:
                #   - When to refer to the midwife, nurse or doctor.
                ---

                (Background for the facilitator: what parents often believe, what the evidence says.)

                ::: activity (A title)
                (A way to make this topic interactive.)
                :::
                """.formatted(yaml(title));
        return new Result(content.resolve("topics").resolve(slug(title) + ".md"), text);
    }

    public Result recommendation(String title) {
        String text = """
                ---
                title: %s
                level: provider            # policy | organisation | provider | participant
                # adaptation: surface      # surface (language, pictures, names) | deep (content, order, who facilitates)
                description: "(One sentence that says the recommendation.)"
                # countries: [ghana, kosovo]
                ---

                ## Why it matters

                (Why.)

                ## How to do it

                - (A step.)
                """.formatted(yaml(title));
        return new Result(content.resolve("recommendations").resolve(slug(title) + ".md"), text);
    }

    public Result page(String title) {
        String text = """
                ---
                title: %s
                # description: One sentence for search results and lists.
                ---

                (The text of the page.)
                """.formatted(yaml(title));
        return new Result(content.resolve(slug(title) + ".md"), text);
    }

    /** A course folder: the course file with a first day that opens with a welcome module, and that module. */
    public List<Result> course(String title) {
        Path dir = content.resolve("courses").resolve(slug(title));
        String text = """
                ---
                title: %s
                description: "(One or two sentences about the course.)"
                audience: "(Who the course is for: the providers who will facilitate.)"
                # accreditation: "(Points and register, printed on the certificates.)"
                # languages: [en]          # the languages the course is given in (default: all of the site's)
                days:
                  - title: "(What the day is about)"
                    start: "09:00"
                    end: "17:00"
                    blocks:
                      - module: welcome
                        minutes: 30
                      - break: 15
                      # - practice: session:pregnancy/1   # trainees practise a session guide (or topic:<id>)
                      #   minutes: 60
                      # - lunch: 45
                ---

                (A welcome for the trainees, shown on the course page.)
                """.formatted(yaml(title));
        return List.of(new Result(dir.resolve("index.md"), text), moduleFile(dir, "welcome", "Welcome"));
    }

    /** A training module in a course's folder; it still has to be put in the course's schedule. */
    public Result module(String title, String course) {
        Path courses = content.resolve("courses");
        List<String> ids = new ArrayList<>();
        if (Files.isDirectory(courses)) {
            try (Stream<Path> s = Files.list(courses)) {
                s.filter(p -> Files.isRegularFile(p.resolve("index.md"))).forEach(p -> ids.add(p.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ids.sort(null);
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
        String text = """
                ---
                title: %s
                description: "(One or two sentences about the module.)"
                objectives:
                  - (What trainees can do after this module.)
                # materials:
                #   - Flip chart and markers
                ---

                ## (A part of the module)

                (What the trainer explains or shows.)

                ::: trainer
                (Notes only for the trainer: timing, what to watch for, how to debrief. Left out of the trainee's
                edition of the course pack.)
                :::

                ::: exercise (A title)
                1. (A step, with its minutes.)
                :::

                ::: slides
                - (A slide: its title and a few words.)
                :::

                ::: handout (A title)
                (What trainees take home.)
                :::
                """.formatted(yaml(title));
        return new Result(dir.resolve(id + ".md"), text);
    }
}
