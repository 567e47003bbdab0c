package org.kring.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The values of a piece of content's declared front matter keys, as the loader read them by their
 * {@link Schema}: texts in the content's language, structure from the source. Every key a schema declares
 * (but lists of maps, which the kinds read into their own records) is here, so a new key is usable in
 * templates ({@code doc.field("reviewed")}) without code of its own.
 *
 * @param values the value of each key that has one: a String, a List of Strings, an Integer, a LocalDate,
 *               or a List of {@link Located} ids
 * @param lines  the line each key is on, in the file it was read from
 */
public record FieldValues(Map<String, Object> values, Map<String, Integer> lines) {
    public static final FieldValues EMPTY = new FieldValues(Map.of(), Map.of());

    public FieldValues {
        values = Collections.unmodifiableMap(values);
        lines = Collections.unmodifiableMap(lines);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    public Integer number(String name) {
        return (Integer) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Located<String>> ids(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<Located<String>>) v;
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /** The line the key is on, or 0 when the file does not have it. */
    public int line(String name) {
        return lines.getOrDefault(name, 0);
    }
}
