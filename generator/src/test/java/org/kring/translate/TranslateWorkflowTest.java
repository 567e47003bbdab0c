package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.ContentException;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.TestSites;
import org.kring.segment.FileState;
import org.kring.segment.FileStatus;

/** The country teams' workflow on a copy of the example: status, export, fill in, import, build. */
class TranslateWorkflowTest {
    @TempDir
    Path tmp;

    private static FileStatus file(StatusReport r, String path) {
        return r.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theExampleShowsEveryState() {
        TranslationProject p = org.kring.BuildSession.translations(TestSites.repo());
        StatusReport nl = StatusReports.of(p, "nl");
        FileStatus outdated = file(nl, "programmes/pregnancy/02-eating-and-moving.md");
        assertEquals(FileState.OUTDATED, outdated.state());
        assertEquals(1, outdated.outdated());
        assertEquals(0, outdated.missing());
        assertTrue(outdated.changes().get(0).before().startsWith("Most women remember the steps."));
        assertTrue(outdated.changes().get(0).after().startsWith("Most women remember the steps by now."));
        assertEquals(FileState.TRANSLATED, file(nl, "programmes/pregnancy/03-body-changes.md").state());
        assertEquals(FileState.MISSING, file(nl, "topics/nutrition.md").state());
        assertTrue(nl.warnings().stream().anyMatch(w -> w.file().equals("translations/nl/programmes/pregnancy/05-warning-signs.md")
                && w.message().contains("'self-check' is 'zelfcontrole' in the glossary")), nl.warnings().toString());

        StatusReport sr = StatusReports.of(p, "nl-SR");
        FileStatus adapted = file(sr, "programmes/pregnancy/02-eating-and-moving.md");
        assertEquals(FileState.ADAPTED, adapted.state());
        assertTrue(adapted.sourceChanged(), "the English changed after it was adapted");

        StatusReport ar = StatusReports.of(p, "ar");
        StatusReport.Totals parenting = ar.sections().get("programmes/parenting");
        assertTrue(parenting.translated() >= 3 && parenting.missing() >= 5, "partly translated: " + parenting);
        assertTrue(ar.json().contains("\"locale\":\"ar\""));
    }

    @Test
    void anEditedEnglishParagraphMakesExactlyThatPartOutdated() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TranslationProject before = org.kring.BuildSession.translations(site);
        StatusReport was = StatusReports.of(before, "nl");
        Path file = site.resolve("content/programmes/pregnancy/03-body-changes.md");
        String text = Files.readString(file);
        String paragraph = "By now, women know the steps. Today, add a new step: understanding the numbers.";
        assertTrue(text.contains(paragraph));
        Files.writeString(file, text.replace(paragraph, paragraph + " Ask one more question."));
        StatusReport now = StatusReports.of(org.kring.BuildSession.translations(site), "nl");
        FileStatus changed = file(now, "programmes/pregnancy/03-body-changes.md");
        assertEquals(FileState.OUTDATED, changed.state());
        assertEquals(1, changed.outdated() + changed.missing(), changed.changes().toString());
        assertTrue(changed.changes().get(0).after().endsWith("Ask one more question."));
        for (FileStatus f : now.files()) {
            if (!f.path().equals(changed.path())) {
                assertEquals(file(was, f.path()).state(), f.state(), f.path());
            }
        }
    }

    @Test
    void whitespaceAndStructuralChangesDoNotOutdate() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path file = site.resolve("content/programmes/pregnancy/03-body-changes.md");
        String text = Files.readString(file);
        // Re-wrap every paragraph line and reorder the topic ids: no text changes.
        String rewrapped = text.replaceFirst("(?m)^topics: \\[([a-z-]+), ([a-z-]+)\\]$", "topics: [$2, $1]")
                .replace(". ", ".\n");
        assertFalse(rewrapped.equals(text));
        Files.writeString(file, rewrapped);
        StatusReport now = StatusReports.of(org.kring.BuildSession.translations(site), "nl");
        assertEquals(FileState.TRANSLATED, file(now, "programmes/pregnancy/03-body-changes.md").state());
    }

    /** Fills every message with a known text that keeps the markup: what a translator's tool returns. */
    private static List<Message> fill(List<Message> messages, String prefix) {
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            out.add(m.translated(prefix + m.source()));
        }
        return out;
    }

    @Test
    void dutchRoundTripThroughPo() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TranslationProject p = org.kring.BuildSession.translations(site);
        List<Message> todo = new Exporter(p).messages("nl", Exporter.Only.TODO);
        assertTrue(todo.stream().anyMatch(m -> m.needsReview() && m.previous() != null), "the outdated part is fuzzy");
        Path po = tmp.resolve("nl.po");
        Files.writeString(po, PoFile.write("nl", fill(todo, "NL: ")));
        GettextTools.msgfmtCheck(po);
        List<Importer.Result> results = new Importer(p).importFiles(List.of(po), new Problems());
        assertEquals(1, results.size());
        assertTrue(results.get(0).files() > 50, "files updated: " + results.get(0).files());

        StatusReport after = StatusReports.of(org.kring.BuildSession.translations(site), "nl");
        assertEquals(0, after.total().outdated(), "everything up to date");
        assertEquals(0, after.total().missing());
        String nutrition = Files.readString(site.resolve("translations/nl/topics/nutrition.md"));
        assertTrue(nutrition.contains("title: \"NL: Eating well in pregnancy\"") || nutrition.contains("title: 'NL:"),
                nutrition.substring(0, 300));

        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        Document page = Jsoup.parse(out.resolve("nl/topics/nutrition/index.html").toFile());
        assertEquals("NL: Eating well in pregnancy", page.selectFirst("main h1").text());
        assertNull(page.selectFirst(".notice-fallback"), "translated now");
        Document session = Jsoup.parse(out.resolve("nl/programmes/pregnancy/02-eating-and-moving/index.html").toFile());
        assertNull(session.selectFirst(".notice-outdated"), "no longer outdated");
        assertTrue(session.text().contains("NL: Most women remember the steps by now."));
    }

    @Test
    void aCourseRoundTripsThroughPoWithItsScheduleFromTheSource() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Files.delete(site.resolve("translations/nl/courses/pregnancy-facilitator/index.md"));
        Files.delete(site.resolve("translations/nl/.kring/courses/pregnancy-facilitator/index.md.yml"));
        TranslationProject p = org.kring.BuildSession.translations(site);
        List<Message> todo = new Exporter(p).messages("nl", Exporter.Only.TODO).stream()
                .filter(m -> m.path().startsWith("courses/")).toList();
        assertTrue(todo.stream().anyMatch(m -> m.source().equals("Practice and planning")), "day titles");
        assertTrue(todo.stream().anyMatch(m -> m.source().equals("A group discussion on eating well")), "block titles");
        assertFalse(todo.stream().anyMatch(m -> m.path().startsWith("courses/parenting-refresher/")),
                "a course not given in Dutch is not for the Dutch team");
        assertFalse(todo.stream().anyMatch(m -> m.source().equals("en") || m.source().equals("09:00")),
                "languages and times are structure");
        Path po = tmp.resolve("nl.po");
        Files.writeString(po, PoFile.write("nl", fill(todo, "NL: ")));
        new Importer(p).importFiles(List.of(po), new Problems());
        StatusReport after = StatusReports.of(org.kring.BuildSession.translations(site), "nl");
        assertEquals(FileState.TRANSLATED, file(after, "courses/pregnancy-facilitator/index.md").state());

        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        Document page = Jsoup.parse(out.resolve("nl/courses/pregnancy-facilitator/index.html").toFile());
        assertEquals("Dag 2: NL: Practice and planning", page.selectFirst("#day-2").text());
        assertTrue(page.select("#day-2 + .table-wrap tbody").text().contains(
                "11:00–12:00 Oefenen: NL: A group discussion on eating well 60"), page.select("#day-2 + .table-wrap").text());
    }

    @Test
    void untouchedTranslationsRoundTripByteForByte() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Map<String, String> before = TestSites.tree(site.resolve("translations"));
        TranslationProject p = org.kring.BuildSession.translations(site);
        Path po = tmp.resolve("nl.po");
        List<Message> all = new Exporter(p).messages("nl", Exporter.Only.ALL);
        // Only what already has a translation comes back (a translator who changed nothing).
        List<Message> done = all.stream().filter(m -> !m.target().isEmpty() && !m.needsReview()).toList();
        Files.writeString(po, PoFile.write("nl", done));
        new Importer(p).importFiles(List.of(po), new Problems());
        assertSameTree(before, TestSites.tree(site.resolve("translations")));
    }

    /** Compares two trees, naming the files that differ instead of printing both trees. */
    private static void assertSameTree(Map<String, String> before, Map<String, String> after) {
        List<String> diff = new ArrayList<>();
        for (String k : before.keySet()) {
            if (!before.get(k).equals(after.get(k))) {
                diff.add(k);
            }
        }
        for (String k : after.keySet()) {
            if (!before.containsKey(k)) {
                diff.add(k + " (new)");
            }
        }
        assertTrue(diff.isEmpty(), "changed: " + diff);
    }

    @Test
    void arabicRoundTripThroughXliff() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TranslationProject p = org.kring.BuildSession.translations(site);
        List<Message> todo = new Exporter(p).messages("ar", Exporter.Only.MISSING).stream()
                .filter(m -> m.path().startsWith("programmes/parenting/")).toList();
        String xliff = XliffFile.write("en", "ar", fill(todo, "عربي "));
        Path file = tmp.resolve("ar.xlf");
        Files.writeString(file, xliff);
        GettextTools.validateXliff(file);
        new Importer(p).importFiles(List.of(file), new Problems());
        StatusReport after = StatusReports.of(org.kring.BuildSession.translations(site), "ar");
        assertEquals(0, after.sections().get("programmes/parenting").missing());
        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        Document page = Jsoup.parse(out.resolve("ar/programmes/parenting/05-play-and-talk/index.html").toFile());
        assertTrue(page.selectFirst("main h1").text().startsWith("عربي "), page.selectFirst("main h1").text());
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
    }

    @Test
    void aBrokenLinkOrPlaceholderIsRejectedAndNothingIsWritten() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Map<String, String> before = TestSites.tree(site.resolve("translations"));
        TranslationProject p = org.kring.BuildSession.translations(site);
        List<Message> all = new Exporter(p).messages("nl", Exporter.Only.TODO);
        Message withLink = all.stream().filter(m -> m.source().contains("](topic:")).findFirst().orElseThrow();
        List<Message> entries = new ArrayList<>(fill(all, "NL "));
        int i = all.indexOf(withLink);
        entries.set(i, withLink.translated(withLink.source().replaceAll("\\]\\(topic:[a-z-]+\\)", "](topic:nowhere)")));
        Path po = tmp.resolve("nl.po");
        Files.writeString(po, PoFile.write("nl", entries));
        ContentException e = assertThrows(ContentException.class, () -> new Importer(p).importFiles(List.of(po),
                new Problems()));
        Problem problem = e.problems().get(0);
        assertEquals(po.toString(), problem.file());
        assertTrue(problem.line() > 0);
        assertTrue(problem.message().contains("link target"), problem.message());
        // The line points at the msgstr of that entry.
        String line = Files.readAllLines(po).get(problem.line() - 1);
        assertTrue(line.startsWith("msgstr ") && line.contains("topic:nowhere"), line);
        assertSameTree(before, TestSites.tree(site.resolve("translations")));

        Path po2 = tmp.resolve("placeholder.po");
        Message plain = all.stream().filter(m -> !m.source().contains("{")).findFirst().orElseThrow();
        Files.writeString(po2, PoFile.write("nl", List.of(plain.translated("NL {naam} " + plain.source()))));
        ContentException e2 = assertThrows(ContentException.class, () -> new Importer(p).importFiles(List.of(po2),
                new Problems()));
        assertTrue(e2.problems().get(0).message().contains("placeholder"), e2.problems().toString());
        assertSameTree(before, TestSites.tree(site.resolve("translations")));
    }

    @Test
    void anAdaptationSurvivesAnImport() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path adapted = site.resolve("translations/nl-SR/programmes/pregnancy/02-eating-and-moving.md");
        String text = Files.readString(adapted);
        TranslationProject p = org.kring.BuildSession.translations(site);
        List<Message> all = new Exporter(p).messages("nl-SR", Exporter.Only.ALL);
        assertTrue(all.stream().noneMatch(m -> m.path().equals("programmes/pregnancy/02-eating-and-moving.md")),
                "adaptations are not exported");
        // A PO that does name the adapted file (made from another language) must not change it.
        List<Message> nl = new Exporter(p).messages("nl", Exporter.Only.ALL).stream()
                .filter(m -> m.path().equals("programmes/pregnancy/02-eating-and-moving.md")).toList();
        Path po = tmp.resolve("nl-SR.po");
        Files.writeString(po, PoFile.write("nl-SR", fill(nl, "X ")));
        List<Importer.Result> r = new Importer(p).importFiles(List.of(po), new Problems());
        assertEquals(text, Files.readString(adapted));
        assertTrue(r.get(0).notes().stream().anyMatch(n -> n.contains("adapted")), r.toString());
        assertEquals(FileState.ADAPTED, file(StatusReports.of(org.kring.BuildSession.translations(site), "nl-SR"),
                "programmes/pregnancy/02-eating-and-moving.md").state());
    }

    @Test
    void adaptStartsALocalVersionFromTheNearestTranslation() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TranslationProject p = org.kring.BuildSession.translations(site);
        Path file = new Recorder(p).adapt("nl-SR", "programmes/pregnancy/03-body-changes.md");
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\nadapted: true\n"));
        assertTrue(text.contains("title: Je veranderende lichaam"), "copied from Dutch, the next in the chain");
        assertThrows(ContentException.class, () -> new Recorder(p).adapt("nl-SR", "programmes/pregnancy/03-body-changes.md"));
        StatusReport r = StatusReports.of(org.kring.BuildSession.translations(site), "nl-SR");
        FileStatus f = file(r, "programmes/pregnancy/03-body-changes.md");
        assertEquals(FileState.ADAPTED, f.state());
        assertFalse(f.sourceChanged());
    }

    @Test
    void poErrorsPointAtTheirLine() {
        Problems problems = new Problems();
        PoFile.read("x.po", "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a.md\"\nmsgid \"Hello\nmsgstr \"Hallo\"\n", problems);
        assertTrue(problems.sorted().stream().anyMatch(p -> p.line() == 5), problems.sorted().toString());
    }


}
