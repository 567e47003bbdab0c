package org.kring.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.kring.Problem;
import org.kring.Problems;
import org.kring.markdown.MarkdownReader;
import org.kring.model.Markdown;
import org.kring.model.Markdown.LinkUse;
import org.kring.model.SourceFile;
import org.kring.segment.Segment;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What the last build learnt from reading each file, kept between processes ({@code .kring-cache/read.facts}), so
 * the next build parses only the files that changed and the bodies it renders.
 *
 * <p>Two kinds of entry, each keyed by the file's name and a 128-bit hash of exactly the text it was made from
 * (with its length; the name and length are compared as they are):
 * <ul>
 * <li>a Markdown body's facts: what validation and other pages need (anchors; links and pictures with their
 * places; whether it is empty) and its own problems, reported again as if it had been parsed. The tree is made on
 * first use, by the same reader ({@link Markdown#later});</li>
 * <li>a front matter's YAML nodes (values, tags and the line and column of each), when composing them raised
 * nothing and no node is shared (aliases are composed again, so their limits are checked again);</li>
 * <li>a file's translation segments, which the translation status of every build needs.</li>
 * </ul>
 * The file is valid only for the Kring that wrote it (its jar's name, size and time are in the header): another
 * Kring may read the same text differently. A file that cannot be read, or another Kring's, is an empty cache:
 * every file is parsed, as in a first build; so is one whose checksum (CRC-32C, at its end) fails. Writing replaces it in one move with what this build read, so it
 * never holds more than the site.
 */
public final class ReadCache {
    public static final String FILE = "read.facts";
    private static final String MAGIC = "kring read facts 4";
    /** Far more than the facts of any site (13 MB for 5 x 1000 pages); a larger file is not one Kring wrote. */
    private static final long MAX_BYTES = 1L << 30;
    /** Key offsets below a body's first line, for the other kinds of entry. */
    private static final int YAML = -2;
    private static final int SEGMENTS = -1;
    private static final int SPLIT = -3;

    /**
     * What a check learnt of a whole file's text, kept so that a file the build does not otherwise read is not read
     * for it ({@link #holds}).
     */
    public enum Fact {
        /** Whether a placeholder of {@code kring new} may be in the text (validate.PlaceholderCheck). */
        MAY_HOLD_PLACEHOLDER(-4),
        /** Whether the text says it is a local version ("adapted: true"; segment.FileAnalysis). */
        ADAPTED(-5);

        private final int offset;

        Fact(int offset) {
            this.offset = offset;
        }
    }

    private final String tool;
    /**
     * The previous file: its bytes, from which entries are decoded when asked for and copied as they are when kept,
     * and where each entry is in them. Read in the background until the first entry is asked for.
     */
    private final CompletableFuture<Previous> previousFile;

    /**
     * @param order the keys in the file's order, which is {@link Key#ORDER}
     * @param used  by a slice's {@link Slice#index}, whether this build took that entry as it was (marked, not put in a
     *              map: a build takes tens of thousands)
     */
    private record Previous(byte[] bytes, Map<Key, Slice> index, List<Key> order, Slice[] slices, boolean[] used) {
        static final Previous NONE = new Previous(new byte[0], Map.of(), List.of(), new Slice[0], new boolean[0]);
    }
    /**
     * What this build made anew: each entry's bytes, encoded when it was made (a front matter's nodes are not kept
     * alive to the end of the build for it). The entries it took as they were are marked in {@link Previous#used}.
     */
    private final Map<Key, byte[]> current = new ConcurrentHashMap<>();

    /** What a body gave, without its tree. */
    record Body(boolean empty, List<String> anchors, List<LinkUse> links, List<Problem> problems) {
    }

    /** Where an entry's bytes are in the previous file, and which entry of it it is. */
    private record Slice(int start, int length, int index) {
    }

    /**
     * The text an entry was made from: its file, where in the file it starts (a body's line offset; the other
     * kinds below zero), its length and hash.
     */
    record Key(String name, int offset, int length, long h1, long h2) {
        /** By name, then place, length and hashes (written out: a chain of comparators cost a fifth of the write). */
        static final Comparator<Key> ORDER = (a, b) -> {
            int c = a.name.compareTo(b.name);
            if (c == 0) {
                c = Integer.compare(a.offset, b.offset);
            }
            if (c == 0) {
                c = Integer.compare(a.length, b.length);
            }
            if (c == 0) {
                c = Long.compare(a.h1, b.h1);
            }
            return c != 0 ? c : Long.compare(a.h2, b.h2);
        };

        // Written out, as ORDER: a record's own equals and hashCode go through method handles, which the quick
        // compiler does not inline, and a build looks up tens of thousands of keys.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Key k && offset == k.offset && length == k.length && h1 == k.h1
                    && h2 == k.h2 && name.equals(k.name);
        }

        @Override
        public int hashCode() {
            return ((name.hashCode() * 31 + offset) * 31 + length) * 31 + Long.hashCode(h1 ^ h2 * 0x9e3779b97f4a7c15L);
        }

        /**
         * The key of {@code text}, which is {@code file}'s text or a part the same file always gives at
         * {@code offset}. For a file read as it is, the checksum of its bytes, taken while it was read (which
         * costs next to nothing: hashing every text again, character by character, was a twentieth of a
         * rebuild); for any other text, two independent 64-bit FNV-1a hashes of its characters. Not SHA-256:
         * without the optimising compiler (the launchers' choice for short runs) hashing every file that way cost
         * a sixth of a rebuild. The name, place and length are compared as they are.
         */
        static Key of(SourceFile file, int offset, String text) {
            if (file.checksum() != 0) {
                return of(file, offset);
            }
            long h1 = 0xcbf29ce484222325L;
            long h2 = 0x84222325cbf29ce4L;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                h1 = (h1 ^ c) * 0x100000001b3L;
                h2 = (h2 ^ c) * 0x9e3779b97f4a7c15L;
                h2 ^= h2 >>> 29;
            }
            return new Key(file.name(), offset, text.length(), h1, h2 == OF_BYTES ? OF_BYTES + 1 : h2);
        }

        /**
         * The key of the part of {@code file} (read as it is) the same bytes always give at {@code offset}: its
         * checksum says which text it is, so the text need not be read to find what is known of it.
         */
        static Key of(SourceFile file, int offset) {
            return new Key(file.name(), offset, 0, file.checksum(), OF_BYTES);
        }

        /** The second hash of a key made from a file's checksum (an FNV key never has it). */
        private static final long OF_BYTES = 0;
    }

    private ReadCache(String tool, CompletableFuture<Previous> previousFile) {
        this.tool = tool;
        this.previousFile = previousFile;
    }

    private Previous previousFile() {
        return previousFile.join(); // never fails: a file that cannot be read is no previous file
    }

    /** The files the last build read that have not changed since, with their checksums (see {@link #trust}). */
    private volatile Map<String, Long> unchanged = Map.of();
    private volatile boolean stale;

    /**
     * Takes the files in {@code unchanged} (by name: their size and time are as the last build recorded them, with
     * the checksum of their bytes then) as having those bytes still: the load makes them {@link SourceFile#unread},
     * and what the build needs of them comes from this cache, by checksum. A file whose bytes turn out otherwise
     * when something reads it makes this cache {@link #stale()}.
     */
    public void trust(Map<String, Long> unchanged) {
        this.unchanged = Map.copyOf(unchanged);
    }

    /** The names of the site's files as the build listed them when it started, or null. */
    private volatile java.util.Set<String> listed;

    /**
     * Takes {@code names} (relative to the site, with forward slashes) as every file the build's inputs hold, as
     * listed when it started: whether a file is there is then told by the listing, not asked of the file system
     * (a translation's record is looked for twice per file and language).
     */
    public void listed(java.util.Set<String> names) {
        this.listed = names;
    }

    /**
     * Whether {@code name} (relative to {@code site}) is an ordinary file: as the build's listing says when there is
     * one ({@link #listed}), else as the file system says now.
     */
    public boolean isFile(Path site, String name) {
        java.util.Set<String> names = listed;
        return names != null ? names.contains(name) : Files.isRegularFile(site.resolve(name));
    }

    /** The checksum {@link #trust} was given for the file {@code name}, or 0. */
    long unchanged(String name) {
        Long c = unchanged.get(name);
        return c == null ? 0 : c;
    }

    /**
     * Whether the last build read a file {@code name} with the bytes of {@code checksum} and what a build needs of it
     * is here (where its front matter ends, at least): its text need not be decoded to load it.
     */
    boolean knows(String name, long checksum) {
        // A build that parses every body as it reads it needs every text now.
        return !parseEveryBody && previousFile().index().containsKey(new Key(name, SPLIT, 0, checksum, Key.OF_BYTES));
    }

    /**
     * Whether this cache serves one build that was given its listing ({@link #listed}) and asks {@link #isStale}
     * before its commit: only such a build leaves files unread.
     */
    boolean forOneBuild() {
        return listed != null;
    }

    /** No file is taken as unchanged any more (an update reads what changed). */
    void trustNothing() {
        unchanged = Map.of();
        listed = null;
    }

    /** Marks that a file taken as unchanged had other bytes when it was read. */
    void stale() {
        stale = true;
    }

    /**
     * Whether a file taken as unchanged ({@link #trust}) had other bytes when this build read it: what the build
     * made of it may not match, and it must be made again, reading every file.
     */
    public boolean isStale() {
        return stale;
    }

    /** Nothing known yet: every file is parsed, and remembered for {@link #write}. */
    public static ReadCache empty(String tool) {
        return new ReadCache(tool, CompletableFuture.completedFuture(Previous.NONE));
    }

    /**
     * What {@code file} holds when this Kring (its version, its jar's name, size and time, and the Java it runs on)
     * wrote it, read in the background while the build goes on.
     */
    public static ReadCache read(Path file) {
        String tool = org.kring.Version.get() + "\n" + InputState.tool();
        return new ReadCache(tool, CompletableFuture.supplyAsync(() -> previous(file, tool))
                .exceptionally(e -> Previous.NONE));
    }

    /** What {@code file} holds when the same Kring ({@code tool}) wrote it; else an empty cache. */
    public static ReadCache read(Path file, String tool) {
        return new ReadCache(tool, CompletableFuture.completedFuture(previous(file, tool)));
    }

    private static Previous previous(Path file, String tool) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Previous.NONE;
            }
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length - 8;
            if (end < 0 || checksum(bytes, end) != ByteBuffer.wrap(bytes, end, 8).getLong()) {
                return Previous.NONE; // cut short or damaged: nothing in it is trusted
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, end);
            if (!MAGIC.equals(string(in)) || !tool.equals(string(in))) {
                return Previous.NONE;
            }
            int n = in.getInt();
            if (n < 0 || n > in.remaining() / 32) { // an entry's key and length take 32 bytes or more
                return Previous.NONE;
            }
            Map<Key, Slice> index = new HashMap<>(n * 4 / 3 + 1);
            List<Key> keys = new ArrayList<>(Math.min(n, 1 << 16));
            List<Integer> lengths = new ArrayList<>(Math.min(n, 1 << 16));
            String name = null;
            for (int i = 0; i < n; i++) {
                // Sorted by name: a file's entries are together, and share their name's one string.
                name = sameOr(in, name);
                keys.add(new Key(name, in.getInt(), in.getInt(), in.getLong(), in.getLong()));
                lengths.add(in.getInt());
            }
            int at = in.position();
            Slice[] slices = new Slice[n];
            for (int i = 0; i < n; i++) {
                int length = lengths.get(i);
                if (length < 0 || length > end - at) {
                    return Previous.NONE;
                }
                slices[i] = new Slice(at, length, i);
                index.put(keys.get(i), slices[i]);
                at += length;
            }
            for (int i = 1; i < n; i++) {
                if (Key.ORDER.compare(keys.get(i - 1), keys.get(i)) >= 0) {
                    return Previous.NONE; // not a file this Kring wrote
                }
            }
            return at == end ? new Previous(bytes, index, keys, slices, new boolean[n]) : Previous.NONE;
        } catch (IOException | RuntimeException e) {
            return Previous.NONE; // a damaged cache costs a full parse, nothing else
        }
    }

    /** The previous file's entry for {@code key}, decoded by {@code read}, or null. */
    private <T> T previous(Key key, java.util.function.Function<ByteBuffer, T> read) {
        Previous p = previousFile();
        Slice s = p.index().get(key);
        if (s == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(p.bytes(), s.start(), s.length());
        T value;
        try {
            value = read.apply(in);
        } catch (RuntimeException e) {
            return null; // checked by its checksum, so never; if it were, the text is read again
        }
        if (in.position() != s.start() + s.length()) {
            return null;
        }
        p.used()[s.index()] = true;
        return value;
    }

    /**
     * Every body is parsed when it is read, as in a first build: for a build that will render every page, where
     * parsing each body later, one by one inside the rendering, took longer and left more garbage.
     */
    public void parseEveryBody() {
        parseEveryBody = true;
    }

    private volatile boolean parseEveryBody;

    /**
     * The body that is {@code file}'s text from {@code bodyStart} on, with its problems added to {@code problems}:
     * parsed now, or, when this text was read before, its facts, and the tree when something first asks for it.
     * The body is cut from the file's text (which the model keeps) only to be parsed, rather than kept alive with
     * every other body the build may never parse.
     */
    public Markdown body(SourceFile file, int bodyStart, int lineOffset, Problems problems, MarkdownReader reader) {
        Supplier<String> text = () -> file.text().substring(bodyStart);
        Key key = file.checksum() != 0 ? Key.of(file, lineOffset) : Key.of(file, lineOffset, text.get());

        Body known = parseEveryBody ? null : previous(key, ReadCache::body);
        Slice same = parseEveryBody ? previousFile().index().get(key) : null;
        if (same != null) {
            Markdown md = reader.read(file, text.get(), lineOffset, problems);
            previousFile().used()[same.index()] = true; // the same text gives the same facts
            return md;
        }
        if (known != null) {
            known.problems().forEach(problems::add);
            return Markdown.later(file, lineOffset, Set.copyOf(known.anchors()), known.links(), known.empty(),
                    () -> reader.read(file, text.get(), lineOffset, new Problems()));
        }
        String body = text.get();
        Problems own = new Problems();
        Markdown md = reader.read(file, body, lineOffset, own);
        List<Problem> found = own.sorted();
        found.forEach(problems::add);
        Out out = new Out(256);
        write(new Body(md.isEmpty(), md.anchors().stream().sorted().toList(), md.links(), found), out);
        current.put(key, out.bytes());
        return md;
    }

    /**
     * A front matter's nodes: as composed before from the same text, or by {@code compose} now (whose exceptions
     * pass through, and are not kept).
     */
    Node yaml(SourceFile file, String text, Supplier<Node> compose) {
        Key key = Key.of(file, YAML, text);
        Node known = previous(key, in -> YamlCodec.read(in, 0));
        if (known == null) {
            known = compose.get();
            if (known instanceof MappingNode && YamlCodec.tree(known)) {
                Out out = new Out(512);
                YamlCodec.write(known, out);
                current.put(key, out.bytes());
            }
        }
        return known;
    }

    /**
     * Where the front matter and the body of {@code file} (read as it is) are, as found before in the same bytes;
     * null when not known (then the text is split, and {@link #split(SourceFile, FrontMatter.Split)} keeps it).
     */
    FrontMatter.Split split(SourceFile file) {
        if (file.checksum() == 0) {
            return null;
        }
        return previous(Key.of(file, SPLIT), in -> new FrontMatter.Split(in.getInt(), in.getInt(), in.getInt(),
                in.getInt()));
    }

    /** Keeps where {@code file}'s parts are, for {@link #split(SourceFile)}. */
    void split(SourceFile file, FrontMatter.Split split) {
        if (file.checksum() != 0) {
            Out out = new Out(16);
            out.integer(split.yamlStart());
            out.integer(split.yamlEnd());
            out.integer(split.bodyStart());
            out.integer(split.bodyLine());
            current.put(Key.of(file, SPLIT), out.bytes());
        }
    }

    /**
     * The front matter's nodes of {@code file} (read as it is) as composed before from the same bytes, or null when
     * not known.
     */
    Node knownYaml(SourceFile file) {
        return file.checksum() == 0 ? null : previous(Key.of(file, YAML), in -> YamlCodec.read(in, 0));
    }

    /**
     * Whether {@code test} holds for {@code file}'s whole text: as found before in the same bytes (without reading
     * the file), or tested now and kept.
     */
    public boolean holds(SourceFile file, Fact fact, java.util.function.Predicate<String> test) {
        if (file.checksum() == 0) {
            return test.test(file.text());
        }
        Key key = Key.of(file, fact.offset);
        Boolean known = previous(key, ReadCache::bool);
        if (known == null) {
            known = test.test(file.text());
            current.put(key, new byte[] {(byte) (known ? 1 : 0)});
        }
        return known;
    }

    /** A file's segments: as made before from the same text, or by {@code make} now. */
    public List<Segment> segments(SourceFile file, Supplier<List<Segment>> make) {
        Key key = file.checksum() != 0 ? Key.of(file, SEGMENTS) : Key.of(file, SEGMENTS, file.text());
        List<Segment> known = previous(key, ReadCache::segments);
        if (known == null) {
            known = List.copyOf(make.get());
            Out out = new Out(2048);
            write(known, out);
            current.put(key, out.bytes());
        }
        return known;
    }

    /** Whether this build read other texts than the file holds (else writing would give the same file). */
    public boolean changed() {
        if (!current.isEmpty()) {
            return true;
        }
        for (boolean u : previousFile().used()) {
            if (!u) {
                return true;
            }
        }
        return false;
    }

    /** How many bodies this build took as they were (tests). */
    public int reusedBodies() {
        Previous p = previousFile();
        int n = 0;
        for (int i = 0; i < p.used().length; i++) {
            if (p.used()[i] && p.order().get(i).offset() >= 0 && !current.containsKey(p.order().get(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Writes what this build read, and only that, to {@code file}, replacing it in one move. Streamed: each entry
     * goes out from the bytes it was read from or made as, so the file is never in memory twice.
     */
    public void write(Path file) {
        org.kring.write.AtomicWrite.write(file, this::writeTo);
    }

    /** An entry of this build: its key and its {@link Slice} of the previous file or its bytes. */
    private record Entry(Key key, Object value) {
        int length() {
            return value instanceof Slice s ? s.length() : ((byte[]) value).length;
        }
    }

    /**
     * This build's entries in {@link Key#ORDER}: those kept as they were, in the previous file's order, merged with
     * the few made anew (sorting all of them each build cost a twentieth of a rebuild).
     */
    private List<Entry> sorted() {
        Previous p = previousFile();
        boolean[] used = p.used().clone();
        List<Entry> made = new ArrayList<>();
        current.forEach((k, v) -> {
            made.add(new Entry(k, v));
            Slice s = p.index().get(k);
            if (s != null) {
                used[s.index()] = false; // made again this build: kept once, as made
            }
        });
        List<Entry> kept = new ArrayList<>(p.order().size());
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                Key k = p.order().get(i);
                kept.add(new Entry(k, p.slices()[i]));
            }
        }
        if (made.isEmpty()) {
            return kept;
        }
        made.sort((a, b) -> Key.ORDER.compare(a.key(), b.key()));
        List<Entry> out = new ArrayList<>(kept.size() + made.size());
        int i = 0;
        int j = 0;
        while (i < kept.size() || j < made.size()) {
            out.add(j == made.size() || i < kept.size() && Key.ORDER.compare(kept.get(i).key(), made.get(j).key()) < 0
                    ? kept.get(i++) : made.get(j++));
        }
        return out;
    }

    private void writeTo(java.io.OutputStream stream) throws IOException {
        List<Entry> sorted = sorted(); // so the same site gives the same file
        Out index = new Out(1 << 16);
        index.string(MAGIC);
        index.string(tool);
        index.integer(sorted.size());
        for (Entry e : sorted) {
            index.key(e.key());
            index.integer(e.length());
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        byte[] head = index.bytes();
        crc.update(head);
        stream.write(head);
        byte[] previousBytes = previousFile().bytes();
        // Slices that follow each other in the previous file (most of them) go out in one piece.
        int runStart = 0;
        int runEnd = 0;
        for (Entry e : sorted) {
            if (e.value() instanceof Slice s && s.start() == runEnd && runEnd > runStart) {
                runEnd += s.length();
                continue;
            }
            if (runEnd > runStart) {
                crc.update(previousBytes, runStart, runEnd - runStart); // kept as it was read
                stream.write(previousBytes, runStart, runEnd - runStart);
            }
            runStart = 0;
            runEnd = 0;
            if (e.value() instanceof Slice s) {
                runStart = s.start();
                runEnd = s.start() + s.length();
            } else {
                byte[] b = (byte[]) e.value();
                crc.update(b);
                stream.write(b);
            }
        }
        if (runEnd > runStart) {
            crc.update(previousBytes, runStart, runEnd - runStart);
            stream.write(previousBytes, runStart, runEnd - runStart);
        }
        stream.write(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
    }

    private static void write(Body f, Out out) {
        out.bool(f.empty());
        out.integer(f.anchors().size());
        f.anchors().forEach(out::string);
        out.integer(f.links().size());
        for (LinkUse l : f.links()) {
            out.string(l.destination());
            out.bool(l.image());
            out.string(l.text());
            out.integer(l.line());
            out.integer(l.column());
        }
        out.integer(f.problems().size());
        for (Problem p : f.problems()) {
            out.integer(p.severity().ordinal());
            out.string(p.file());
            out.integer(p.line());
            out.integer(p.column());
            out.string(p.message());
        }
    }

    private static final Problem.Severity[] SEVERITIES = Problem.Severity.values();

    private static Body body(ByteBuffer in) {
        boolean empty = bool(in);
        String[] anchors = new String[in.getInt()];
        for (int j = 0; j < anchors.length; j++) {
            anchors[j] = string(in);
        }
        LinkUse[] links = new LinkUse[in.getInt()];
        for (int j = 0; j < links.length; j++) {
            links[j] = new LinkUse(j, string(in), bool(in), string(in), in.getInt(), in.getInt());
        }
        Problem[] problems = new Problem[in.getInt()];
        for (int j = 0; j < problems.length; j++) {
            problems[j] = new Problem(SEVERITIES[in.getInt()], string(in), in.getInt(), in.getInt(), string(in));
        }
        return new Body(empty, List.of(anchors), List.of(links), List.of(problems));
    }

    private static void write(List<Segment> segments, Out out) {
        out.integer(segments.size());
        for (Segment g : segments) {
            out.string(g.key());
            out.string(g.text());
            out.string(g.context());
            out.integer(g.line());
            out.bool(g.yaml());
            out.integer(g.ranges().size());
            for (Segment.Range r : g.ranges()) {
                out.integer(r.start());
                out.integer(r.end());
            }
        }
    }

    private static List<Segment> segments(ByteBuffer in) {
        Segment[] list = new Segment[in.getInt()];
        for (int j = 0; j < list.length; j++) {
            String k = string(in);
            String text = string(in);
            String context = string(in);
            int line = in.getInt();
            boolean frontMatter = bool(in);
            Segment.Range[] ranges = new Segment.Range[in.getInt()];
            for (int r = 0; r < ranges.length; r++) {
                ranges[r] = new Segment.Range(in.getInt(), in.getInt());
            }
            list[j] = new Segment(k, text, context, line, List.of(ranges), frontMatter);
        }
        return List.of(list);
    }

    private static long checksum(byte[] bytes, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** The string at {@code in}: {@code last} itself when it has the same bytes, else a new one. */
    private static String sameOr(ByteBuffer in, String last) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("not a facts file");
        }
        // A character of the name at or above U+0080 never equals a byte (-128 to 127): such a name is decoded.
        if (last != null && last.length() == length) {
            boolean same = true;
            int at = in.arrayOffset() + in.position();
            byte[] a = in.array();
            for (int i = 0; i < length && same; i++) {
                same = a[at + i] == last.charAt(i);
            }
            if (same) {
                in.position(in.position() + length);
                return last;
            }
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }


    static boolean bool(ByteBuffer in) {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new IllegalArgumentException("not a facts file");
        }
        return b == 1;
    }

    static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("not a facts file");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** A growing buffer of big-endian numbers and length-prefixed UTF-8 strings. */
    static final class Out {
        private final ByteArrayOutputStream bytes;
        private final ByteBuffer scratch = ByteBuffer.allocate(8);

        Out(int size) {
            bytes = new ByteArrayOutputStream(size);
        }

        /** The last key's name and its bytes: a file's keys follow each other, with one name. */
        private String lastName;
        private byte[] lastNameBytes;

        void key(Key k) {
            if (k.name() != lastName) {
                lastName = k.name();
                lastNameBytes = lastName.getBytes(StandardCharsets.UTF_8);
            }
            integer(lastNameBytes.length);
            bytes.write(lastNameBytes, 0, lastNameBytes.length);
            integer(k.offset());
            integer(k.length());
            number(k.h1());
            number(k.h2());
        }

        void bool(boolean b) {
            bytes.write(b ? 1 : 0);
        }

        void integer(int v) {
            scratch.clear();
            bytes.write(scratch.putInt(v).array(), 0, 4);
        }

        void number(long v) {
            scratch.clear();
            bytes.write(scratch.putLong(v).array(), 0, 8);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            integer(b.length);
            bytes.write(b, 0, b.length);
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
