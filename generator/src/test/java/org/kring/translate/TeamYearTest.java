package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildOptions;
import org.kring.BuildSession;
import org.kring.Kring;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.TestSites;
import org.kring.cli.Main;
import org.kring.segment.FileState;
import org.kring.segment.FileStatus;
import org.kring.segment.Segment;

/**
 * A country team's year, played on a copy of the example: Ukrainian is added, translated in small partial
 * steps through PO files while the English keeps changing (a paragraph, agenda minutes, a duration, topics
 * added and removed, a session added, deleted and renamed), with re-exports while work is pending, an import
 * of a stale export, accept and adapt. After every step: every language still builds, no translated text is
 * lost, the status agrees with the files, and nothing outside translations/ and the export folder changed
 * but what the step itself edited.
 */
class TeamYearTest {
    @TempDir
    Path tmp;

    private Path site;
    private Path exports;
    /** Every text the team has translated so far: each must still be somewhere under translations/uk/. */
    private final Set<String> written = new LinkedHashSet<>();
    /** Hashes of every file outside translations/, as the last step left them. */
    private Map<String, String> outside;

    private static final String WELCOME = "programmes/pregnancy/01-welcome.md";

    @Test
    void aYearOfPartialWorkWhileTheEnglishChanges() throws IOException {
        site = TestSites.copyExample(tmp.resolve("site"));
        exports = tmp.resolve("exports");
        TestSites.replaceInFile(site.resolve("site.yml"), "languages:\n",
                "languages:\n  - code: uk\n    name: Українська\n");
        outside = outsideTranslations();

        // January: three entries of the welcome session, in a PO editor.
        Path po = export("--only", "todo");
        List<Message> todo = read(po);
        Message title = first(todo, WELCOME, "title");
        Message objective = first(todo, WELCOME, "objectives");
        Message paragraph = first(todo, WELCOME, "text");
        importFilled(po, Map.of(title, "Ласкаво просимо до групи", objective, "Учасниці знають одна одну.",
                paragraph, "УКР " + paragraph.source()));
        check();
        FileStatus welcome = status(WELCOME);
        assertEquals(FileState.PARTIAL, welcome.state(), "partly translated, nothing changed in English");
        assertEquals(3, welcome.translated());
        Document page = page("uk/programmes/pregnancy/01-welcome/index.html");
        assertEquals("Ласкаво просимо до групи", page.selectFirst("h1").text());
        assertTrue(page.select(".notice-outdated").isEmpty(), "the English has not changed: no 'changed' notice");
        Element english = page.select("main [lang=en]").stream()
                .filter(e -> e.text().startsWith("Participants agree")).findFirst().orElse(null);
        assertTrue(english != null, "an objective still in English says so: lang=en");
        assertTrue(page.select("main p").stream().anyMatch(p -> p.text().startsWith("УКР ") && !p.hasAttr("lang")),
                "the translated paragraph is in the page's language");
        assertTrue(page.select("main .prose p[lang=en], main p[lang=en]").size() > 3,
                "the paragraphs still in English carry lang=en");

        // February: the English changes a translated paragraph, two agenda minutes and the topics.
        String firstWords = paragraph.source().substring(0, paragraph.source().indexOf(' ', 20));
        edit(WELCOME, firstWords, firstWords + " (bring your notebook)");
        editAgendaMinutes(WELCOME);
        edit(WELCOME, "topics: [", "topics: [stress, ");
        check();
        welcome = status(WELCOME);
        assertEquals(FileState.OUTDATED, welcome.state());
        assertEquals(1, welcome.outdated());

        // March: the team exports again while a translator still has a filled PO that was not imported.
        po = export("--only", "todo");
        List<Message> march = read(po);
        Message again = march.stream().filter(m -> m.path().equals(WELCOME) && m.needsReview()).findFirst()
                .orElseThrow();
        Message agenda = first(march, WELCOME, "agenda activity");
        fill(po, Map.of(agenda, "Прибуття та самоперевірка"));
        String pending = Files.readString(po);
        assertEquals(Main.CONTENT_ERRORS, Main.run("translate", "export", "uk", "--only", "todo", "--out",
                exports.toString(), "--site", site.toString()), "a file with work not yet imported is kept");
        assertEquals(pending, Files.readString(po), "and not changed");
        assertEquals(Main.OK, Main.run("translate", "import", po.toString(), "--site", site.toString()));
        written.add("Прибуття та самоперевірка");
        check();
        assertEquals(Segment.normalize(paragraph.source()), again.previous(),
                "the changed paragraph comes back fuzzy, with the old English");
        assertEquals("УКР " + paragraph.source(), again.target(), "and the old translation to start from");

        // April: a stale export. Exported, then the English of an entry changes before the import.
        po = export("--only", "todo");
        Message description = first(read(po), WELCOME, "description");
        fill(po, Map.of(description, "Перша зустріч."));
        edit(WELCOME, "description: " + description.source().substring(0, 20), "description: Partners welcome. "
                + description.source().substring(0, 20));
        assertEquals(Main.OK, Main.run("translate", "import", po.toString(), "--site", site.toString()));
        written.add("Перша зустріч.");
        check();
        assertTrue(Files.readString(site.resolve("translations/uk/" + WELCOME)).contains("Перша зустріч."),
                "the stale entry is kept in its place");
        assertEquals(FileState.OUTDATED, status(WELCOME).state(), "and shows as outdated, to review");

        // May: the English changes a duration (and the agenda with it), removes a topic, adds a session.
        Path third = site.resolve("content/programmes/pregnancy/03-body-changes.md");
        String text = Files.readString(third);
        int agendaLast = text.lastIndexOf("  - minutes: ");
        String minutes = text.substring(agendaLast + 13, text.indexOf('\n', agendaLast)).strip();
        Files.writeString(third, text.substring(0, agendaLast + 13) + (Integer.parseInt(minutes) + 15)
                + text.substring(text.indexOf('\n', agendaLast)));
        TestSites.replaceInFile(third, "duration: 120", "duration: 135");
        edit(WELCOME, "topics: [stress, ", "topics: [");
        addSession(11);
        check();

        // June: translate part of the new session and of the renamed one, then the English renames a session and
        // deletes the new one.
        po = export("--only", "todo");
        List<Message> june = read(po);
        Message newTitle = first(june, "programmes/pregnancy/11-after-the-birth.md", "title");
        Message thirdTitle = first(june, "programmes/pregnancy/03-body-changes.md", "title");
        importFilled(po, Map.of(newTitle, "Після пологів", thirdTitle, "Ваше тіло змінюється"));
        check();
        Files.move(third, third.resolveSibling("03-your-changing-body.md"));
        Files.delete(site.resolve("content/programmes/pregnancy/11-after-the-birth.md"));
        outside = outsideTranslations();
        check(); // the translations of a renamed and a deleted file stay, as warnings, never errors
        List<Problem> problems = Kring.check(BuildOptions.of(site).withPdf(false));
        assertTrue(problems.stream().anyMatch(p -> !p.isError() && p.file().equals(
                "translations/uk/programmes/pregnancy/03-body-changes.md")), problems.toString());

        // July: the team moves the renamed session's translation, accepts a hand edit and adapts another file.
        Files.move(site.resolve("translations/uk/programmes/pregnancy/03-body-changes.md"),
                site.resolve("translations/uk/programmes/pregnancy/03-your-changing-body.md"));
        Path record = site.resolve("translations/uk/.kring/programmes/pregnancy/03-body-changes.md.yml");
        Files.move(record, record.resolveSibling("03-your-changing-body.md.yml"));
        TestSites.replaceInFile(site.resolve("translations/uk/" + WELCOME), "Ласкаво просимо до групи",
                "Ласкаво просимо!");
        written.remove("Ласкаво просимо до групи");
        written.add("Ласкаво просимо!");
        assertEquals(Main.OK, Main.run("translate", "accept", "uk", WELCOME, "--site", site.toString()));
        assertEquals(Main.OK, Main.run("translate", "adapt", "uk", "topics/nutrition.md", "--site", site.toString()));
        check();
        assertEquals(FileState.ADAPTED, status("topics/nutrition.md").state());
        assertEquals("Ваше тіло змінюється", page("uk/programmes/pregnancy/03-your-changing-body/index.html")
                .selectFirst("h1").text());
    }

    // --- steps ---

    private Path export(String... options) {
        List<String> args = new ArrayList<>(List.of("translate", "export", "uk", "--out", exports.toString(),
                "--force", "--site", site.toString()));
        args.addAll(List.of(options));
        assertEquals(Main.OK, Main.run(args.toArray(String[]::new)));
        return exports.resolve("uk.po");
    }

    private static List<Message> read(Path po) throws IOException {
        Problems problems = new Problems();
        List<Message> out = PoFile.read(po.toString(), Files.readString(po), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return out;
    }

    private static Message first(List<Message> messages, String path, String role) {
        return messages.stream().filter(m -> m.path().equals(path) && role.equals(m.role())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " entry for " + path));
    }

    /** A translator fills some entries in the PO file (and leaves the rest as they are). */
    private void fill(Path po, Map<Message, String> translations) throws IOException {
        List<Message> all = read(po);
        List<Message> out = new ArrayList<>();
        for (Message m : all) {
            Message filled = null;
            for (Map.Entry<Message, String> e : translations.entrySet()) {
                if (e.getKey().path().equals(m.path()) && e.getKey().source().equals(m.source())
                        && java.util.Objects.equals(e.getKey().role(), m.role())) {
                    filled = m.translated(e.getValue());
                }
            }
            out.add(filled != null ? filled : m);
        }
        Files.writeString(po, PoFile.write("uk", out));
    }

    private void importFilled(Path po, Map<Message, String> translations) throws IOException {
        fill(po, translations);
        assertEquals(Main.OK, Main.run("translate", "import", po.toString(), "--site", site.toString()));
        written.addAll(translations.values());
    }

    private void edit(String path, String from, String to) throws IOException {
        TestSites.replaceInFile(site.resolve("content").resolve(path), from, to);
        outside = outsideTranslations();
    }

    /** Five minutes move from the second agenda item to the first: the total stays the duration. */
    private void editAgendaMinutes(String path) throws IOException {
        Path f = site.resolve("content").resolve(path);
        String[] lines = Files.readString(f).split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length && seen < 2; i++) {
            if (lines[i].startsWith("  - minutes: ")) {
                int m = Integer.parseInt(lines[i].substring(13).strip());
                lines[i] = "  - minutes: " + (seen == 0 ? m + 5 : m - 5);
                seen++;
            }
        }
        Files.writeString(f, String.join("\n", lines));
        outside = outsideTranslations();
    }

    private void addSession(int number) throws IOException {
        Files.writeString(site.resolve("content/programmes/pregnancy/" + number + "-after-the-birth.md"), """
                ---
                title: After the birth
                number: %d
                duration: 60
                description: The group meets again with the babies.
                objectives:
                  - Parents share how the first weeks went.
                materials:
                  - Mats for the babies
                agenda:
                  - minutes: 60
                    activity: Circle with the babies
                ---

                ## Circle with the babies

                Everyone says how the first weeks went.
                """.formatted(number));
        outside = outsideTranslations();
    }

    // --- what must hold after every step ---

    private void check() throws IOException {
        Path out = tmp.resolve("out");
        List<Problem> errors = Kring.check(BuildOptions.of(site).withPdf(false)).stream().filter(Problem::isError)
                .toList();
        assertEquals(List.of(), errors, "every language builds");
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false).withCache(tmp.resolve("cache")));
        assertTrue(Files.isRegularFile(out.resolve("en/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("uk/index.html")));

        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.walk(site.resolve("translations/uk"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        for (String t : written) {
            assertTrue(Segment.normalize(all.toString()).contains(Segment.normalize(t)), "lost: " + t);
        }

        StatusReport report = StatusReports.of(BuildSession.translations(site), "uk");
        for (FileStatus f : report.files()) {
            if (f.path().equals("ui.yml")) {
                continue; // the interface strings: not a content file
            }
            boolean exists = Files.isRegularFile(site.resolve("translations/uk/" + f.path()));
            assertEquals(exists, f.state() != FileState.MISSING, f.path());
            if (f.state() != FileState.ADAPTED) {
                assertEquals(f.segments(), f.translated() + f.outdated() + f.missing(), f.path());
            }
            assertTrue(Files.isRegularFile(site.resolve("content/" + f.path())), "status of a file that exists");
        }
        assertEquals(report.files().size(), report.total().translated() + report.total().partial()
                + report.total().outdated() + report.total().missing() + report.total().adapted());

        assertEquals(outside, outsideTranslations(), "nothing outside translations/ changed");
    }

    private FileStatus status(String path) {
        return StatusReports.of(BuildSession.translations(site), "uk").files().stream()
                .filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(tmp.resolve("out").resolve(path)));
    }

    private Map<String, String> outsideTranslations() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith("translations/") && !rel.startsWith(".kring-cache") && !rel.startsWith("_site")) {
                    m.put(rel, Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(f))));
                }
            }
        }
        assertNotEquals(0, m.size());
        return m;
    }
}
