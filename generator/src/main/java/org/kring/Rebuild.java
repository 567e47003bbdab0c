package org.kring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kring.load.FileDigests;
import org.kring.load.InputState;
import org.kring.model.ContentKind;
import org.kring.model.Content;
import org.kring.model.Curriculum;
import org.kring.model.DocKey;
import org.kring.model.LocalizedContent;
import org.kring.render.web.WebRenderer.PageRef;
import org.kring.write.AtomicWrite;
import org.kring.write.LastOutput;
import org.kring.write.Manifest;
import org.kring.write.SiteWriter;

/**
 * What a command-line build keeps for the next one, so that after an edit it renders only the pages the edit
 * can change, as the preview does: the inputs as the build found them (names, sizes, times) and, for every page,
 * a fingerprint of what other pages show of its content ({@link Content#listing()}). Kept in the cache folder
 * beside the output's manifest, written after the output is in place.
 *
 * <p>The next build compares the inputs. When only Markdown files of content/ and translations/ changed (none
 * added or removed) and what other pages show of each is unchanged, it renders the pages of those files in every
 * language and the translation pages, and keeps the rest of the output as it is. Anything else (site.yml,
 * templates, interface strings, pictures, a title shown elsewhere, a file added or removed, another Kring, other
 * options, an output folder that is not as the last build left it) renders everything. A file saved in the
 * moments before the last build looked counts as changed, as its time may not show a second save.
 */
final class Rebuild {
    private static final String HEADER = "# kring build state 2";

    private Rebuild() {
    }

    /** Where the state of the build into {@code out} is kept. */
    static Path stateFile(BuildOptions o) {
        return file(o);
    }

    private static Path file(BuildOptions o) {
        Path manifest = Manifest.fileFor(o.out(), o.cache());
        String name = manifest.getFileName().toString();
        return manifest.resolveSibling(name.substring(0, name.length() - ".manifest".length()) + ".state");
    }

    /**
     * What to render after what changed since the last build: {@link Plan#pages()}, or null when every page must be
     * rendered.
     *
     * @param inputs the inputs as this build found them
     * @param taken  when this build listed them
     * @param writer the writer of this build, which knows the last build's output (in the output folder or, for a
     *               new folder, in the cache's copy of it)
     */
    static Plan plan(BuildOptions o, InputState inputs, long taken, BuildSession session, SiteWriter writer) {
        Plan plan = pages(o, inputs, taken, session, writer);
        last = plan.pages() == null ? "everything (" + plan.why() + ")" : plan.pages().size() + " pages";
        if (Boolean.getBoolean("kring.debug")) {
            System.err.println("  rebuild: " + last);
        }
        return plan;
    }

    /**
     * The pages to render again, or null with the reason every page is rendered; with the last build's record and
     * the content paths whose pages are rendered, for {@link #record}.
     */
    record Plan(Set<PageRef> pages, String why, State previous, Set<String> changed) {
        static Plan everything(String why, State previous) {
            return new Plan(null, why, previous, null);
        }
    }

    private static volatile String last = "";

    /** What the last plan in this JVM rendered, for -Dkring.debug and the tests: "12 pages" or "everything (why)". */
    static String lastPlan() {
        return last;
    }

    private static Plan pages(BuildOptions o, InputState inputs, long taken, BuildSession session, SiteWriter writer) {
        Curriculum c = session.curriculum();
        State previous = State.read(writer.seeded() ? LastOutput.stateFile(o.cache()) : file(o));
        Map<String, FileDigests.Digest> none = Map.of();
        if (previous == null || !Files.isDirectory(writer.previousFolder())) {
            return Plan.everything("no record of the last build, or no output folder", previous);
        }
        Manifest m = writer.previous();
        if (m == null || m.result() == null || !writer.checked() && !m.intact(writer.previousFolder())) {
            return Plan.everything("the output folder is not as the last build left it", previous);
        }
        Map<String, String> was = lines(previous.listing);
        Map<String, String> now = lines(inputs.listing());
        if (!was.keySet().equals(now.keySet())) {
            return Plan.everything("a file added or removed", previous);
        }
        List<String> touched = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!e.getValue().equals(was.get(e.getKey())) || racy(e.getValue(), previous.taken)) {
                touched.add(e.getKey());
            }
        }
        // A file of the same size may be the same text with another time (a fresh checkout): its bytes tell, as
        // the load read them or, for a file it did not read (a template, a picture), read now.
        List<String> sameSize = new ArrayList<>();
        for (String name : touched) {
            String v = now.get(name);
            String w = was.get(name);
            if (previous.digests.containsKey(name) && !session.digests().containsKey(name) && FileDigests.isFile(v)
                    && FileDigests.isFile(w) && FileDigests.size(v).equals(FileDigests.size(w))) {
                sameSize.add(name);
            }
        }
        Map<String, FileDigests.Digest> digests = sameSize.isEmpty() ? none
                : FileDigests.of(o.site(), inputs.listing(), now, sameSize, taken, true);
        Set<String> changed = new HashSet<>();
        for (String name : touched) {
            FileDigests.Digest d = digests.get(name);
            String hash = session.digests().containsKey(name) ? session.digests().get(name) : d == null ? null : d.hash();
            if (hash != null && hash.equals(previous.digests.get(name))) {
                continue;
            }
            String path = contentPath(name);
            if (path == null) {
                return Plan.everything(name.isEmpty() ? "other options" : name + " changed", previous);
            }
            changed.add(path);
        }
        Set<DocKey> keys = new HashSet<>();
        for (LocalizedContent l : c.locales()) {
            for (Content doc : l.documents()) {
                String path = doc.file() == null ? null : contentPath(doc.file().name());
                if (path != null && changed.contains(path)) {
                    keys.add(doc.key());
                }
            }
        }
        Set<PageRef> pages = new HashSet<>();
        for (LocalizedContent l : c.locales()) {
            Map<DocKey, Content> docs = new HashMap<>();
            for (Content doc : l.documents()) {
                docs.put(doc.key(), doc);
            }
            for (DocKey key : keys) {
                Content doc = docs.get(key);
                // A menu shows a page's title in its language, which are in its listing too.
                if (doc == null || !followed(key.kind())
                        || !fingerprint(doc).equals(previous.fingerprints.get(l.code() + "\t" + key))) {
                    return Plan.everything(key + " shows elsewhere", previous); // in lists, beside neighbours, in menus
                }
                pages.add(new PageRef(l.code(), key));
            }
            // Where each file's translation stands, and the PDFs' sizes and pages: any edit can change them.
            pages.add(new PageRef(l.code(), new DocKey(ContentKind.PAGE, "translation")));
            pages.add(new PageRef(l.code(), new DocKey(ContentKind.PAGE, "downloads")));
        }
        return new Plan(pages, null, previous, changed);
    }

    /**
     * The Markdown files of content/ and translations/ whose size and time are as the last build recorded them (and
     * were not saved in the moments before it looked), by name, with the checksum of their bytes it recorded: what
     * the load may take from the read cache without reading them. Empty without a record.
     *
     * @param seeded whether the build starts from the cache's copy of the last output (then its record is the copy's)
     */
    static Map<String, Long> unchanged(BuildOptions o, InputState inputs, boolean seeded) {
        State previous = State.read(seeded ? LastOutput.stateFile(o.cache()) : file(o));
        if (previous == null) {
            return Map.of();
        }
        Map<String, String> was = lines(previous.listing);
        Map<String, Long> out = new HashMap<>();
        for (Map.Entry<String, String> e : lines(inputs.listing()).entrySet()) {
            String name = e.getKey();
            String digest = previous.digests.get(name);
            if (digest != null && name.endsWith(".md") && contentPath(name) != null
                    && e.getValue().equals(was.get(name)) && !racy(e.getValue(), previous.taken)) {
                try {
                    long checksum = Long.parseUnsignedLong(digest, 16);
                    if (checksum != 0) {
                        out.put(name, checksum);
                    }
                } catch (NumberFormatException ex) {
                    // not a checksum this Kring wrote: the file is read
                }
            }
        }
        return out;
    }

    /** The names of every input file as {@code inputs} lists them (see {@link org.kring.load.ReadCache#listed}). */
    static java.util.Set<String> listed(InputState inputs) {
        return java.util.Collections.unmodifiableSet(lines(inputs.listing()).keySet());
    }

    /** Kinds whose pages alone show their text; a programme's, course's or module's is in menus and schedules. */
    private static boolean followed(ContentKind kind) {
        return kind == ContentKind.SESSION || kind == ContentKind.TOPIC || kind == ContentKind.RECOMMENDATION
                || kind == ContentKind.PAGE;
    }

    /** Records this build's inputs and fingerprints for the next build. Never fails the build. */
    static void record(BuildOptions o, InputState inputs, long taken, BuildSession session, Plan plan,
            SiteWriter writer) {
        Curriculum c = session.curriculum();
        State previous = plan != null ? plan.previous()
                : State.read(writer.seeded() ? LastOutput.stateFile(o.cache()) : file(o));
        // What the record says must be what the output shows. After a partial plan, a file the plan did not render
        // keeps its last record, even when the load read other bytes (a file saved during the build, which the
        // listing taken before did not show): the next build sees its new time and its other bytes, and renders it.
        Set<String> rendered = plan == null || plan.pages() == null || previous == null ? null : plan.changed();
        StringBuilder sb = new StringBuilder(inputs.listing().length() * 2 + 200_000);
        sb.append(HEADER).append('\n').append(taken).append('\n');
        Map<String, String> prints = new TreeMap<>();
        for (LocalizedContent l : c.locales()) {
            for (Content doc : l.documents()) {
                if (followed(doc.key().kind())) {
                    String key = l.code() + "\t" + doc.key();
                    String path = doc.file() == null ? null : contentPath(doc.file().name());
                    String kept = rendered == null || (path != null && rendered.contains(path)) ? null
                            : previous.fingerprints.get(key);
                    prints.put(key, kept != null ? kept : fingerprint(doc));
                }
            }
        }
        section(sb, prints);
        Map<String, String> digests = digests(o, inputs, taken, session.digests(), previous, rendered);
        section(sb, digests);
        sb.append(inputs.listing());
        try {
            AtomicWrite.write(file(o), sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            forget(o); // the next build renders everything
        }
    }

    /**
     * The checksum of every input file whose bytes are known to be what the output shows: the load's (the bytes it
     * read) for a file whose pages this build rendered; else the last record's, for a file whose size and time are
     * as then or whose bytes the plan found the same; else, for a file nothing knows yet, read now if it has not
     * changed since the listing and was not saved in the moments before it.
     *
     * @param rendered the content paths a partial plan rendered, or null when this build rendered every page
     */
    private static Map<String, String> digests(BuildOptions o, InputState inputs, long taken, Map<String, String> read,
            State previous, Set<String> rendered) {
        Map<String, String> now = lines(inputs.listing());
        Map<String, String> was = previous == null ? Map.of() : lines(previous.listing);
        Map<String, String> out = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String name = e.getKey();
            if (!FileDigests.isFile(e.getValue())) {
                continue;
            }
            String path = contentPath(name);
            String kept = previous == null ? null : previous.digests.get(name);
            boolean same = kept != null && e.getValue().equals(was.get(name)) && !racy(e.getValue(), previous.taken);
            if (read.containsKey(name) && (rendered == null || (path != null && rendered.contains(path)))) {
                out.put(name, read.get(name));
            } else if (kept != null && (same || rendered != null)) {
                // After a partial plan every file it did not render is either as the last build found it or of
                // the same bytes: the plan stopped at anything else.
                out.put(name, kept);
            } else {
                unknown.add(name);
            }
        }
        FileDigests.of(o.site(), inputs.listing(), now, unknown, taken, false).forEach((name, d) -> {
            if (d.settled()) {
                out.put(name, d.hash());
            }
        });
        return out;
    }

    /** Forgets the state: the next build renders everything (a build that failed or was not recorded). */
    static void forget(BuildOptions o) {
        try {
            Files.deleteIfExists(file(o));
        } catch (IOException e) {
            // Then it does not match the next manifest's inputs or output and is not used.
        }
    }

    /** A checksum of what other pages show of a piece of content. */
    private static String fingerprint(Content doc) {
        return org.kring.render.web.Fingerprint.hash(String.valueOf(doc.listing()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The content path (as under content/) of a site file that is Markdown content or its translation or
     * translation record, or null for any other input (site.yml, templates, interface strings, pictures, data).
     */
    private static String contentPath(String file) {
        if (file.startsWith("content/")) {
            String path = file.substring("content/".length());
            return path.endsWith(".md") ? path : null;
        }
        if (file.startsWith("translations/")) {
            int slash = file.indexOf('/', "translations/".length());
            if (slash < 0) {
                return null;
            }
            String rest = file.substring(slash + 1);
            if (rest.startsWith(".kring/") && rest.endsWith(".md.yml")) {
                return rest.substring(".kring/".length(), rest.length() - ".yml".length());
            }
            return rest.endsWith(".md") && !rest.startsWith(".kring/") ? rest : null;
        }
        return null;
    }

    /** Whether a listing line's file was saved in the moments before the build that recorded it looked. */
    private static boolean racy(String line, long taken) {
        int tab = line.lastIndexOf('\t');
        try {
            long nanos = Long.parseLong(line.substring(tab + 1));
            return nanos / 1_000_000 >= taken - InputState.SETTLE_MILLIS;
        } catch (NumberFormatException e) {
            return false; // the options, a missing folder: no time to distrust, compared as they are
        }
    }

    /**
     * The last listing split into lines, kept: a build splits its own listing and the last build's, each of
     * thousands of lines, for the load, the plan and the record. Listings are compared as the same object.
     */
    private static volatile Object[] lastLines = new Object[4];

    /** The listing's lines by file name (the first line, the options, under ""), not to be changed. */
    private static Map<String, String> lines(String listing) {
        Object[] kept = lastLines;
        for (int i = 0; i < kept.length; i += 2) {
            if (kept[i] == listing) {
                @SuppressWarnings("unchecked")
                Map<String, String> same = (Map<String, String>) kept[i + 1];
                return same;
            }
        }
        Map<String, String> out = split(listing);
        lastLines = new Object[] {listing, out, kept[0], kept[1]};
        return out;
    }

    private static Map<String, String> split(String listing) {
        Map<String, String> out = new HashMap<>();
        boolean first = true;
        for (String line : listing.split("\n")) {
            if (first) {
                out.put("", line);
                first = false;
                continue;
            }
            int tab = line.indexOf('\t');
            out.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
        }
        return out;
    }

    /** A section of the record: its number of lines, then a name and a value on each, split at the last tab. */
    private static void section(StringBuilder sb, Map<String, String> entries) {
        sb.append(entries.size()).append('\n');
        entries.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    }

    /** Reads a {@link #section(StringBuilder, Map)} from {@code cursor[0]} and moves the cursor past it. */
    private static Map<String, String> section(String text, int[] cursor) {
        int at = cursor[0];
        int nl = text.indexOf('\n', at);
        int count = Integer.parseInt(text.substring(at, nl));
        at = nl + 1;
        Map<String, String> entries = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            nl = text.indexOf('\n', at);
            String line = text.substring(at, nl);
            int tab = line.lastIndexOf('\t');
            entries.put(line.substring(0, tab), line.substring(tab + 1));
            at = nl + 1;
        }
        cursor[0] = at;
        return entries;
    }

    private record State(long taken, Map<String, String> fingerprints, Map<String, String> digests, String listing) {
        /** The last record read, with the file's name, identity, time and size then: read once per build. */
        private static volatile Object[] last = new Object[3];

        static State read(Path file) {
            try {
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                String stamp = Manifest.stamp(file);
                Object[] kept = last;
                if (file.equals(kept[0]) && stamp.equals(kept[1])) {
                    return (State) kept[2];
                }
                State s = parse(Files.readString(file, StandardCharsets.UTF_8));
                last = new Object[] {file, stamp, s};
                return s;
            } catch (IOException | RuntimeException e) {
                return null; // unreadable or from another Kring: render everything
            }
        }

        /** Null when the text is not a record of this Kring's. */
        private static State parse(String text) {
            try {
                int nl = text.indexOf('\n');
                if (nl < 0 || !text.substring(0, nl).equals(HEADER)) {
                    return null;
                }
                int at = nl + 1;
                nl = text.indexOf('\n', at);
                long taken = Long.parseLong(text.substring(at, nl));
                int[] cursor = {nl + 1};
                Map<String, String> prints = section(text, cursor);
                Map<String, String> digests = section(text, cursor);
                return new State(taken, prints, digests, text.substring(cursor[0]));
            } catch (RuntimeException e) {
                return null; // from another Kring: render everything
            }
        }
    }
}
