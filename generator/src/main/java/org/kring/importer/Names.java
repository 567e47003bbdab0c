package org.kring.importer;

import java.util.Locale;

import org.kring.scaffold.Scaffold;

/** Ids, titles and summaries made from what another tool's files have: file names and text. */
final class Names {
    private Names() {
    }

    /** An id as Kring's file names need it, made the way {@code kring new} makes them. */
    static String slug(String text) {
        return Scaffold.slug(text);
    }

    /** "meeting_roles" or "02-getting-started" → "Meeting roles", "Getting started". */
    static String title(String fileStem) {
        String t = fileStem.replaceFirst("^\\d+[-_ ]+", "").replaceAll("[-_]+", " ").strip();
        if (t.isEmpty()) {
            t = fileStem;
        }
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    /** The first paragraph of a body, on one line, for a description; {@code fallback} when it has none. */
    static String firstParagraph(String body, String fallback) {
        StringBuilder sb = new StringBuilder();
        boolean code = false;
        for (String line : body.split("\n")) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                code = !code;
                continue;
            }
            if (code) {
                continue;
            }
            boolean text = !t.isEmpty() && !t.startsWith("#") && !t.startsWith(":::") && !t.startsWith("<")
                    && !t.startsWith("![") && !t.startsWith("|") && !t.startsWith(">") && !t.matches("^([-*+]|\\d+[.)])\\s.*")
                    && !t.matches("^\\[[^\\]]+\\]:.*");
            if (text) {
                sb.append(sb.isEmpty() ? "" : " ").append(t);
            } else if (!sb.isEmpty()) {
                break;
            }
        }
        return sb.isEmpty() ? fallback : sb.toString();
    }
}
