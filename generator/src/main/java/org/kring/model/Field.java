package org.kring.model;

import java.util.List;

/**
 * One front matter key of a content kind, as its {@link Schema} declares it. Everything that reads or writes
 * front matter (the loader, the segmenter and the translation exchange, the scaffold, the glyph check)
 * takes the key's type and role from here, so a kind's keys are stated once.
 *
 * @param name     the key as written in front matter ({@code key_messages})
 * @param type     what kind of value it holds
 * @param role     whether it is text (translated) or structure (taken from the source only)
 * @param required whether a source file must have it (a translation must give a text when its source has it)
 * @param min      the smallest allowed number (for {@link Type#NUMBER})
 * @param max      the largest allowed number (for {@link Type#NUMBER})
 * @param allowed  the allowed values of an {@link Type#ID} with a closed list (a recommendation's level), else empty
 * @param items    the keys of each item, for a {@link Type#LIST} of maps (an agenda), else null
 * @param context  what a translator is told the text is ({@code agenda activity}); the key path when null
 * @param example  what {@code kring new} writes for it, in brackets when the author must replace it
 */
public record Field(String name, Type type, Role role, boolean required, int min, int max, List<String> allowed,
        Schema items, String context, String example) {

    /** The shape of a value. */
    public enum Type {
        /** One line of text. */
        TEXT,
        /** A list of texts. */
        TEXTS,
        /** A whole number between {@code min} and {@code max}. */
        NUMBER,
        /** An identifier: a content id, a language code, a level. */
        ID,
        /** A list of identifiers, each with its place in the file (so a wrong one is reported at its line). */
        IDS,
        /** A calendar date, {@code 2026-03-12}. */
        DATE,
        /** A time of day, {@code 09:30}. */
        TIME,
        /** true or false. */
        BOOLEAN,
        /** A list of maps, each with the keys of {@code items}. */
        LIST
    }

    /** What a translation does with a key. */
    public enum Role {
        /** Words in the file's language: translated, segmented, checked for printable characters. */
        TEXT,
        /** Language-neutral (numbers, minutes, ids, dates): read from the source only, never written into a translation. */
        STRUCTURE,
        /** A marker about the file itself ({@code adapted}), meaningful only in a translation. */
        MARKER
    }

    public boolean isText() {
        return role == Role.TEXT;
    }

    public boolean isStructure() {
        return role == Role.STRUCTURE;
    }

    public boolean isList() {
        return type == Type.LIST;
    }

    /** The translator's context for a value of this key inside {@code parent} ("agenda activity"). */
    public String context(String parent) {
        if (context != null) {
            return context;
        }
        return parent == null ? name : parent + " " + name;
    }

    // Builders, so a declaration reads as one line per key.

    public static Field text(String name, boolean required, String example) {
        return new Field(name, Type.TEXT, Role.TEXT, required, 0, 0, List.of(), null, null, example);
    }

    public static Field texts(String name, boolean required, String example) {
        return new Field(name, Type.TEXTS, Role.TEXT, required, 0, 0, List.of(), null, null, example);
    }

    public static Field number(String name, boolean required, int min, int max, String example) {
        return new Field(name, Type.NUMBER, Role.STRUCTURE, required, min, max, List.of(), null, null, example);
    }

    public static Field id(String name, boolean required, List<String> allowed, String example) {
        return new Field(name, Type.ID, Role.STRUCTURE, required, 0, 0, List.copyOf(allowed), null, null, example);
    }

    public static Field ids(String name, boolean required, String example) {
        return new Field(name, Type.IDS, Role.STRUCTURE, required, 0, 0, List.of(), null, null, example);
    }

    public static Field date(String name, boolean required, String example) {
        return new Field(name, Type.DATE, Role.STRUCTURE, required, 0, 0, List.of(), null, null, example);
    }

    public static Field time(String name, boolean required, String example) {
        return new Field(name, Type.TIME, Role.STRUCTURE, required, 0, 0, List.of(), null, null, example);
    }

    public static Field list(String name, boolean required, Schema items) {
        return new Field(name, Type.LIST, Role.STRUCTURE, required, 0, 0, List.of(), items, null, null);
    }

    static Field marker(String name) {
        return new Field(name, Type.BOOLEAN, Role.MARKER, false, 0, 0, List.of(), null, null, null);
    }

    /** The same key with the translator's context given in words. */
    public Field withContext(String words) {
        return new Field(name, type, role, required, min, max, allowed, items, words, example);
    }
}
