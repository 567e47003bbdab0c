package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildSession;
import org.kring.ContentException;
import org.kring.TestSites;
import org.kring.segment.FileState;

/**
 * The repository flow a translation platform connects to ({@code kring translate sync}), on a copy of the
 * example, held against the real gettext tools and translate-toolkit's pofilter.
 */
class GettextFlowTest {
    private static final String BODY = "programmes/pregnancy/03-body-changes.md";
    private static final String STEPS = "By now, women know the steps. Today, add a new step: understanding the numbers.";

    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    /** The example after a first sync of its default languages, made once: every test starts from a copy. */
    private static Path synced;
    private static PoSync.Result firstSync;

    private Path syncedCopy() throws IOException {
        if (synced == null) {
            Path site = TestSites.copyExample(shared.resolve("synced"));
            firstSync = sync(site);
            synced = site;
        }
        Path copy = tmp.resolve("site");
        TestSites.copyTree(synced, copy);
        return copy;
    }

    private static PoSync.Result sync(Path site, String... locales) {
        return new PoSync(() -> BuildSession.translations(site)).run(List.of(locales));
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix) && !p.toString().contains("/.kring/")).sorted().toList();
        }
    }

    private static PoCatalog read(Path file) throws IOException {
        return PoMergeTest.parse(file.toString(), Files.readString(file));
    }

    /** Changes entries of a PO file the way a translator's platform does, and saves it. */
    private static void edit(Path po, UnaryOperator<PoCatalog.Entry> change) throws IOException {
        PoCatalog c = read(po);
        Files.writeString(po, new PoCatalog(c.header(), c.entries().stream().map(change).toList()).write());
    }

    private static PoCatalog.Entry entryOf(Path po, String id) throws IOException {
        return read(po).entries().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(po + " has no entry " + id));
    }

    @Test
    void syncWritesTemplatesAndPoFilesThatMsgfmtAccepts() throws IOException {
        Path msgfmt = GettextTools.need("msgfmt", "gettext");
        Path site = syncedCopy();
        PoSync.Result first = firstSync;
        assertEquals(List.of("nl", "ar", "tw", "ti", "sq"), first.locales(), "regional variants only when asked");
        PoRepository repo = new PoRepository(site);
        assertTrue(Files.isRegularFile(repo.template("programmes/pregnancy/01-welcome.md")));
        assertTrue(Files.isRegularFile(site.resolve("po/nl/programmes/pregnancy/01-welcome.po")));
        assertFalse(Files.exists(site.resolve("po/nl-SR")));

        List<Path> all = new ArrayList<>(files(site.resolve("po"), ".pot"));
        all.addAll(files(site.resolve("po"), ".po"));
        assertTrue(all.size() > 400, "templates and PO files: " + all.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<GettextTools.Run>> runs = new ArrayList<>();
            for (Path f : all) {
                runs.add(pool.submit(() -> GettextTools.run(site, msgfmt.toString(), "--check", "-o", "/dev/null",
                        f.toString())));
            }
            for (int i = 0; i < all.size(); i++) {
                GettextTools.Run r = runs.get(i).get();
                assertEquals(0, r.exit(), site.relativize(all.get(i)) + ": " + r.out());
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdown();
        }
        PoCatalog pot = read(repo.template(BODY));
        assertEquals("", pot.headerField("Language"), "a template is for no language");
        assertTrue(pot.entries().stream().allMatch(e -> e.str().isEmpty() && !e.fuzzy()));
        assertFalse(Files.readString(repo.template(BODY)).contains("Creation-Date"), "no dates: reproducible");
        PoCatalog nl = read(repo.po("nl", BODY));
        assertEquals("nl", nl.headerField("Language"));
        assertEquals(pot.entries().stream().map(PoCatalog.Entry::key).toList(),
                nl.entries().stream().map(PoCatalog.Entry::key).toList(), "the PO file has the template's entries");
        assertTrue(nl.entries().stream().noneMatch(e -> e.str().isEmpty()), "the Dutch translation is complete");
        assertEquals("De meeste vrouwen weten de stappen nog. Laat ze elkaar helpen. Het eetdagboekje is geen toets: "
                + "het geeft elke vrouw iets concreets om over te praten.", read(repo.po("nl",
                "programmes/pregnancy/02-eating-and-moving.md")).entries().stream().filter(PoCatalog.Entry::fuzzy)
                .findFirst().orElseThrow().str(), "an outdated part is fuzzy with its old translation");

        Map<String, String> before = TestSites.tree(site);
        PoSync.Result again = sync(site);
        assertEquals(0, again.written(), "nothing changed, nothing written");
        assertEquals(0, again.imported());
        assertEquals(before, TestSites.tree(site), "byte for byte the same");
    }

    @Test
    void kringsUpdateIsMsgmergesUpdate() throws IOException {
        GettextTools.need("msgmerge", "gettext");
        Path msgattrib = GettextTools.need("msgattrib", "gettext");
        Path site = syncedCopy();
        Path old = tmp.resolve("old-po");
        TestSites.copyTree(site.resolve("po"), old);

        // A year of English edits in one session guide: a changed paragraph and objective, a material gone,
        // a new paragraph.
        Path english = site.resolve("content/" + BODY);
        TestSites.replaceInFile(english, STEPS, STEPS + " Ask one more question.");
        TestSites.replaceInFile(english, "name three common complaints and what eases them.",
                "name three common complaints and what eases each of them.");
        TestSites.replaceInFile(english, "  - A tape measure for the private checks\n", "");
        TestSites.replaceInFile(english, "Both are welcome.\n", "Both are welcome.\n\nKeep the round short today: "
                + "the lucky dip takes time.\n");
        sync(site, "nl", "ar");

        PoRepository repo = new PoRepository(site);
        int compared = 0;
        for (String locale : List.of("nl", "ar")) {
            for (Path po : files(site.resolve("po/" + locale), ".po")) {
                String rel = site.resolve("po/" + locale).relativize(po).toString();
                Path pot = site.resolve("po").resolve(rel.substring(0, rel.length() - 3) + ".pot");
                String merged = GettextTools.msgmerge(tmp, old.resolve(locale).resolve(rel), pot);
                assertEquals(PoMergeTest.entrySet(PoMergeTest.parse("msgmerge", merged)),
                        PoMergeTest.entrySet(read(po)), locale + "/" + rel);
                compared++;
            }
        }
        assertTrue(compared > 100, "files compared: " + compared);

        PoCatalog nl = read(repo.po("nl", BODY));
        assertTrue(nl.entries().stream().anyMatch(e -> e.obsolete() && e.id().equals(
                "A tape measure for the private checks") && !e.str().isEmpty()), "the removed material's translation "
                + "is kept as obsolete");
        assertEquals("", entryOf(repo.po("nl", BODY), "Keep the round short today: the lucky dip takes time.").str());

        // msgattrib lists exactly the entries whose English changed.
        GettextTools.Run fuzzy = GettextTools.run(site, msgattrib.toString(), "--only-fuzzy", "--no-obsolete",
                "--no-wrap", repo.po("nl", BODY).toString());
        assertEquals(0, fuzzy.exit(), fuzzy.out());
        Set<String> ids = new TreeSet<>();
        PoMergeTest.parse("msgattrib", fuzzy.out()).entries().forEach(e -> ids.add(e.id()));
        assertEquals(new TreeSet<>(List.of(STEPS + " Ask one more question.",
                "Participants name three common complaints and what eases each of them.")), ids);
        for (Path po : files(site.resolve("po/nl"), ".po")) {
            if (!po.equals(repo.po("nl", BODY))) {
                Path was = old.resolve("nl").resolve(site.resolve("po/nl").relativize(po));
                assertEquals(GettextTools.run(site, msgattrib.toString(), "--only-fuzzy", was.toString()).out(),
                        GettextTools.run(site, msgattrib.toString(), "--only-fuzzy", po.toString()).out(),
                        "no other file has new fuzzy entries: " + po);
            }
        }
    }

    @Test
    void pofilterPassesTheTranslationsAndFlagsALostPlaceholder() throws IOException {
        Path pofilter = GettextTools.need("pofilter", "translate-toolkit");
        Path site = syncedCopy();
        Path english = site.resolve("content/" + BODY);
        TestSites.replaceInFile(english, "Both are welcome.\n", "Both are welcome.\n\nWrite {name} on the card.\n");
        sync(site, "nl", "ar");
        // The checks that suit Markdown text (see README): placeholders, links and addresses, HTML, escapes.
        List<String> checks = List.of("-t", "pythonbraceformat", "-t", "urls", "-t", "xmltags", "-t", "emails",
                "-t", "escapes", "-t", "newlines");
        for (String locale : List.of("nl", "ar")) {
            Path out = tmp.resolve("pofilter-" + locale);
            List<String> cmd = new ArrayList<>(List.of(pofilter.toString(), "--progress=none", "--nofuzzy"));
            cmd.addAll(checks);
            cmd.addAll(List.of("-i", site.resolve("po/" + locale).toString(), "-o", out.toString()));
            GettextTools.Run r = GettextTools.run(site, cmd.toArray(String[]::new));
            assertEquals(0, r.exit(), r.out());
            for (Path f : Files.exists(out) ? files(out, ".po") : List.<Path>of()) {
                assertEquals(List.of(), read(f).entries().stream().map(PoCatalog.Entry::id).toList(),
                        "pofilter found problems in " + f);
            }
        }
        Path po = new PoRepository(site).po("nl", BODY);
        edit(po, e -> e.id().equals("Write {name} on the card.") ? e.withStr("Schrijf de naam op de kaart.", false) : e);
        List<String> cmd = new ArrayList<>(List.of(pofilter.toString(), "--progress=none", "--nofuzzy"));
        cmd.addAll(checks);
        cmd.addAll(List.of(po.toString(), tmp.resolve("flagged.po").toString()));
        GettextTools.run(site, cmd.toArray(String[]::new));
        String flagged = Files.readString(tmp.resolve("flagged.po"));
        assertTrue(flagged.contains("(pofilter) pythonbraceformat") && flagged.contains("Write {name} on the card."),
                flagged);

        // Kring refuses the same entry, and changes nothing.
        Map<String, String> before = TestSites.tree(site);
        ContentException e = assertThrows(ContentException.class, () -> sync(site, "nl"));
        int line = TestSites.lineOf(po, "Schrijf de naam op de kaart.");
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("po/nl/programmes/pregnancy/03-body-changes.po")
                && p.line() == line && p.message().contains("{name}")), e.problems().toString());
        assertEquals(before, TestSites.tree(site), "nothing written");
    }

    /** The scenario: a translator's commit, then an English edit, then a sync. */
    @Test
    void aTranslatorsCommitSurvivesAnEnglishEdit() throws IOException {
        Path msgcat = GettextTools.need("msgcat", "gettext");
        Path site = syncedCopy();
        String topic = "topics/nutrition.md";
        String drink = "Drink water often during the day, and keep coffee, strong tea and cola to a small amount.";
        String folic = "Take the folic acid and iron your midwife advises, for as long as she advises.";
        String two = "You do not need to eat for two. Eat when you are hungry and a little more in the last months.";
        PoRepository repo = new PoRepository(site);
        Path po = repo.po("nl", topic);
        assertTrue(read(po).entries().stream().allMatch(e -> e.str().isEmpty()), "nothing of this topic is in Dutch");

        Map<String, String> dutch = Map.of(drink, "Drink overdag vaak water en drink weinig koffie, sterke thee en cola.",
                folic, "Neem de foliumzuur en het ijzer die je verloskundige adviseert, zo lang als zij adviseert.",
                two, "Je hoeft niet voor twee te eten. Eet als je honger hebt, en in de laatste maanden iets meer.");
        edit(po, e -> dutch.containsKey(e.id()) ? e.withStr(dutch.get(e.id()), false) : e);
        // What a platform and a translator add besides translations: a header line, a note on an entry.
        String note = "Ask the midwife whether 'foliumzuur' is the usual word here.";
        String folicId = "msgctxt \"topics/nutrition.md|key_messages\"\nmsgid \"" + folic + "\"";
        String platform = Files.readString(po).replaceFirst("(?m)^msgid \"\"$", "# Ama Mensah <ama@example.org>, 2026."
                + "\nmsgid \"\"").replace(folicId, "# " + note + "\n" + folicId);
        Files.writeString(po, platform);
        assertEquals(List.of(note), entryOf(po, folic).translatorComments());
        // The platform writes the file its own way (wrapped lines): Kring reads it as it comes.
        GettextTools.Run wrap = GettextTools.run(site, msgcat.toString(), "-w", "60", "-o", po.toString(), po.toString());
        assertEquals(0, wrap.exit(), wrap.out());

        Path english = site.resolve("content/" + topic);
        String drinkNow = "Drink water often during the day, and keep coffee, strong tea and cola to one or two cups.";
        String added = "Eat something small before you go to bed if you wake up hungry.";
        TestSites.replaceInFile(english, drink, drinkNow);
        TestSites.replaceInFile(english, "  - Tell your midwife if you feel", "  - " + added
                + "\n  - Tell your midwife if you feel");
        PoSync.Result r = sync(site, "nl");
        assertEquals(2, r.imported(), "the two translations whose English is unchanged");

        String md = Files.readString(site.resolve("translations/nl/" + topic));
        assertTrue(md.contains(dutch.get(folic)) && md.contains(dutch.get(two)), md);
        assertFalse(md.contains(dutch.get(drink)), "its English changed: not taken in unchecked");
        StatusReport status = StatusReports.of(BuildSession.translations(site), "nl");
        assertEquals(FileState.PARTIAL, status.files().stream().filter(f -> f.path().equals(topic)).findFirst()
                .orElseThrow().state());

        PoCatalog.Entry changed = entryOf(po, drinkNow);
        assertTrue(changed.fuzzy(), "the changed one needs review");
        assertEquals(dutch.get(drink), changed.str(), "with the translator's text as the suggestion");
        assertEquals(drink, changed.previousId(), "and the English it was made for");
        assertEquals("", entryOf(po, added).str(), "the new text is an empty entry");
        assertFalse(entryOf(po, added).fuzzy());
        for (String id : List.of(folic, two)) {
            assertEquals(dutch.get(id), entryOf(po, id).str());
            assertFalse(entryOf(po, id).fuzzy());
        }
        assertTrue(Files.readString(po).lines().anyMatch(l -> l.equals("msgstr \"" + dutch.get(folic) + "\"")),
                "written unwrapped again, one text per line");
        assertTrue(Files.readString(po).contains("# Ama Mensah <ama@example.org>, 2026.\nmsgid \"\""), "header kept");
        assertEquals(List.of(note), entryOf(po, folic).translatorComments(), "the translator's note kept");

        // Nothing was lost, and a sync with nothing new changes nothing.
        Map<String, String> before = TestSites.tree(site);
        assertEquals(0, sync(site, "nl").written());
        assertEquals(before, TestSites.tree(site));

        // The translator confirms the reviewed entry: it is taken in.
        edit(po, e -> e.id().equals(drinkNow) ? e.withStr("Drink overdag vaak water, en hooguit een of twee koppen "
                + "koffie, sterke thee of cola.", false) : e);
        assertEquals(1, sync(site, "nl").imported());
        assertTrue(Files.readString(site.resolve("translations/nl/" + topic)).contains("hooguit een of twee koppen"));
    }

    @Test
    void aPoFileWithErrorsStopsTheSyncAndWritesNothing() throws IOException {
        Path site = syncedCopy();
        PoRepository repo = new PoRepository(site);
        Path broken = repo.po("nl", "about.md");
        Files.writeString(broken, Files.readString(broken).replaceFirst("msgstr \"", "msgstr \"unterminated"
                + "\nmsgstr \""));
        Path good = repo.po("nl", BODY);
        edit(good, e -> e.id().equals(STEPS) ? e.withStr("Nu kennen de vrouwen de stappen.", false) : e);
        Files.writeString(site.resolve("content/" + BODY), Files.readString(site.resolve("content/" + BODY))
                .replace("Both are welcome.", "Both are welcome here."));
        Map<String, String> before = TestSites.tree(site);

        ContentException e = assertThrows(ContentException.class, () -> sync(site, "nl"));
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("po/nl/about.po") && p.line() > 0),
                e.problems().toString());
        assertEquals(before, TestSites.tree(site), "not the good file's translation, not a template, nothing");

        // On the command line: file:line: error: message, no stack trace, exit code 1.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream was = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = org.kring.cli.Main.run("translate", "sync", "nl", "--site", site.toString());
        } finally {
            System.setErr(was);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, text);
        assertTrue(text.lines().anyMatch(l -> l.matches("po/nl/about\\.po:\\d+: error: .+")), text);
        assertFalse(text.contains("\tat org."), text);
    }

    @Test
    void anEditInTranslationsIsNotUndoneByAnOlderPoEntry() throws IOException {
        Path site = syncedCopy();
        PoRepository repo = new PoRepository(site);
        Path po = repo.po("nl", BODY);
        String was = entryOf(po, STEPS).str();
        Path md = site.resolve("translations/nl/" + BODY);
        assertTrue(Files.readString(md).contains(was));

        // Someone corrects the Dutch in translations/ by hand; the PO file still has the old text.
        String corrected = was.replace(".", "!").replaceFirst("!", ".");
        TestSites.replaceInFile(md, was, corrected);
        sync(site, "nl");
        assertTrue(Files.readString(md).contains(corrected), "the correction stays");
        assertEquals(corrected, entryOf(po, STEPS).str(), "and the PO file shows it");

        // Both sides change the same entry differently: a person decides; nothing is written.
        TestSites.replaceInFile(md, corrected, "Handmatig: " + corrected);
        edit(po, e -> e.id().equals(STEPS) ? e.withStr("Via het platform: " + was, false) : e);
        Map<String, String> before = TestSites.tree(site);
        ContentException e = assertThrows(ContentException.class, () -> sync(site, "nl"));
        int line = TestSites.lineOf(po, "Via het platform: ");
        assertTrue(e.problems().stream().anyMatch(p -> p.line() == line && p.message().contains("both changed")),
                e.problems().toString());
        assertEquals(before, TestSites.tree(site));
    }

    @Test
    void anOutdatedPartTranslatedInTheMarkdownReplacesTheUntouchedFuzzyEntry() throws IOException {
        Path site = syncedCopy();
        String file = "programmes/pregnancy/02-eating-and-moving.md";
        Path po = new PoRepository(site).po("nl", file);
        PoCatalog.Entry fuzzy = read(po).entries().stream().filter(PoCatalog.Entry::fuzzy).findFirst().orElseThrow();
        Path md = site.resolve("translations/nl/" + file);
        String text = Files.readString(md);
        int start = text.indexOf("De meeste vrouwen weten de stappen nog.");
        int end = text.indexOf("\n\n", start);
        String updated = "De meeste vrouwen kennen de stappen nu. Laat ze elkaar helpen, en kijk of iedereen haar "
                + "getallen in haar schrift schrijft. Het eetdagboekje is geen toets.";
        Files.writeString(md, text.substring(0, start) + updated + text.substring(end));
        new Recorder(BuildSession.translations(site)).accept("nl", List.of(file));

        assertEquals(0, sync(site, "nl").imported());
        PoCatalog.Entry now = entryOf(po, fuzzy.id());
        assertFalse(now.fuzzy(), "translated since, in the Markdown: no longer a draft");
        assertEquals(updated, now.str());
        assertEquals(null, now.previousId());
        assertTrue(Files.readString(md).contains(updated));
    }

    @Test
    void aPoFileOfAFileThatIsGoneIsLeftAsItIs() throws IOException {
        Path site = syncedCopy();
        Path stray = site.resolve("po/nl/topics/old-topic.po");
        Files.createDirectories(stray.getParent());
        Files.writeString(stray, "msgid \"\"\nmsgstr \"\"\n\"Language: nl\\n\"\n\nmsgctxt \"topics/old-topic.md|text\"\n"
                + "msgid \"Gone\"\nmsgstr \"Weg\"\n");
        String text = Files.readString(stray);
        PoSync.Result r = sync(site, "nl");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("po/nl/topics/old-topic.po: left as it is")),
                r.notes().toString());
        assertEquals(text, Files.readString(stray));
        assertNotNull(r.todo().get("nl"));
        assertEquals(List.of("nl-SR"), sync(site, "nl-SR").locales(), "a regional variant when asked for");
        assertTrue(Files.isDirectory(site.resolve("po/nl-SR")));
        assertFalse(Files.exists(site.resolve("po/nl-SR/programmes/pregnancy/02-eating-and-moving.po")),
                "an adaptation is edited as a whole, not through PO");
        assertFalse(Files.exists(site.resolve("po/nl-SR/programmes/pregnancy/01-welcome.po")),
                "shown from Dutch, so translated in po/nl/");
    }
}
