package org.kring.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kring.model.Field;
import org.kring.model.FieldValues;
import org.kring.model.Located;
import org.kring.model.Schema;

/**
 * Reads the declared keys of one file's front matter by their {@link Schema}, aware of whether the file is
 * a source, a translation or a local adaptation. A translation gives the texts in its language; structure
 * (numbers, minutes, ids, dates) always comes from the source. A text the source has is required in the
 * translation, so no English sentence slips silently into a translated page; a structural value a
 * translation repeats is ignored, and one that differs from the source is reported to the translation's team.
 */
final class Fields {
    /** What kind of file is read. */
    enum Mode {
        /** A file in content/. */
        SOURCE,
        /** A translation: texts only; structure from the source. */
        TRANSLATION,
        /** A local version ({@code adapted: true}): texts required, structure may differ, else the source's. */
        ADAPTATION
    }

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private final YamlMap yaml;
    private final Mode mode;

    Fields(YamlMap yaml, Mode mode) {
        this.yaml = yaml;
        this.mode = mode;
    }

    boolean isAdaptation() {
        return mode == Mode.ADAPTATION;
    }

    boolean isTranslation() {
        return mode != Mode.SOURCE;
    }

    YamlMap yaml() {
        return yaml;
    }

    /**
     * Every declared key of {@code schema} but the lists of maps (which each kind reads into records of its own)
     * and markers. Unknown keys are reported with a suggestion.
     *
     * @param base the source's values, for a translation or adaptation; null for a source file
     */
    FieldValues read(Schema schema, FieldValues base) {
        yaml.allowOnly(schema.keys(), schema.what());
        Map<String, Object> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Field field : schema.fields()) {
            if (field.isList() || field.role() == Field.Role.MARKER) {
                continue;
            }
            String name = field.name();
            Object value;
            boolean own;
            if (mode == Mode.SOURCE) {
                value = value(field, field.required());
                own = true;
            } else if (field.isText()) {
                // A text the source has must be translated; when the source gained it after the translation was
                // made, the source's text is shown meanwhile: an edit of the source never breaks a translation.
                value = value(field, false);
                own = value != null;
                boolean inSource = base != null && base.has(name) && !isEmptyList(base.get(name));
                if (value == null && inSource) {
                    yaml.problems().warning(yaml.file().name(), yaml.line(), "'" + name + "' is not translated "
                            + "yet: the source's text is shown until it is (export and import again, or add it here)");
                    value = base.get(name);
                }
            } else if (mode == Mode.ADAPTATION && yaml.has(name)) {
                value = value(field, false);
                own = value != null;
                if (!own) {
                    value = base == null ? null : base.get(name);
                }
            } else {
                value = base == null ? null : base.get(name);
                own = false;
                if (yaml.has(name)) {
                    Object repeated = value(field, false);
                    if (repeated != null && !sameValue(repeated, value)) {
                        yaml.problems().warning(yaml.file().name(), yaml.line(name), "'" + name
                                + "' belongs to the structure and comes from the source (" + show(value)
                                + "); the translation's value is ignored: leave it out of the translation");
                    }
                }
            }
            if (value != null) {
                values.put(name, value);
                lines.put(name, own ? yaml.line(name) : base.line(name));
            }
        }
        return new FieldValues(values, lines);
    }

    private Object value(Field field, boolean required) {
        String name = field.name();
        return switch (field.type()) {
            case TEXT -> yaml.string(name, required);
            case TEXTS -> yaml.strings(name, required);
            case NUMBER -> yaml.integer(name, required, field.min(), field.max());
            case ID -> id(field, required);
            case IDS -> yaml.locatedStrings(name, required);
            case DATE -> date(name, required);
            case TIME -> clock(yaml, name, required);
            case BOOLEAN -> yaml.bool(name);
            case LIST -> null;
        };
    }

    private String id(Field field, boolean required) {
        String v = yaml.string(field.name(), required);
        if (v == null || field.allowed().isEmpty()) {
            return v;
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (field.allowed().contains(lower)) {
            return lower;
        }
        List<String> allowed = field.allowed();
        yaml.problems().error(yaml.file().name(), yaml.line(field.name()), "'" + field.name() + "' must be "
                + String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1)
                + ", not '" + v + "'");
        return null;
    }

    private LocalDate date(String name, boolean required) {
        Located<String> v = yaml.locatedString(name, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.value());
        } catch (DateTimeParseException e) {
            yaml.problems().error(yaml.file().name(), v.line(), v.column(), "'" + name + "' must be a date like "
                    + "2026-03-12 (year-month-day), not '" + v.value() + "'");
            return null;
        }
    }

    /** "09:30" as minutes after midnight; null (and a problem) when it is not a time of day. */
    static Integer clock(YamlMap y, String key, boolean required) {
        Located<String> v = y.locatedString(key, required);
        if (v == null) {
            return null;
        }
        java.util.regex.Matcher m = CLOCK.matcher(v.value());
        if (!m.matches()) {
            y.problems().error(y.file().name(), v.line(), v.column(), "'" + key + "' must be a time of day like "
                    + "09:30, not '" + v.value() + "'");
            return null;
        }
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    private static boolean isEmptyList(Object v) {
        return v instanceof List<?> l && l.isEmpty();
    }

    /** Ids compare by value, not by where they were written. */
    private static boolean sameValue(Object a, Object b) {
        return Objects.equals(plain(a), plain(b));
    }

    private static Object plain(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(x -> x instanceof Located<?> loc ? loc.value() : x).toList();
        }
        return v;
    }

    private static String show(Object v) {
        Object p = plain(v);
        return p instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : String.valueOf(p);
    }
}
