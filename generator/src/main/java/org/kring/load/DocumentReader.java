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
import org.kring.model.Content;
import org.kring.model.ContentKind;
import org.kring.model.ContentPath;
import org.kring.model.FieldValues;
import org.kring.model.Schema;
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
    private final MarkdownReader markdown;
    private final org.kring.load.ReadCache parsed;

    DocumentReader(MarkdownReader markdown, org.kring.load.ReadCache parsed) {
        this.markdown = markdown;
        this.parsed = parsed;
    }

    /**
     * @param language the language the file is written in
     * @param base     the source version for a translation, or null for a source file
     * @return the content, or null when the front matter could not be read at all
     */
    Content read(ContentPath path, SourceFile file, String language, Content base, Problems problems) {
        FrontMatter fm = FrontMatter.read(file, problems, parsed);
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
        Fields f = new Fields(fm.yaml(), base == null ? Fields.Mode.SOURCE
                : adapted ? Fields.Mode.ADAPTATION : Fields.Mode.TRANSLATION);
        FieldValues v = f.read(Schema.of(path.kind(), path.id()), base == null ? null : base.fields());
        Markdown body = parsed == null ? markdown.read(file, fm.body(), fm.bodyLineOffset(), problems)
                : parsed.body(file, fm.bodyStart(), fm.bodyLineOffset(), problems, markdown);
        Origin origin = new Origin(file, language, false, false, adapted);
        return switch (path.kind()) {
            case SESSION -> session(path, f, v, body, origin, (Session) base);
            case PROGRAMME -> new Programme(new DocKey(ContentKind.PROGRAMME, path.id()), path.id(), text(v, "title"),
                    v.text("short_title"), text(v, "description"), v.text("audience"), body, origin, List.of(), v);
            case TOPIC -> new Topic(new DocKey(ContentKind.TOPIC, path.id()), path.id(), text(v, "title"),
                    text(v, "description"), v.texts("questions"), v.texts("key_messages"), v.texts("refer_when"), body,
                    origin, v);
            case RECOMMENDATION -> new Recommendation(new DocKey(ContentKind.RECOMMENDATION, path.id()), path.id(),
                    text(v, "title"), v.has("level") ? Level.valueOf(upper(v.text("level"))) : Level.PROVIDER,
                    v.has("adaptation") ? Adaptation.valueOf(upper(v.text("adaptation"))) : null,
                    text(v, "description"), v.ids("countries"), body, origin, v);
            case PAGE -> new Page(new DocKey(ContentKind.PAGE, path.id()), path.id(), text(v, "title"),
                    v.text("description"), body, origin, v.ids("programmes"), v.texts("languages"),
                    timeline(f, (Page) base), v);
            case COURSE -> course(path, f, v, body, origin, (Course) base);
            case MODULE -> new Module(new DocKey(ContentKind.MODULE, path.parent() + "/" + path.id()), path.parent(),
                    path.id(), text(v, "title"), text(v, "description"), v.texts("objectives"), v.texts("materials"),
                    body, origin, v);
        };
    }

    private static String text(FieldValues v, String key) {
        return orEmpty(v.text(key));
    }

    private static String upper(String id) {
        return id.toUpperCase(java.util.Locale.ROOT);
    }

    private static Session session(ContentPath path, Fields f, FieldValues v, Markdown body, Origin origin,
            Session base) {
        YamlMap y = f.yaml();
        List<AgendaItem> agenda = agenda(f, base);
        int num = v.has("number") ? v.number("number") : 0;
        DocKey key = base != null ? base.key() : new DocKey(ContentKind.SESSION, path.parent() + "/" + num);
        return new Session(key, path.parent(), path.id(), num, v.has("duration") ? v.number("duration") : 0,
                text(v, "title"), v.text("when"), text(v, "description"), v.texts("objectives"),
                v.texts("materials"), v.texts("self_check"), agenda, v.ids("topics"), body, origin,
                base == null || f.isAdaptation() && y.has("agenda") ? y.line("agenda") : base.agendaLine(), v);
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
            y.problems().warning(y.file().name(), y.line("agenda"), "the agenda has " + items.size()
                    + " items but the source has " + base.agenda().size() + "; the source's agenda is shown until "
                    + "each item is translated in order (export and import again)");
            return base.agenda();
        }
        int start = 0;
        for (int i = 0; i < items.size(); i++) {
            YamlMap item = items.get(i);
            item.allowOnly(Schema.AGENDA_ITEM.keys(), Schema.AGENDA_ITEM.what());
            String activity = item.string("activity", true);
            int minutes;
            if (base == null) {
                Integer m = item.integer("minutes", true, 1, 24 * 60);
                minutes = m == null ? 0 : m;
            } else {
                minutes = base.agenda().get(i).minutes();
                Integer m = item.has("minutes") ? item.integer("minutes", false, 1, 24 * 60) : null;
                if (m != null && m != minutes) {
                    y.problems().warning(y.file().name(), item.line("minutes"), "agenda item " + (i + 1) + " has "
                            + m + " minutes but the source has " + minutes
                            + "; minutes belong to the structure and come from the source: leave them out of the "
                            + "translation");
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
            item.allowOnly(Schema.AGENDA_ITEM.keys(), Schema.AGENDA_ITEM.what());
            String activity = item.string("activity", true);
            Integer m = item.integer("minutes", !sameShape, 1, 24 * 60);
            int minutes = m != null ? m : sameShape ? base.agenda().get(i).minutes() : 0;
            out.add(new AgendaItem(minutes, orEmpty(activity), start, item.line()));
            start += minutes;
        }
        return List.copyOf(out);
    }

    private static List<TimelineEntry> timeline(Fields f, Page base) {
        YamlMap y = f.yaml();
        if (!y.has("timeline") && (base == null || !f.isTranslation())) {
            return base == null ? List.of() : base.timeline();
        }
        List<YamlMap> items = y.maps("timeline", false);
        if (items == null) {
            if (f.isTranslation() && base != null && !base.timeline().isEmpty()) {
                y.problems().warning(y.file().name(), y.line(), "'timeline' is not translated yet: the source's "
                        + "timeline is shown until it is");
            }
            return base == null ? List.of() : base.timeline();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (YamlMap item : items) {
            item.allowOnly(Schema.TIMELINE_ENTRY.keys(), Schema.TIMELINE_ENTRY.what());
            out.add(new TimelineEntry(orEmpty(item.string("when", true)), orEmpty(item.string("what", true))));
        }
        return List.copyOf(out);
    }

    private static Course course(ContentPath path, Fields f, FieldValues v, Markdown body, Origin origin, Course base) {
        YamlMap y = f.yaml();
        boolean ownSchedule = base == null || f.isAdaptation() && y.has("days");
        // The languages a course is given in are part of its plan, like its days: a translation keeps the source's.
        List<Located<String>> languages = ownSchedule ? v.ids("languages") : base.languages();
        List<CourseDay> days = ownSchedule ? days(y) : translatedDays(y, base);
        return new Course(new DocKey(ContentKind.COURSE, path.id()), path.id(), text(v, "title"),
                text(v, "description"), text(v, "audience"), v.text("accreditation"), languages, days,
                ownSchedule ? y.file().name() : base.scheduleFile(), body, origin, List.of(), v);
    }

    /** The days of a course file that gives the structure: start and end times, blocks and their minutes. */
    private static List<CourseDay> days(YamlMap y) {
        List<YamlMap> items = y.maps("days", true);
        List<CourseDay> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (YamlMap day : items) {
            day.allowOnly(Schema.COURSE_DAY.keys(), Schema.COURSE_DAY.what());
            int start = orMinus(Fields.clock(day, "start", true));
            int end = day.has("end") ? orMinus(Fields.clock(day, "end", false)) : -1;
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
        b.allowOnly(Schema.COURSE_BLOCK.keys(), Schema.COURSE_BLOCK.what());
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

    private static int orMinus(Integer minutes) {
        return minutes == null ? -1 : minutes;
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
            y.problems().warning(y.file().name(), y.line("days"), "the course has " + items.size()
                    + " days but the source has " + base.days().size() + "; the source's days are shown until each "
                    + "day is translated in order");
            return base.days();
        }
        List<CourseDay> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlMap day = items.get(i);
            CourseDay src = base.days().get(i);
            day.allowOnly(Schema.COURSE_DAY.keys(), Schema.COURSE_DAY.what());
            sameAsSource(day, "start", org.kring.model.Schedule.clock(src.start()), "day " + (i + 1));
            if (src.end() >= 0) {
                sameAsSource(day, "end", org.kring.model.Schedule.clock(src.end()), "day " + (i + 1));
            }
            List<CourseBlock> blocks = src.blocks();
            List<YamlMap> blockItems = day.maps("blocks", false);
            if (blockItems != null) {
                if (blockItems.size() != src.blocks().size()) {
                    day.problems().warning(day.file().name(), day.line("blocks"), "day " + (i + 1) + " has "
                            + blockItems.size() + " blocks but the source has " + src.blocks().size()
                            + "; the source's blocks are shown until each block is translated in order");
                } else {
                    List<CourseBlock> translated = new ArrayList<>();
                    for (int j = 0; j < blockItems.size(); j++) {
                        YamlMap b = blockItems.get(j);
                        b.allowOnly(Schema.COURSE_BLOCK.keys(), Schema.COURSE_BLOCK.what());
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
                                b.problems().warning(b.file().name(), b.line(k.id()), what + " is a " + sb.kind().id()
                                        + " in the source, not a " + k.id()
                                        + "; the schedule comes from the source: leave it out of the translation");
                            }
                        }
                        String t = b.string("title", false);
                        translated.add(new CourseBlock(sb.kind(), sb.target(), t != null ? t : sb.title(), sb.minutes(),
                                sb.line()));
                    }
                    blocks = List.copyOf(translated);
                }
            }
            String title = day.string("title", false);
            if (title == null && src.title() != null) {
                day.problems().warning(day.file().name(), day.line(), "the title of day " + (i + 1) + " is not "
                        + "translated yet: the source's is shown until it is");
            }
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
            y.problems().warning(y.file().name(), v.line(), v.column(), what + " has " + key + " '" + v.value()
                    + "' but the source has '" + expected
                    + "'; the schedule comes from the source: leave it out of the translation");
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
