package org.kring.load;

import java.util.ArrayList;
import java.util.List;

import org.kring.Problems;
import org.kring.markdown.MarkdownReader;
import org.kring.model.Adaptation;
import org.kring.model.AgendaItem;
import org.kring.model.Course;
import org.kring.model.CourseBlock;
import org.kring.model.CourseDay;
import org.kring.model.Module;
import org.kring.model.ContentKind;
import org.kring.model.DocKey;
import org.kring.model.Level;
import org.kring.model.Located;
import org.kring.model.Markdown;
import org.kring.model.Origin;
import org.kring.model.Page;
import org.kring.model.Programme;
import org.kring.model.Recommendation;
import org.kring.model.Session;
import org.kring.model.SourceFile;
import org.kring.model.TimelineEntry;
import org.kring.model.Topic;

/**
 * Turns one Markdown file into a typed piece of content. For a translation, {@code base} is the source
 * version: the translation supplies the texts, the source the structure. Thread-safe.
 */
final class DocumentReader {
    static final List<String> SESSION_KEYS = List.of("adapted", "title", "number", "duration", "when", "description",
            "objectives", "materials", "self_check", "agenda", "topics");
    static final List<String> AGENDA_KEYS = List.of("minutes", "activity");
    static final List<String> TOPIC_KEYS = List.of("adapted", "title", "description", "questions", "key_messages",
            "refer_when");
    static final List<String> RECOMMENDATION_KEYS = List.of("adapted", "title", "level", "adaptation", "description",
            "countries");
    static final List<String> PROGRAMME_KEYS = List.of("adapted", "title", "short_title", "description", "audience");
    static final List<String> PAGE_KEYS = List.of("adapted", "title", "description");
    static final List<String> COUNTRY_KEYS = List.of("adapted", "title", "description", "programmes", "languages", "timeline");
    static final List<String> TIMELINE_KEYS = List.of("when", "what");
    static final List<String> COURSE_KEYS = List.of("adapted", "title", "description", "audience", "accreditation",
            "languages", "days");
    static final List<String> DAY_KEYS = List.of("title", "start", "end", "blocks");
    static final List<String> BLOCK_KEYS = List.of("module", "practice", "break", "lunch", "minutes", "title");
    static final List<String> MODULE_KEYS = List.of("adapted", "title", "description", "objectives", "materials");
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private final MarkdownReader markdown;

    DocumentReader(MarkdownReader markdown) {
        this.markdown = markdown;
    }

    /**
     * @param language the language the file is written in
     * @param base     the source version for a translation, or null for a source file
     * @return the content, or null when the front matter could not be read at all
     */
    Object read(ContentPath path, SourceFile file, String language, Object base, Problems problems) {
        FrontMatter fm = FrontMatter.read(file, problems);
        if (fm == null) {
            return null;
        }
        // A deliberate local version ("adapted: true") is read like a source file: it may change the
        // structure too (another session order, other minutes). It keeps the source's identity.
        Boolean adaptedFlag = fm.yaml().bool("adapted");
        boolean adapted = Boolean.TRUE.equals(adaptedFlag);
        if (base == null && adaptedFlag != null) {
            problems.error(file.name(), fm.yaml().line("adapted"),
                    "'adapted' marks a local version in translations/; it has no meaning in content/");
        }
        Object source = base;
        Fields f = new Fields(fm.yaml(), base == null ? Fields.Mode.SOURCE
                : adapted ? Fields.Mode.ADAPTATION : Fields.Mode.TRANSLATION);
        Markdown body = markdown.read(file, fm.body(), fm.bodyLineOffset(), problems);
        Origin origin = new Origin(file, language, false, false, adapted);
        Object doc = switch (path.kind()) {
            case SESSION -> session(path, f, body, origin, (Session) source);
            case PROGRAMME -> programme(path, f, body, origin, (Programme) source);
            case TOPIC -> topic(path, f, body, origin, (Topic) source);
            case RECOMMENDATION -> recommendation(path, f, body, origin, (Recommendation) source);
            case PAGE -> page(path, f, body, origin, (Page) source);
            case COURSE -> course(path, f, body, origin, (Course) source);
            case MODULE -> module(path, f, body, origin, (Module) source);
        };
        return doc;
    }

    private Session session(ContentPath path, Fields f, Markdown body, Origin origin, Session base) {
        YamlMap y = f.yaml();
        y.allowOnly(SESSION_KEYS, "a session");
        Integer number = f.number("number", true, 1, 999, base == null ? null : base.number());
        Integer duration = f.number("duration", true, 1, 24 * 60, base == null ? null : base.duration());
        String title = f.text("title", true, base == null ? null : base.title());
        String when = f.text("when", false, base == null ? null : base.when());
        String description = f.text("description", true, base == null ? null : base.description());
        List<String> objectives = f.texts("objectives", true, base == null ? null : base.objectives());
        List<String> materials = f.texts("materials", true, base == null ? null : base.materials());
        List<String> selfChecks = f.texts("self_check", false, base == null ? null : base.selfChecks());
        List<AgendaItem> agenda = agenda(f, base);
        List<Located<String>> topics = f.ids("topics", false, base == null ? null : base.topics());
        int num = number == null ? 0 : number;
        DocKey key = base != null ? base.key() : new DocKey(ContentKind.SESSION, path.parent() + "/" + num);
        return new Session(key, path.parent(),
                path.id(), num, duration == null ? 0 : duration, orEmpty(title), when, orEmpty(description),
                objectives, materials, selfChecks, agenda, topics, body, origin,
                base == null || f.isAdaptation() && y.has("agenda") ? y.line("agenda") : base.agendaLine());
    }

    private static List<AgendaItem> agenda(Fields f, Session base) {
        YamlMap y = f.yaml();
        List<YamlMap> items = y.maps("agenda", base == null);
        List<AgendaItem> out = new ArrayList<>();
        if (items == null) {
            return base == null ? out : base.agenda();
        }
        if (base != null && f.isAdaptation()) {
            return adaptedAgenda(y, items, base);
        }
        if (base != null && items.size() != base.agenda().size()) {
            y.problems().error(y.file().name(), y.line("agenda"), "the agenda has " + items.size()
                    + " items but the source has " + base.agenda().size() + "; translate each item in order");
            return base.agenda();
        }
        int start = 0;
        for (int i = 0; i < items.size(); i++) {
            YamlMap item = items.get(i);
            item.allowOnly(AGENDA_KEYS, "an agenda item");
            String activity = item.string("activity", true);
            int minutes;
            if (base == null) {
                Integer m = item.integer("minutes", true, 1, 24 * 60);
                minutes = m == null ? 0 : m;
            } else {
                minutes = base.agenda().get(i).minutes();
                Integer m = item.has("minutes") ? item.integer("minutes", false, 1, 24 * 60) : null;
                if (m != null && m != minutes) {
                    y.problems().error(y.file().name(), item.line("minutes"), "agenda item " + (i + 1) + " has "
                            + m + " minutes but the source has " + minutes
                            + "; minutes belong to the structure, leave them out of the translation");
                }
            }
            out.add(new AgendaItem(minutes, orEmpty(activity), start, item.line()));
            start += minutes;
        }
        return List.copyOf(out);
    }

    /** A local version's agenda: its own minutes, or the source's for an item in the same place. */
    private static List<AgendaItem> adaptedAgenda(YamlMap y, List<YamlMap> items, Session base) {
        boolean sameShape = items.size() == base.agenda().size();
        List<AgendaItem> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < items.size(); i++) {
            YamlMap item = items.get(i);
            item.allowOnly(AGENDA_KEYS, "an agenda item");
            String activity = item.string("activity", true);
            Integer m = item.integer("minutes", !sameShape, 1, 24 * 60);
            int minutes = m != null ? m : sameShape ? base.agenda().get(i).minutes() : 0;
            out.add(new AgendaItem(minutes, orEmpty(activity), start, item.line()));
            start += minutes;
        }
        return List.copyOf(out);
    }

    private static Programme programme(ContentPath path, Fields f, Markdown body, Origin origin, Programme base) {
        f.yaml().allowOnly(PROGRAMME_KEYS, "a programme");
        String title = f.text("title", true, base == null ? null : base.title());
        String description = f.text("description", true, base == null ? null : base.description());
        String shortTitle = f.text("short_title", false, base == null ? null : base.shortTitle());
        String audience = f.text("audience", false, base == null ? null : base.audience());
        return new Programme(new DocKey(ContentKind.PROGRAMME, path.id()), path.id(), orEmpty(title), shortTitle,
                orEmpty(description), audience, body, origin, List.of());
    }

    private static Topic topic(ContentPath path, Fields f, Markdown body, Origin origin, Topic base) {
        f.yaml().allowOnly(TOPIC_KEYS, "a topic");
        String title = f.text("title", true, base == null ? null : base.title());
        String description = f.text("description", true, base == null ? null : base.description());
        List<String> questions = f.texts("questions", true, base == null ? null : base.questions());
        List<String> keyMessages = f.texts("key_messages", true, base == null ? null : base.keyMessages());
        List<String> referWhen = f.texts("refer_when", false, base == null ? null : base.referWhen());
        return new Topic(new DocKey(ContentKind.TOPIC, path.id()), path.id(), orEmpty(title), orEmpty(description),
                questions, keyMessages, referWhen, body, origin);
    }

    private static Recommendation recommendation(ContentPath path, Fields f, Markdown body, Origin origin,
            Recommendation base) {
        YamlMap y = f.yaml();
        y.allowOnly(RECOMMENDATION_KEYS, "a recommendation");
        String title = f.text("title", true, base == null ? null : base.title());
        String description = f.text("description", true, base == null ? null : base.description());
        Level level = base == null ? null : base.level();
        Adaptation adaptation = base == null ? null : base.adaptation();
        String levelText = f.id("level", true, level == null ? null : level.id());
        String adaptationText = f.id("adaptation", false, adaptation == null ? null : adaptation.id());
        if (base == null) {
            level = enumValue(Level.class, levelText, y, "level", "policy, organisation, provider or participant");
            adaptation = enumValue(Adaptation.class, adaptationText, y, "adaptation", "surface or deep");
        }
        List<Located<String>> countries = f.ids("countries", false, base == null ? null : base.countries());
        return new Recommendation(new DocKey(ContentKind.RECOMMENDATION, path.id()), path.id(), orEmpty(title),
                level == null ? Level.PROVIDER : level, adaptation, orEmpty(description), countries, body, origin);
    }

    private static Page page(ContentPath path, Fields f, Markdown body, Origin origin, Page base) {
        YamlMap y = f.yaml();
        boolean country = path.id().startsWith("countries/");
        y.allowOnly(country ? COUNTRY_KEYS : PAGE_KEYS, country ? "a country page" : "a page");
        String title = f.text("title", true, base == null ? null : base.title());
        String description = f.text("description", false, base == null ? null : base.description());
        List<Located<String>> programmes = List.of();
        List<String> languages = List.of();
        List<TimelineEntry> timeline = List.of();
        if (country) {
            programmes = f.ids("programmes", false, base == null ? null : base.programmes());
            languages = f.texts("languages", false, base == null ? null : base.languages());
            timeline = timeline(f, base);
        }
        return new Page(new DocKey(ContentKind.PAGE, path.id()), path.id(), orEmpty(title), description, body,
                origin, programmes, languages, timeline);
    }

    private static List<TimelineEntry> timeline(Fields f, Page base) {
        YamlMap y = f.yaml();
        boolean required = f.isTranslation() && base != null && !base.timeline().isEmpty();
        List<YamlMap> items = y.maps("timeline", required);
        if (items == null) {
            return base == null ? List.of() : base.timeline();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (YamlMap item : items) {
            item.allowOnly(TIMELINE_KEYS, "a timeline entry");
            out.add(new TimelineEntry(orEmpty(item.string("when", true)), orEmpty(item.string("what", true))));
        }
        return List.copyOf(out);
    }

    private static Course course(ContentPath path, Fields f, Markdown body, Origin origin, Course base) {
        YamlMap y = f.yaml();
        y.allowOnly(COURSE_KEYS, "a course");
        String title = f.text("title", true, base == null ? null : base.title());
        String description = f.text("description", true, base == null ? null : base.description());
        String audience = f.text("audience", true, base == null ? null : base.audience());
        String accreditation = f.text("accreditation", false, base == null ? null : base.accreditation());
        boolean ownSchedule = base == null || f.isAdaptation() && y.has("days");
        // The languages a course is given in are part of its plan, like its days: a translation keeps the source's.
        List<Located<String>> languages = ownSchedule ? f.ids("languages", false, base == null ? null
                : base.languages()) : base.languages();
        List<CourseDay> days = ownSchedule ? days(y) : translatedDays(y, base);
        return new Course(new DocKey(ContentKind.COURSE, path.id()), path.id(), orEmpty(title), orEmpty(description),
                orEmpty(audience), accreditation, languages, days,
                ownSchedule ? y.file().name() : base.scheduleFile(), body, origin, List.of());
    }

    /** The days of a course file that gives the structure: start and end times, blocks and their minutes. */
    private static List<CourseDay> days(YamlMap y) {
        List<YamlMap> items = y.maps("days", true);
        List<CourseDay> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (YamlMap day : items) {
            day.allowOnly(DAY_KEYS, "a course day");
            int start = clock(day, "start", true);
            int end = day.has("end") ? clock(day, "end", false) : -1;
            List<CourseBlock> blocks = new ArrayList<>();
            List<YamlMap> blockItems = day.maps("blocks", true);
            for (YamlMap b : blockItems == null ? List.<YamlMap>of() : blockItems) {
                CourseBlock block = block(b);
                if (block != null) {
                    blocks.add(block);
                }
            }
            out.add(new CourseDay(day.string("title", false), start, end, List.copyOf(blocks), day.line(),
                    day.has("end") ? day.line("end") : 0));
        }
        return List.copyOf(out);
    }

    private static CourseBlock block(YamlMap b) {
        b.allowOnly(BLOCK_KEYS, "a course block");
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("module", "practice", "break", "lunch")) {
            if (b.has(k)) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            b.problems().error(b.file().name(), b.line(), kinds.isEmpty()
                    ? "a course block needs one of 'module', 'practice', 'break' or 'lunch'"
                    : "a course block is one thing, not " + String.join(" and ", kinds.stream()
                            .map(k -> "'" + k + "'").toList()));
            return null;
        }
        String title = b.string("title", false);
        return switch (kinds.get(0)) {
            case "break", "lunch" -> {
                if (b.has("minutes")) {
                    b.problems().error(b.file().name(), b.line("minutes"), "write the minutes of a " + kinds.get(0)
                            + " after the word: '" + kinds.get(0) + ": 15'");
                }
                Integer m = b.integer(kinds.get(0), true, 1, 24 * 60);
                yield new CourseBlock(kinds.get(0).equals("break") ? CourseBlock.Kind.BREAK : CourseBlock.Kind.LUNCH,
                        null, title, m == null ? 0 : m, b.line());
            }
            default -> {
                Located<String> target = b.locatedString(kinds.get(0), true);
                Integer m = b.integer("minutes", true, 1, 24 * 60);
                yield new CourseBlock(kinds.get(0).equals("module") ? CourseBlock.Kind.MODULE
                        : CourseBlock.Kind.PRACTICE, target, title, m == null ? 0 : m, b.line());
            }
        };
    }

    /** "09:30" as minutes after midnight; -1 (and a problem) when it is not a time of day. */
    private static int clock(YamlMap y, String key, boolean required) {
        Located<String> v = y.locatedString(key, required);
        if (v == null) {
            return -1;
        }
        java.util.regex.Matcher m = CLOCK.matcher(v.value());
        if (!m.matches()) {
            y.problems().error(y.file().name(), v.line(), v.column(), "'" + key + "' must be a time of day like "
                    + "09:30, not '" + v.value() + "'");
            return -1;
        }
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    /**
     * A translated course's days: the source's structure with the translation's day and block titles. The
     * translation may leave out {@code days}; when it has them, day by day and block by block in order.
     */
    private static List<CourseDay> translatedDays(YamlMap y, Course base) {
        List<YamlMap> items = y.maps("days", false);
        if (items == null) {
            return base.days();
        }
        if (items.size() != base.days().size()) {
            y.problems().error(y.file().name(), y.line("days"), "the course has " + items.size()
                    + " days but the source has " + base.days().size() + "; translate each day in order");
            return base.days();
        }
        List<CourseDay> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlMap day = items.get(i);
            CourseDay src = base.days().get(i);
            day.allowOnly(DAY_KEYS, "a course day");
            sameAsSource(day, "start", org.kring.model.Schedule.clock(src.start()), "day " + (i + 1));
            if (src.end() >= 0) {
                sameAsSource(day, "end", org.kring.model.Schedule.clock(src.end()), "day " + (i + 1));
            }
            List<CourseBlock> blocks = src.blocks();
            List<YamlMap> blockItems = day.maps("blocks", false);
            if (blockItems != null) {
                if (blockItems.size() != src.blocks().size()) {
                    day.problems().error(day.file().name(), day.line("blocks"), "day " + (i + 1) + " has "
                            + blockItems.size() + " blocks but the source has " + src.blocks().size()
                            + "; translate each block in order");
                } else {
                    List<CourseBlock> translated = new ArrayList<>();
                    for (int j = 0; j < blockItems.size(); j++) {
                        YamlMap b = blockItems.get(j);
                        b.allowOnly(BLOCK_KEYS, "a course block");
                        CourseBlock sb = src.blocks().get(j);
                        String what = "block " + (j + 1) + " of day " + (i + 1);
                        if (sb.kind().isPause()) {
                            sameAsSource(b, sb.kind().id(), String.valueOf(sb.minutes()), what);
                        } else {
                            sameAsSource(b, sb.kind().id(), sb.target() == null ? "" : sb.target().value(), what);
                            sameAsSource(b, "minutes", String.valueOf(sb.minutes()), what);
                        }
                        for (CourseBlock.Kind k : CourseBlock.Kind.values()) {
                            if (k != sb.kind() && b.has(k.id())) {
                                b.problems().error(b.file().name(), b.line(k.id()), what + " is a " + sb.kind().id()
                                        + " in the source, not a " + k.id()
                                        + "; the schedule belongs to the source, leave it out of the translation");
                            }
                        }
                        String t = b.string("title", false);
                        translated.add(new CourseBlock(sb.kind(), sb.target(), t != null ? t : sb.title(), sb.minutes(),
                                sb.line()));
                    }
                    blocks = List.copyOf(translated);
                }
            }
            String title = day.string("title", src.title() != null);
            out.add(new CourseDay(title != null ? title : src.title(), src.start(), src.end(), blocks, src.line(),
                    src.endLine()));
        }
        return List.copyOf(out);
    }

    /**
     * A translation may repeat the source's structure (an imported translation is built on the source's
     * text), but not change it: times, modules and minutes come from the source.
     */
    private static void sameAsSource(YamlMap y, String key, String expected, String what) {
        if (!y.has(key)) {
            return;
        }
        Located<String> v = y.locatedString(key, false);
        if (v != null && !v.value().equals(expected)) {
            y.problems().error(y.file().name(), v.line(), v.column(), what + " has " + key + " '" + v.value()
                    + "' but the source has '" + expected
                    + "'; the schedule belongs to the source, leave it out of the translation");
        }
    }

    private static Module module(ContentPath path, Fields f, Markdown body, Origin origin, Module base) {
        f.yaml().allowOnly(MODULE_KEYS, "a course module");
        String title = f.text("title", true, base == null ? null : base.title());
        String description = f.text("description", true, base == null ? null : base.description());
        List<String> objectives = f.texts("objectives", true, base == null ? null : base.objectives());
        List<String> materials = f.texts("materials", false, base == null ? null : base.materials());
        return new Module(new DocKey(ContentKind.MODULE, path.parent() + "/" + path.id()), path.parent(), path.id(),
                orEmpty(title), orEmpty(description), objectives, materials, body, origin);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, YamlMap y, String key,
            String allowed) {
        if (text == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        y.problems().error(y.file().name(), y.line(key), "'" + key + "' must be " + allowed + ", not '" + text + "'");
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
