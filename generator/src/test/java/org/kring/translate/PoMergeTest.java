package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.Problems;

/** Kring's update of a PO file against the real msgmerge --previous, entry for entry. */
class PoMergeTest {
    @TempDir
    Path tmp;

    /** What decides an entry: state, context, text, translation, fuzzy mark and the previous text. */
    static Set<String> entrySet(PoCatalog c) {
        Set<String> out = new TreeSet<>();
        for (PoCatalog.Entry e : c.entries()) {
            out.add((e.obsolete() ? "obsolete" : "active") + " | " + e.context() + " | " + e.id() + " | " + e.str()
                    + " | " + (e.fuzzy() ? "fuzzy" : "-") + " | prev " + e.previousContext() + " / " + e.previousId());
        }
        return out;
    }

    static PoCatalog parse(String name, String text) {
        Problems problems = new Problems();
        PoCatalog c = PoCatalog.read(name, text, problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return c;
    }

    private Set<String> viaMsgmerge(PoCatalog old, List<PoCatalog.Entry> template) throws IOException {
        Path po = Files.writeString(tmp.resolve("old.po"), old.write());
        Path pot = Files.writeString(tmp.resolve("new.pot"), new PoCatalog(header(""), template).write());
        return entrySet(parse("msgmerge", GettextTools.msgmerge(tmp, po, pot)));
    }

    private static Set<String> viaKring(PoCatalog old, List<PoCatalog.Entry> template) {
        return entrySet(new PoCatalog(null, PoMerge.merge(old.entries(), template, e -> null)));
    }

    private static PoCatalog.Entry header(String lang) {
        return new PoCatalog.Entry(List.of(), List.of(), List.of(), List.of(), null, null, null, "",
                "Language: " + lang + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                        + "Content-Transfer-Encoding: 8bit\n", false, 0);
    }

    private static PoCatalog.Entry entry(String ctx, String id, String str, boolean fuzzy, String prev, boolean obsolete) {
        return new PoCatalog.Entry(List.of("note " + id.length()), List.of(), List.of(),
                fuzzy ? List.of("fuzzy") : List.of(), prev == null ? null : ctx, prev, ctx, id, str, obsolete, 0);
    }

    @Test
    void theCasesOfAYearAgreeWithMsgmerge() throws IOException {
        String c = "a.md|text";
        PoCatalog old = new PoCatalog(header("nl"), List.of(
                entry(c, "Most women remember the steps.", "De meeste vrouwen kennen de stappen.", false, null, false),
                entry(c, "An untranslated sentence about eating well.", "", false, null, false),
                entry("a.md|heading", "Welcome to the group", "Welkom in de groep", false, null, false),
                entry(c, "New fuzzy source text here", "Oude vage tekst", true, "Old fuzzy source text here", false),
                entry(c, "Completely removed paragraph with words.", "Helemaal verwijderde alinea.", false, null, false),
                entry(c, "Removed untranslated.", "", false, null, false),
                entry("a.md|list item", "Bring water", "Neem water mee", false, null, false),
                entry(c, "Obsolete revived", "Herleefd", false, null, true),
                entry(c, "abc", "ABC", false, null, false)));
        List<PoCatalog.Entry> template = List.of(
                PoCatalog.Entry.template(c, "Most women remember the steps by now.", List.of("new"), List.of("a.md:4")),
                PoCatalog.Entry.template(c, "An untranslated sentence about eating well!", List.of(), List.of()),
                PoCatalog.Entry.template("a.md|heading", "Welcome to the group", List.of(), List.of()),
                PoCatalog.Entry.template(c, "New fuzzy source text here", List.of(), List.of()),
                PoCatalog.Entry.template(c, "Obsolete revived", List.of(), List.of()),
                PoCatalog.Entry.template(c, "Bring water", List.of(), List.of()),
                PoCatalog.Entry.template(c, "Welcome to the group!", List.of(), List.of()),
                PoCatalog.Entry.template(c, "ab", List.of(), List.of()),
                PoCatalog.Entry.template(c, "abcd", List.of(), List.of()));
        Set<String> kring = viaKring(old, template);
        assertEquals(viaMsgmerge(old, template), kring);
        assertTrue(kring.contains("obsolete | a.md|text | Completely removed paragraph with words. | "
                + "Helemaal verwijderde alinea. | - | prev null / null"), kring.toString());
        assertTrue(kring.contains("active | a.md|text | Most women remember the steps by now. | "
                + "De meeste vrouwen kennen de stappen. | fuzzy | prev a.md|text / Most women remember the steps."));
    }

    /** Random files and random edits: the two must agree on every one, ties and Unicode included. */
    @Test
    void randomEditsAgreeWithMsgmerge() throws IOException {
        GettextTools.need("msgmerge", "gettext");
        Random random = new Random(20261125);
        String[] words = {"the", "group", "meets", "every", "week", "mothers", "babies", "eat", "well", "walk",
            "sleep", "café", "naïve", "ሰላም", "ደሓን", "مرحبا", "midwife", "talks", "about", "water", "a", "to"};
        String[] contexts = {"x.md|text", "x.md|heading", "x.md|list item"};
        long fuzzyMatches = 0;
        long obsolete = 0;
        for (int round = 0; round < 80; round++) {
            List<String> texts = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            int n = 2 + random.nextInt(12);
            while (seen.size() < n) {
                seen.add(contexts[random.nextInt(contexts.length)] + "\u0004" + sentence(random, words));
            }
            texts.addAll(seen);
            List<PoCatalog.Entry> old = new ArrayList<>();
            for (String t : texts) {
                String[] ct = t.split("\u0004");
                int kind = random.nextInt(10);
                String str = kind < 2 ? "" : "NL " + ct[1].toUpperCase(java.util.Locale.ROOT);
                boolean fuzzy = kind == 2 || kind == 3;
                String prev = kind == 3 ? mutate(random, ct[1], words) : null;
                old.add(entry(ct[0], ct[1], str, fuzzy, prev, kind == 4));
            }
            Set<String> templateKeys = new LinkedHashSet<>();
            List<PoCatalog.Entry> template = new ArrayList<>();
            for (String t : texts) {
                String[] ct = t.split("\u0004");
                int what = random.nextInt(6);
                String id = what <= 1 ? ct[1] : what <= 3 ? mutate(random, ct[1], words) : what == 4
                        ? sentence(random, words) : null;
                String ctx = random.nextInt(5) == 0 ? contexts[random.nextInt(contexts.length)] : ct[0];
                if (id != null && templateKeys.add(PoCatalog.Entry.key(ctx, id))) {
                    template.add(PoCatalog.Entry.template(ctx, id, List.of(), List.of()));
                }
            }
            PoCatalog oldFile = new PoCatalog(header("nl"), old);
            Set<String> kring = viaKring(oldFile, template);
            assertEquals(viaMsgmerge(oldFile, template), kring, "round " + round + ":\n"
                    + oldFile.write() + "\n---\n" + new PoCatalog(null, template).write());
            fuzzyMatches += kring.stream().filter(x -> x.startsWith("active") && x.contains("| fuzzy | prev ")
                    && !x.endsWith("null / null")).count();
            obsolete += kring.stream().filter(x -> x.startsWith("obsolete")).count();
        }
        assertTrue(fuzzyMatches > 40 && obsolete > 40, "the rounds exercise fuzzy matching (" + fuzzyMatches
                + ") and obsolete entries (" + obsolete + ")");
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(9);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return sb.toString();
    }

    private static String mutate(Random random, String text, String[] words) {
        List<String> w = new ArrayList<>(List.of(text.split(" ")));
        int edits = 1 + random.nextInt(2);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(w.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> w.add(at, words[random.nextInt(words.length)]);
                case 1 -> {
                    if (w.size() > 1) {
                        w.remove(Math.min(at, w.size() - 1));
                    }
                }
                default -> w.set(Math.min(at, w.size() - 1), words[random.nextInt(words.length)]);
            }
        }
        String out = String.join(" ", w);
        return random.nextInt(4) == 0 ? out + "." : out;
    }

    @Test
    void kringPairsARewrittenParagraphThatMsgmergeCannot() {
        String c = "a.md|text";
        List<PoCatalog.Entry> old = List.of(entry(c, "Eat fruit.", "Eet fruit.", false, null, false));
        List<PoCatalog.Entry> template = List.of(PoCatalog.Entry.template(c, "Vegetables and whole grains matter "
                + "more than any single food.", List.of(), List.of()));
        List<PoCatalog.Entry> plain = PoMerge.merge(old, template, e -> null);
        assertEquals("", plain.get(0).str());
        assertTrue(plain.get(1).obsolete(), "like msgmerge: the old translation is kept as obsolete");
        List<PoCatalog.Entry> paired = PoMerge.merge(old, template, e -> "Eat fruit.");
        assertEquals(1, paired.size(), "used, so not obsolete");
        assertEquals("Eet fruit.", paired.get(0).str());
        assertTrue(paired.get(0).fuzzy());
        assertEquals("Eat fruit.", paired.get(0).previousId());
    }

    @Test
    void aFileReadAndWrittenIsTheSameFile() {
        String text = """
                # Translator's note
                msgid ""
                msgstr ""
                "Language: nl\\n"
                "Content-Type: text/plain; charset=UTF-8\\n"

                # keep me
                #. Welcome · text
                #: content/a.md:3
                #, fuzzy
                #| msgctxt "a.md|text"
                #| msgid "Old \\"quoted\\" text"
                msgctxt "a.md|text"
                msgid "New \\"quoted\\" text"
                msgstr "Nieuw"

                #, fuzzy
                #~| msgid "gone before"
                #~ msgctxt "a.md|text"
                #~ msgid "gone"
                #~ msgstr "weg"
                """;
        assertEquals(text, parse("a.po", text).write());
        String wrapped = """
                msgid ""
                msgstr ""
                "Language: nl\\n"

                msgctxt "a.md|text"
                msgid ""
                "A long text that a platform "
                "wrapped"
                msgstr ""
                "Een lange tekst "
                "die een platform afbrak"
                """;
        PoCatalog.Entry e = parse("b.po", wrapped).entries().get(0);
        assertEquals("A long text that a platform wrapped", e.id());
        assertEquals("Een lange tekst die een platform afbrak", e.str());
        assertEquals(9, e.line(), "the line of the msgstr");
    }

    @Test
    void aBrokenFileIsReportedWithItsLines() {
        Problems problems = new Problems();
        PoCatalog.read("po/nl/a.po", "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a.md|text\"\nmsgid \"Hello\nmsgstr \"Hallo\"\n"
                + "\nmsgid \"x\"\nmsgid_plural \"xs\"\nmsgstr[0] \"y\"\n\nmsgid \"Hello2\"\n", problems);
        List<String> lines = problems.sorted().stream().map(p -> p.file() + ":" + p.line()).toList();
        assertTrue(lines.contains("po/nl/a.po:5"), lines.toString());
        assertTrue(lines.contains("po/nl/a.po:9"), "plural: " + lines);
        assertTrue(lines.contains("po/nl/a.po:12"), "no msgstr: " + lines);
    }
}
