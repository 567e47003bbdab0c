package org.kring.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kring.ContentException;
import org.kring.Problem;
import org.kring.model.Session;
import org.kring.write.AtomicWrite;
import org.kring.write.Failures;

/**
 * Makes room for a new session at a number that is taken ({@code kring new session --at 4}): the sessions from
 * that number on move one up. A session is named by its number in three places, and all three move together:
 * its file name ({@code 04-feelings.md}, also in every {@code translations/<lang>/} folder and in the translation
 * records under {@code translations/<lang>/.kring/}, which name their source file), its {@code number:}, and
 * every link {@code session:<programme>/4} in content, translations and the records' source texts (so a
 * translation made from a text with the old link is still up to date with the text that has the new one).
 *
 * <p>Everything is planned and checked first; only a plan with no clash is carried out, so a refusal changes
 * nothing. Renames go from the highest number down, so no file is ever renamed onto one not yet moved away.
 */
public final class SessionInsert {
    private static final Pattern FILE = Pattern.compile("(\\d+)-(.+\\.md)");
    private static final Pattern NUMBER = Pattern.compile("(?m)^number:([ \\t]*)(\\d+)([ \\t]*(#.*)?)$");

    /** What will be done: files to rename (old to new, in order) and files whose text changes (at their new path). */
    public record Plan(List<Rename> renames, Map<Path, String> edits) {
    }

    public record Rename(Path from, Path to) {
    }

    private final Path site;
    private final String programme;
    private final int at;

    /**
     * @param site      the site folder
     * @param programme the programme's id
     * @param at        the number the new session takes
     */
    public SessionInsert(Path site, String programme, int at) {
        this.site = site.toAbsolutePath().normalize();
        this.programme = programme;
        this.at = at;
    }

    /**
     * The renames and edits that free number {@code at}, for the sessions the programme has now; empty when the
     * number is free already.
     *
     * @throws ContentException when a file to write is in the way, or {@code at} leaves a gap
     */
    public Plan plan(List<Session> sessions, Path newSession) {
        int last = sessions.stream().mapToInt(Session::number).max().orElse(0);
        if (at < 1 || at > last + 1) {
            throw new ContentException(Problem.error("content/programmes/" + programme, 0, "--at must be between 1 "
                    + "and " + (last + 1) + " (the programme has " + last + " sessions), not " + at));
        }
        Map<Integer, Integer> moved = new TreeMap<>();
        if (sessions.stream().anyMatch(s -> s.number() == at)) {
            sessions.stream().filter(s -> s.number() >= at).forEach(s -> moved.put(s.number(), s.number() + 1));
        }
        List<Rename> renames = new ArrayList<>();
        Map<Path, String> edits = new LinkedHashMap<>();
        List<Problem> clashes = new ArrayList<>();
        Path folder = site.resolve("content/programmes").resolve(programme);
        List<Session> moving = sessions.stream().filter(s -> moved.containsKey(s.number()))
                .sorted(Comparator.comparingInt(Session::number).reversed()).toList();
        List<Path> translations = languageFolders();
        for (Session s : moving) {
            Path file = s.origin().file().path().toAbsolutePath().normalize();
            String newName = renamed(file.getFileName().toString(), s.number() + 1);
            if (newName == null) {
                clashes.add(Problem.error(rel(file), 0, "cannot renumber: the file name does not start with the "
                        + "session's number (NN-name.md); rename it first"));
                continue;
            }
            String oldName = file.getFileName().toString();
            renames.add(new Rename(file, folder.resolve(newName)));
            String rel = "programmes/" + programme + "/";
            for (Path lang : translations) {
                Path t = lang.resolve(rel + oldName);
                if (Files.exists(t)) {
                    renames.add(new Rename(t, lang.resolve(rel + newName)));
                }
                Path record = lang.resolve(".kring/" + rel + oldName + ".yml");
                if (Files.exists(record)) {
                    renames.add(new Rename(record, lang.resolve(".kring/" + rel + newName + ".yml")));
                }
            }
        }
        Map<Path, Path> from = new LinkedHashMap<>();
        renames.forEach(r -> from.put(r.from(), r.to()));
        for (Rename r : renames) {
            if (Files.exists(r.to()) && !from.containsKey(r.to())) {
                clashes.add(Problem.error(rel(r.to()), 0, "is in the way: " + rel(r.from()) + " would be renamed to it"));
            }
        }
        if (Files.exists(newSession) && !from.containsKey(newSession)) {
            clashes.add(Problem.error(rel(newSession), 0, "already exists; choose another title or edit that file"));
        }
        if (!clashes.isEmpty()) {
            throw new ContentException(clashes);
        }
        if (!moved.isEmpty()) {
            for (Path f : textFiles()) {
                String before = read(f);
                String after = links(before, moved);
                Path target = from.getOrDefault(f, f);
                if (isMovedSession(f, from)) {
                    after = number(after, moved);
                }
                if (isRecord(f) && from.containsKey(f)) {
                    after = recordSource(after, from);
                }
                if (!after.equals(before)) {
                    edits.put(target, after);
                }
            }
        }
        return new Plan(List.copyOf(renames), edits);
    }

    /** Carries out a plan: the renames, highest number first, then every edit through a temporary file. */
    public static void apply(Plan plan) {
        for (Rename r : plan.renames()) {
            try {
                Files.move(r.from(), r.to());
            } catch (IOException e) {
                throw Failures.io("cannot rename " + r.from() + " to " + r.to(), e);
            }
        }
        plan.edits().forEach(AtomicWrite::write);
    }

    static String renamed(String name, int number) {
        Matcher m = FILE.matcher(name);
        if (!m.matches()) {
            return null;
        }
        return String.format(Locale.ROOT, "%0" + Math.max(2, m.group(1).length()) + "d-%s", number, m.group(2));
    }

    /** {@code session:<programme>/N} with N moved; a longer number (/40 for /4) or another programme stays. */
    String links(String text, Map<Integer, Integer> moved) {
        Pattern p = Pattern.compile("session:" + Pattern.quote(programme) + "/(\\d+)(?![\\d])");
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            Integer to = moved.get(n);
            m.appendReplacement(sb, Matcher.quoteReplacement("session:" + programme + "/" + (to == null ? n : to)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The front matter's {@code number:} moved; only the first block between {@code ---} lines is front matter. */
    private static String number(String text, Map<Integer, Integer> moved) {
        int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
        if (end < 0) {
            return text;
        }
        Matcher m = NUMBER.matcher(text.substring(0, end));
        if (!m.find()) {
            return text;
        }
        Integer to = moved.get(Integer.parseInt(m.group(2)));
        if (to == null) {
            return text;
        }
        return text.substring(0, m.start(2)) + to + text.substring(m.end(2));
    }

    /** A translation record names its source file; the record of a renamed session names the new name. */
    private String recordSource(String text, Map<Path, Path> from) {
        for (Map.Entry<Path, Path> e : from.entrySet()) {
            if (e.getKey().startsWith(site.resolve("content"))) {
                text = text.replace("source: " + rel(e.getKey()) + "\n", "source: " + rel(e.getValue()) + "\n");
            }
        }
        return text;
    }

    private boolean isMovedSession(Path f, Map<Path, Path> from) {
        return from.containsKey(f) && f.toString().endsWith(".md");
    }

    private static boolean isRecord(Path f) {
        return f.toString().endsWith(".md.yml");
    }

    private List<Path> languageFolders() {
        Path t = site.resolve("translations");
        if (!Files.isDirectory(t)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(t)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw Failures.io("cannot read " + t, e);
        }
    }

    /**
     * Every file that can name a session: Markdown in content and translations, translation records, and
     * site.yml (its navigation may link a session).
     */
    private List<Path> textFiles() {
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(site.resolve("site.yml"))) {
            out.add(site.resolve("site.yml"));
        }
        for (String dir : List.of("content", "translations")) {
            Path d = site.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md") || isRecord(f))
                        .sorted().forEach(out::add);
            } catch (IOException e) {
                throw Failures.io("cannot read " + d, e);
            }
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Failures.io("cannot read " + f, e);
        }
    }

    private String rel(Path p) {
        return site.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
