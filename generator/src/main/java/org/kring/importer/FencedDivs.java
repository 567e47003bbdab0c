package org.kring.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc fenced divs of a Carpentries Workbench episode ({@code :::::: challenge} ... {@code ::::::}) turned into
 * Kring's blocks: a challenge becomes an activity titled by its first heading, a solution or instructor note a
 * facilitator note, a callout a tip, key points a "Key points" list; questions and objectives are taken out of
 * the body for the front matter. Line by line, because fenced divs are lines of their own; code is copied as it is.
 */
final class FencedDivs {
    private static final Pattern OPEN = Pattern.compile("^[ \\t]*:{3,}[ \\t]*(\\{[^}]*\\}|[A-Za-z][\\w-]*)[ \\t]*:*[ \\t]*$");
    private static final Pattern CLOSE = Pattern.compile("^[ \\t]*:{3,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
    private static final Pattern ITEM = Pattern.compile("^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t]+(.*)$");

    /** The body in Kring's dialect, and the items of the parts taken out of it (questions, objectives). */
    record Result(String body, Map<String, List<String>> taken, List<String> unknown) {
        List<String> items(String kind) {
            return taken.getOrDefault(kind, List.of());
        }
    }

    private enum Role { ACTIVITY, FACILITATOR, TIP, KEYPOINTS, TAKE, UNWRAP }

    private static final class Frame {
        final String name;
        final Role role;
        boolean titlePending;
        final StringBuilder captured = new StringBuilder();

        Frame(String name, Role role) {
            this.name = name;
            this.role = role;
            this.titlePending = role == Role.ACTIVITY;
        }
    }

    static Result convert(String body) {
        StringBuilder out = new StringBuilder();
        Deque<Frame> open = new ArrayDeque<>();
        Map<String, List<String>> taken = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        String fence = null;
        for (String line : body.split("\n", -1)) {
            Frame top = open.peek();
            if (fence != null) {
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
                emit(out, top, line, true);
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                emit(out, top, line, true);
                continue;
            }
            Matcher o = OPEN.matcher(line);
            if (o.matches()) {
                String name = o.group(1).replaceAll("[{}]", " ").strip().replaceFirst("^\\.", "").split("[\\s.]+")[0]
                        .toLowerCase(Locale.ROOT);
                if (top != null && top.titlePending) {
                    // A box opens before the challenge said anything: the challenge has no heading to take.
                    top.titlePending = false;
                    block(out, open.size() > 1 ? outerOf(open) : null, "::: activity " + title(top.name));
                }
                Frame frame = new Frame(name, role(name));
                if (frame.role == Role.UNWRAP && !unknown.contains(name)) {
                    unknown.add(name);
                }
                if (frame.role == Role.FACILITATOR || frame.role == Role.TIP) {
                    block(out, top, "::: " + (frame.role == Role.TIP ? "tip" : "facilitator"));
                }
                open.push(frame);
                continue;
            }
            if (CLOSE.matcher(line).matches()) {
                if (top == null) {
                    continue;
                }
                open.pop();
                Frame outer = open.peek();
                switch (top.role) {
                    case ACTIVITY -> {
                        if (top.titlePending) {
                            block(out, outer, "::: activity " + title(top.name));
                        }
                        block(out, outer, ":::");
                    }
                    case FACILITATOR, TIP -> block(out, outer, ":::");
                    case KEYPOINTS -> {
                        List<String> items = items(top.captured.toString());
                        String text = items.isEmpty() ? top.captured.toString().strip()
                                : String.join("\n", items.stream().map(i -> "- " + i).toList());
                        if (!text.isEmpty()) {
                            block(out, outer, "## Key points\n\n" + text);
                        }
                    }
                    case TAKE -> taken.merge(top.name, items(top.captured.toString()), (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        all.addAll(b);
                        return all;
                    });
                    case UNWRAP -> { }
                }
                continue;
            }
            if (top != null && top.titlePending) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher h = HEADING.matcher(line.strip());
                top.titlePending = false;
                block(out, open.size() > 1 ? outerOf(open) : null, "::: activity "
                        + (h.matches() ? h.group(1) : title(top.name)));
                if (h.matches()) {
                    continue;
                }
            }
            emit(out, top, line, false);
        }
        return new Result(out.toString().strip() + "\n", taken, unknown);
    }

    private static Frame outerOf(Deque<Frame> open) {
        var it = open.iterator();
        it.next();
        return it.next();
    }

    private static Role role(String name) {
        return switch (name) {
            case "challenge", "exercise", "discussion" -> Role.ACTIVITY;
            case "solution", "hint", "instructor", "spoiler" -> Role.FACILITATOR;
            case "callout", "caution", "warning", "testimonial", "prereq", "checklist", "tip", "note" -> Role.TIP;
            case "keypoints" -> Role.KEYPOINTS;
            case "questions", "objectives" -> Role.TAKE;
            default -> Role.UNWRAP;
        };
    }

    private static String title(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** A line of the body, or of the part being taken out of it. */
    private static void emit(StringBuilder out, Frame top, String line, boolean code) {
        if (top != null && (top.role == Role.TAKE || top.role == Role.KEYPOINTS)) {
            top.captured.append(line).append('\n');
            return;
        }
        int n = out.length();
        // Blank lines the removed fences stood between would pile up; code keeps every line.
        if (!code && line.isBlank() && (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            return;
        }
        out.append(line).append('\n');
    }

    /** A block's fence or a part of its own, with a blank line on each side so no paragraph runs into it. */
    private static void block(StringBuilder out, Frame where, String text) {
        if (where != null && (where.role == Role.TAKE || where.role == Role.KEYPOINTS)) {
            where.captured.append(text).append('\n');
            return;
        }
        int n = out.length();
        if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            out.append('\n');
        }
        out.append(text).append("\n\n");
    }

    /** The items of a Markdown list (lines that continue an item joined to it); other text is left out. */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        boolean inItem = false;
        for (String line : text.split("\n")) {
            Matcher m = ITEM.matcher(line);
            if (m.matches()) {
                items.add(m.group(1).strip());
                inItem = true;
            } else if (line.isBlank()) {
                inItem = false;
            } else if (inItem && Character.isWhitespace(line.charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
            } else {
                inItem = false;
            }
        }
        return items.stream().filter(s -> !s.isEmpty()).toList();
    }
}
