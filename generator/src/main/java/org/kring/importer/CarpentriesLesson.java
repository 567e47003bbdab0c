package org.kring.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kring.load.YamlNodes;

/**
 * A Carpentries lesson as a programme: {@code content/programmes/<id>/index.md} from the lesson's title and
 * home page, and a session guide per episode, in the order {@code config.yaml} lists them. The Workbench format
 * ({@code episodes/}, Pandoc fenced divs) is read fully; the older Jekyll format ({@code _episodes/}, boxes as
 * quotes marked {@code {: .challenge}}) through {@link JekyllBoxes}.
 */
final class CarpentriesLesson {

    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*\\S.*$");
    private static final Pattern EPISODE_LINK = Pattern.compile("\\]\\((?:\\.{0,2}/)?(?:episodes/)?([A-Za-z0-9_.-]+)\\.(?:md|Rmd|html)(#[^)\\s]*)?\\)");
    /** Pandoc's attributes after a picture ({alt="..."}, {width=50%}): Kring has none, and would print them. */
    private static final Pattern PICTURE_ATTRIBUTES = Pattern.compile("!\\[([^\\]]*)\\](\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\))\\{([^}\\n]*)\\}");
    private static final Pattern ALT = Pattern.compile("alt=\"([^\"]*)\"");

    private CarpentriesLesson() {
    }

    /** Whether {@code dir} looks like a Carpentries lesson. */
    static boolean is(Path dir) {
        return Files.isDirectory(dir.resolve("episodes")) && Files.isRegularFile(dir.resolve("config.yaml"))
                || Files.isDirectory(dir.resolve("_episodes"));
    }

    static ImportPlan plan(Path dir, String programme) throws IOException {
        ImportPlan plan = new ImportPlan();
        boolean workbench = Files.isDirectory(dir.resolve("episodes"));
        Path episodesDir = dir.resolve(workbench ? "episodes" : "_episodes");
        Map<String, Object> config = config(dir.resolve(workbench ? "config.yaml" : "_config.yml"));
        String title = config.get("title") instanceof String s && !s.isBlank() ? s.strip()
                : Names.title(dir.toAbsolutePath().normalize().getFileName().toString());
        String id = programme != null ? programme : Names.slug(title);
        String base = "programmes/" + id + "/";

        List<String> names = order(episodesDir, config.get("episodes"), plan);
        String links = linkDefinitions(dir, workbench);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            numbers.put(stem(names.get(i)), i + 1);
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ForeignFile f = ForeignFile.of(Files.readString(episodesDir.resolve(name)));
            String file = base + String.format(Locale.ROOT, "%02d-%s.md", i + 1, Names.slug(Names.title(stem(name))));
            plan.text(file, session(f, i + 1, name, id, numbers, links, workbench, plan));
            Images.copyUsed(f.body(), episodesDir.resolve(name), dir, file, plan);
        }
        plan.text(base + "index.md", rewriteEpisodeLinks(programmeFile(dir, title, config, plan), id, numbers));
        return plan;
    }

    private static String session(ForeignFile f, int number, String name, String programme, Map<String, Integer> numbers,
            String links, boolean workbench, ImportPlan plan) {
        String body = workbench ? f.body() : JekyllBoxes.convert(f.body(), plan);
        FencedDivs.Result r = FencedDivs.convert(body);
        for (String u : r.unknown()) {
            plan.note("'::: " + u + "' blocks have no Kring counterpart: their text was kept without the block");
        }
        String text = rewriteEpisodeLinks(withoutPictureAttributes(r.body()), programme, numbers);
        List<String> keypoints = f.texts("keypoints");
        if (!keypoints.isEmpty() && !text.contains("## Key points")) {
            text = text.strip() + "\n\n## Key points\n\n"
                    + String.join("\n", keypoints.stream().map(k -> "- " + k).toList()) + "\n";
        }
        text = withLinkDefinitions(text, links);

        String title = f.text("title") != null ? f.text("title") : Names.title(stem(name));
        int teaching = f.minutes("teaching");
        int exercises = f.minutes("exercises");
        List<String> questions = !r.items("questions").isEmpty() ? r.items("questions") : f.texts("questions");
        List<String> objectives = !r.items("objectives").isEmpty() ? r.items("objectives") : f.texts("objectives");
        if (objectives.isEmpty()) {
            objectives = !questions.isEmpty() ? questions : List.of(title);
            plan.note(name + " has no objectives as a list: its questions (or title) stand in for them; write them");
        }
        String description = !questions.isEmpty() ? questions.get(0) : Names.firstParagraph(text, title);

        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(Yaml.quote(title)).append('\n');
        sb.append("number: ").append(number).append('\n');
        if (teaching + exercises == 0) {
            teaching = 60;
            plan.note(name + " gives no teaching or exercise minutes: its agenda says 60 minutes of teaching; correct it");
        }
        sb.append("duration: ").append(teaching + exercises).append('\n');
        sb.append("description: ").append(Yaml.quote(description)).append('\n');
        sb.append(Yaml.list("objectives", objectives));
        sb.append(Yaml.list("materials", List.of(org.kring.model.Skeletons.IMPORTED_MATERIALS)));
        sb.append("agenda:\n");
        if (teaching > 0) {
            sb.append("  - minutes: ").append(teaching).append("\n    activity: \"Teaching\"\n");
        }
        if (exercises > 0) {
            sb.append("  - minutes: ").append(exercises).append("\n    activity: \"Exercises\"\n");
        }
        sb.append("---\n\n").append(text.strip()).append('\n');
        return sb.toString();
    }

    private static String programmeFile(Path dir, String title, Map<String, Object> config, ImportPlan plan)
            throws IOException {
        String body = "";
        Path index = dir.resolve("index.md");
        if (Files.isRegularFile(index)) {
            body = FencedDivs.convert(ForeignFile.of(Files.readString(index)).body()).body().strip();
        }
        String description = Names.firstParagraph(body, title);
        String source = config.get("source") instanceof String s ? s.strip() : null;
        String licence = config.get("license") instanceof String s ? s.strip() : null;
        if (source != null || licence != null) {
            body = body + "\n\nThis programme is made from the Carpentries lesson "
                    + (source != null ? "[" + title + "](" + source + ")" : "*" + title + "*")
                    + (licence != null ? ", licensed " + licence : "") + ".";
        }
        return "---\ntitle: " + Yaml.quote(title) + "\ndescription: " + Yaml.quote(description) + "\n---\n\n"
                + body.strip() + "\n";
    }

    private static Map<String, Object> config(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Object y = YamlNodes.load(Files.readString(file));
            Map<String, Object> out = new LinkedHashMap<>();
            if (y instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
            }
            return out;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** The episodes in the lesson's order: config.yaml's list, else by file name. */
    private static List<String> order(Path dir, Object listed, ImportPlan plan) throws IOException {
        List<String> names = new ArrayList<>();
        if (listed instanceof List<?> l && !l.isEmpty()) {
            for (Object o : l) {
                String n = String.valueOf(o);
                if (Files.isRegularFile(dir.resolve(n))) {
                    names.add(n);
                } else {
                    plan.note("config.yaml lists " + n + ", which is not in " + dir.getFileName() + "/: left out");
                }
            }
            return names;
        }
        try (var s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") || n.endsWith(".Rmd"))
                    .filter(n -> !n.startsWith(".")).sorted().forEach(names::add);
        }
        return names;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** links.md (Workbench) or _includes/links.md (Jekyll): reference links every episode may use. */
    private static String linkDefinitions(Path dir, boolean workbench) throws IOException {
        Path f = dir.resolve(workbench ? "links.md" : "_includes/links.md");
        if (!Files.isRegularFile(f)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readString(f).split("\n")) {
            if (LINK_DEFINITION.matcher(line).matches()) {
                sb.append(line.strip()).append('\n');
            }
        }
        return sb.toString();
    }

    /** The definitions from links.md that this body uses, at its end, as the Workbench adds them. */
    private static String withLinkDefinitions(String body, String links) {
        StringBuilder used = new StringBuilder();
        for (String line : links.split("\n")) {
            Matcher m = LINK_DEFINITION.matcher(line);
            if (m.matches() && body.toLowerCase(Locale.ROOT).contains("][" + m.group(1).toLowerCase(Locale.ROOT) + "]")) {
                used.append(line).append('\n');
            }
        }
        return used.isEmpty() ? body : body.strip() + "\n\n" + used;
    }

    /** Pandoc's {alt="..."} after a picture: its description goes into the brackets when they are empty. */
    private static String withoutPictureAttributes(String body) {
        return PICTURE_ATTRIBUTES.matcher(body).replaceAll(m -> {
            Matcher alt = ALT.matcher(m.group(3));
            String text = m.group(1).isBlank() && alt.find() ? alt.group(1) : m.group(1);
            return Matcher.quoteReplacement("![" + text + "]" + m.group(2));
        });
    }

    /** A link to another episode of the lesson becomes a link to its session guide. */
    private static String rewriteEpisodeLinks(String body, String programme, Map<String, Integer> numbers) {
        Matcher m = EPISODE_LINK.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Integer n = numbers.get(m.group(1));
            String to = n == null ? m.group() : "](session:" + programme + "/" + n + (m.group(2) == null ? "" : m.group(2)) + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(to));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
