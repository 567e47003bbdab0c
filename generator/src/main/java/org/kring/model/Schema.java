package org.kring.model;

import java.util.ArrayList;
import java.util.List;

import static org.kring.model.Field.date;
import static org.kring.model.Field.id;
import static org.kring.model.Field.ids;
import static org.kring.model.Field.list;
import static org.kring.model.Field.number;
import static org.kring.model.Field.text;
import static org.kring.model.Field.texts;
import static org.kring.model.Field.time;

/**
 * The front matter of one kind of content, stated once: its keys in the order authors write them (each with
 * its type, whether it is text or structure, and whether it is required) and the anchors its page template
 * adds. The loader, the validator, the segmenter, the translation exchange, the scaffold and the glyph check
 * all read these declarations; adding a key to a kind is one line here and its use in a template.
 *
 * @param what    the kind in words, for messages ("a session")
 * @param fields  the keys, in the order a new file lists them
 * @param anchors the sections the kind's page template adds, which links may point at ({@code session:x/3#agenda})
 * @param printed whether the kind's texts go into PDFs (session guides, manuals, course packs, the booklet), so
 *                every character must be in a bundled font
 */
public record Schema(String what, List<Field> fields, List<Anchor> anchors, boolean printed) {

    /**
     * A section a kind's page has: always, or only when the key {@code ifKey} has a value (a session without
     * self-checks has no self-checks section, so a link to it would lead nowhere).
     */
    public record Anchor(String id, String ifKey) {
        static Anchor always(String id) {
            return new Anchor(id, null);
        }

        static Anchor when(String id, String key) {
            return new Anchor(id, key);
        }
    }

    /** Keys every kind has. */
    private static final List<Field> COMMON = List.of(
            date("reviewed", false, "2026-01-31"),
            // A picture for the page's card and head (a programme's card on the home page, a session's in its
            // programme): a path under content/, the same in every language; its alt text is translated.
            id("picture", false, List.of(), "images/pregnancy.svg"),
            text("picture_alt", false, "(What the picture shows, in one sentence)"));

    public static final Schema AGENDA_ITEM = new Schema("an agenda item", List.of(
            number("minutes", true, 1, 24 * 60, "30"),
            text("activity", true, "(What happens)")), List.of(), false);

    public static final Schema TIMELINE_ENTRY = new Schema("a timeline entry", List.of(
            text("when", true, "(2024)"),
            text("what", true, "(What happened)")), List.of(), false);

    public static final Schema COURSE_BLOCK = new Schema("a course block", List.of(
            id("module", false, List.of(), "welcome"),
            id("practice", false, List.of(), "session:pregnancy/1"),
            number("break", false, 1, 24 * 60, "15"),
            number("lunch", false, 1, 24 * 60, "45"),
            number("minutes", false, 1, 24 * 60, "30"),
            text("title", false, "(A title of the block's own)").withContext("course block title")), List.of(), false);

    public static final Schema COURSE_DAY = new Schema("a course day", List.of(
            text("title", false, "(What the day is about)").withContext("day title"),
            time("start", true, "09:00"),
            time("end", false, "17:00"),
            list("blocks", true, COURSE_BLOCK)), List.of(), false);

    public static final Schema SESSION = kind("a session", List.of(
            text("title", true, null),
            number("number", true, 1, 999, "1"),
            number("duration", true, 1, 24 * 60, "120"),
            text("when", false, "Weeks 20 to 24 of pregnancy"),
            text("description", true, "(One or two sentences about what happens in this session.)"),
            texts("objectives", true, "(What participants can do after this session.)"),
            texts("materials", true, "(What the facilitators bring.)"),
            texts("self_check", false, "(A step participants do themselves, such as taking their blood pressure.)"),
            list("agenda", true, AGENDA_ITEM),
            ids("topics", false, "[nutrition, exercise]")),
            List.of(Anchor.always("objectives"), Anchor.always("materials"), Anchor.when("self-checks", "self_check"),
                    Anchor.always("agenda"), Anchor.when("topics", "topics"), Anchor.always("plan")));

    public static final Schema PROGRAMME = kind("a programme", List.of(
            text("title", true, null),
            text("short_title", false, "(A short title for menus)"),
            text("description", true, "(One or two sentences about the programme.)"),
            text("audience", false, "(Who the programme is for.)"),
            // The author's order of the programmes (on the home page, in lists); without it, by id.
            number("order", false, 1, 999, "1")),
            List.of(Anchor.always("sessions")));

    public static final Schema TOPIC = kind("a topic", List.of(
            text("title", true, null),
            text("description", true, "(One or two sentences about this topic.)"),
            texts("questions", true, "(An open question the facilitator asks the group.)"),
            texts("key_messages", true, "(What the group should take home.)"),
            texts("refer_when", false, "(A sign that needs the midwife, nurse or doctor, in words for the participant.)")),
            List.of(Anchor.always("questions"), Anchor.always("key-messages"), Anchor.when("refer", "refer_when")));

    public static final Schema RECOMMENDATION = kind("a recommendation", List.of(
            text("title", true, null),
            id("level", true, List.of("policy", "organisation", "provider", "participant"), "provider"),
            id("adaptation", false, List.of("surface", "deep"), "surface"),
            text("description", true, "(One sentence that says the recommendation.)"),
            ids("countries", false, "[ghana, kosovo]")),
            List.of());

    public static final Schema PAGE = kind("a page", List.of(
            text("title", true, null),
            text("description", false, "(One sentence for search results and lists.)")),
            List.of(), false);

    public static final Schema COUNTRY = kind("a country page", List.of(
            text("title", true, null),
            text("description", false, "(One sentence for search results and lists.)"),
            ids("programmes", false, "[pregnancy, parenting]"),
            texts("languages", false, "(A language spoken in the groups)"),
            list("timeline", false, TIMELINE_ENTRY)),
            List.of(), false);

    public static final Schema COURSE = kind("a course", List.of(
            text("title", true, null),
            text("description", true, "(One or two sentences about the course.)"),
            text("audience", true, "(Who the course is for: the providers who will facilitate.)"),
            text("accreditation", false, "(Points and register, printed on the certificates.)"),
            ids("languages", false, "[en]"),
            list("days", true, COURSE_DAY)),
            List.of(Anchor.always("schedule"), Anchor.always("modules")));

    public static final Schema MODULE = kind("a course module", List.of(
            text("title", true, null),
            text("description", true, "(One or two sentences about the module.)"),
            texts("objectives", true, "(What trainees can do after this module.)"),
            texts("materials", false, "Flip chart and markers")),
            List.of(Anchor.always("objectives"), Anchor.when("materials", "materials")));

    private static Schema kind(String what, List<Field> own, List<Anchor> anchors) {
        return kind(what, own, anchors, true);
    }

    private static Schema kind(String what, List<Field> own, List<Anchor> anchors, boolean printed) {
        List<Field> all = new ArrayList<>();
        all.add(Field.marker("adapted"));
        all.addAll(own);
        all.addAll(COMMON);
        return new Schema(what, List.copyOf(all), List.copyOf(anchors), printed);
    }

    /** The schema of a content file: country pages have keys other pages do not. */
    public static Schema of(ContentKind kind, String id) {
        return switch (kind) {
            case PAGE -> id.startsWith("countries/") ? COUNTRY : PAGE;
            case PROGRAMME -> PROGRAMME;
            case SESSION -> SESSION;
            case TOPIC -> TOPIC;
            case RECOMMENDATION -> RECOMMENDATION;
            case COURSE -> COURSE;
            case MODULE -> MODULE;
        };
    }

    /** The schema of the file at a path under content/ (or mirrored under translations/), or null. */
    public static Schema forPath(String contentPath) {
        if (!contentPath.endsWith(".md")) {
            return null;
        }
        ContentPath p = ContentPath.of(contentPath);
        return p == null ? null : of(p.kind(), p.id());
    }

    /**
     * Ids the page templates give elements of their own (besides each kind's sections): a heading in a body
     * never takes one, so the page keeps one element per id.
     */
    private static final List<String> TEMPLATE_IDS = List.of("main", "downloads", "downloads-heading",
            "toc-heading", "aside-toc-heading", "agenda-caption", "programme-nav-heading", "explore-heading", "programmes-heading", "filter-label", "recommendations", "timeline",
            "next", "dl-courses", "dl-recommendations", "adapted-list", "missing-list", "outdated-list",
            "level-policy", "level-organisation", "level-provider", "level-participant");

    /** The ids body headings must not take: every section anchor of every kind and the templates' own ids. */
    public static java.util.Set<String> reservedAnchors() {
        java.util.Set<String> out = new java.util.HashSet<>(TEMPLATE_IDS);
        for (Schema s : all()) {
            s.anchors().forEach(a -> out.add(a.id()));
        }
        out.add("sessions");
        return java.util.Set.copyOf(out);
    }

    /** Every kind's schema, for tests and tools that walk them all. */
    public static List<Schema> all() {
        return List.of(PAGE, COUNTRY, PROGRAMME, SESSION, TOPIC, RECOMMENDATION, COURSE, MODULE);
    }

    public Field field(String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The key names of each schema, made once (every file's keys are checked against them). */
    private static final java.util.Map<Schema, List<String>> KEYS = java.util.Collections.synchronizedMap(
            new java.util.IdentityHashMap<>());

    /** The key names, in order. */
    public List<String> keys() {
        List<String> keys = KEYS.get(this);
        if (keys == null) {
            keys = fields.stream().map(Field::name).toList();
            KEYS.put(this, keys);
        }
        return keys;
    }
}
