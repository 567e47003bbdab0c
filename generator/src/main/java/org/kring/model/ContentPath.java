package org.kring.model;

import java.util.regex.Pattern;



/**
 * What a Markdown file under {@code content/} is, decided by where it lives: {@code topics/x.md} is a
 * topic, {@code programmes/p/index.md} a programme, {@code programmes/p/03-x.md} a session, and so on.
 *
 * @param id          the content id (for pages their path, for sessions the slug)
 * @param parent the programme of a session or programme, the course of a course or module, else null
 */
public record ContentPath(ContentKind kind, String id, String parent) {
    static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Returns null when {@code rel} (relative to content/, ending in .md) has no place in the model. */
    public static ContentPath of(String rel) {
        String path = rel.substring(0, rel.length() - ".md".length());
        String[] parts = path.split("/");
        for (String p : parts) {
            if (!SEGMENT.matcher(p).matches()) {
                return null;
            }
        }
        switch (parts[0]) {
            case "programmes" -> {
                if (parts.length == 2) {
                    return parts[1].equals("index") ? new ContentPath(ContentKind.PAGE, "programmes", null) : null;
                }
                if (parts.length != 3) {
                    return null;
                }
                return parts[2].equals("index") ? new ContentPath(ContentKind.PROGRAMME, parts[1], parts[1])
                        : new ContentPath(ContentKind.SESSION, parts[2], parts[1]);
            }
            case "courses" -> {
                if (parts.length == 2) {
                    return parts[1].equals("index") ? new ContentPath(ContentKind.PAGE, "courses", null) : null;
                }
                if (parts.length != 3) {
                    return null;
                }
                return parts[2].equals("index") ? new ContentPath(ContentKind.COURSE, parts[1], parts[1])
                        : new ContentPath(ContentKind.MODULE, parts[2], parts[1]);
            }
            case "topics", "recommendations" -> {
                if (parts.length != 2) {
                    return null;
                }
                if (parts[1].equals("index")) {
                    return new ContentPath(ContentKind.PAGE, parts[0], null);
                }
                return new ContentPath(parts[0].equals("topics") ? ContentKind.TOPIC : ContentKind.RECOMMENDATION,
                        parts[1], null);
            }
            default -> {
                if (path.equals("index")) {
                    return new ContentPath(ContentKind.PAGE, "home", null);
                }
                if (parts[parts.length - 1].equals("index")) {
                    return new ContentPath(ContentKind.PAGE, path.substring(0, path.length() - "/index".length()),
                            null);
                }
                return new ContentPath(ContentKind.PAGE, path, null);
            }
        }
    }

    public static boolean validSegments(String rel) {
        String path = rel.endsWith(".md") ? rel.substring(0, rel.length() - 3) : rel;
        for (String p : path.split("/")) {
            if (!SEGMENT.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }
}
