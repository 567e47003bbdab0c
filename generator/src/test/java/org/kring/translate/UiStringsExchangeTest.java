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

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildSession;
import org.kring.ContentException;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.TestSites;
import org.kring.i18n.UiTableReader;
import org.kring.model.SourceFile;
import org.kring.segment.FileState;
import org.kring.segment.FileStatus;

/** The interface strings go through export, import and status like the content, in the same files. */
class UiStringsExchangeTest {
    @TempDir
    Path tmp;

    private static final String AR_MINUTES_HINT = "Plural forms for ar: zero, one, two, few, many, other — write "
            + "{n, plural, zero {...} one {...} two {...} few {...} many {...} other {...}}";

    private static Message ui(List<Message> messages, String key) {
        return messages.stream().filter(m -> m.context().equals("ui.yml|" + key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry ui.yml|" + key));
    }

    private static FileStatus uiStatus(TranslationProject p, String code) {
        return StatusReports.of(p, code).files().stream().filter(f -> f.path().equals("ui.yml")).findFirst().orElseThrow();
    }

    private static Map<String, String> uiStrings(Path file) throws IOException {
        Problems p = new Problems();
        Map<String, String> m = UiTableReader.read("ar", new SourceFile(file, "ui.yml", Files.readString(file)), p).strings();
        assertFalse(p.hasErrors(), p.sorted().toString());
        return m;
    }

    @Test
    void theExportCarriesEveryInterfaceStringWithThePluralFormsOfTheLanguage() throws Exception {
        TranslationProject p = BuildSession.translations(TestSites.repo());
        List<Message> nl = new Exporter(p).messages("nl", Exporter.Only.ALL);
        Message agenda = ui(nl, "session.agenda");
        assertEquals("ui.yml", agenda.path());
        assertEquals("Agenda", agenda.source());
        assertEquals("Programma", agenda.target(), "the Dutch text from translations/nl/ui.yml");
        assertTrue(agenda.references().get(0).matches("templates/i18n/en\\.yml:\\d+"), agenda.references().toString());
        String po = PoFile.write("nl", nl);
        assertTrue(po.contains("msgctxt \"ui.yml|session.agenda\"\nmsgid \"Agenda\"\nmsgstr \"Programma\"\n"), po.substring(0, 400));
        assertTrue(ui(nl, "minutes").comments().contains("Plural forms for nl: one, other — write {n, plural, one {...} "
                + "other {...}}"), ui(nl, "minutes").comments().toString());
        long keys = nl.stream().filter(m -> m.path().equals("ui.yml")).count();
        assertEquals(uiStatus(p, "nl").segments(), keys, "one entry per English string");

        List<Message> ar = new Exporter(p).messages("ar", Exporter.Only.ALL);
        Message minutes = ui(ar, "minutes");
        assertEquals(AR_MINUTES_HINT, minutes.comments().get(0));
        assertTrue(minutes.comments().get(1).startsWith("Numbers per form in ar: zero: 0; one: 1; two: 2; few: 3, 4, 5, …"),
                minutes.comments().get(1));
        assertTrue(ui(ar, "hours_minutes").comments().get(0).endsWith("; the same for {m}"));
        // The translator's hint, then what the translation was at the export (for the import's check).
        List<String> comments = ui(ar, "session.of_programme").comments();
        assertEquals("Keep {n}, {programme} as they are", comments.get(0));
        assertEquals(2, comments.size(), comments.toString());
        assertTrue(comments.get(1).startsWith("kring-base: "), comments.toString());
        Path file = tmp.resolve("ar.po");
        Files.writeString(file, PoFile.write("ar", ar));
        assertTrue(Files.readString(file).contains("#. " + AR_MINUTES_HINT + "\n"));
        GettextTools.msgfmtCheck(file);
        Path xlf = tmp.resolve("ar.xlf");
        Files.writeString(xlf, XliffFile.write("en", "ar", ar));
        GettextTools.validateXliff(xlf);
        assertTrue(Files.readString(xlf).contains("<file id=\"f"), "ui.yml is one more file");
        assertEquals(ar.size(), XliffFile.read("ar.xlf", Files.readString(xlf), new Problems()).size());
    }

    @Test
    void aRegionalVariantIsNotAskedForWhatItsParentGivesIt() {
        TranslationProject p = BuildSession.translations(TestSites.repo());
        assertEquals(List.of(), new Exporter(p).messages("nl-SR", Exporter.Only.TODO).stream()
                .filter(m -> m.path().equals("ui.yml")).toList(), "Dutch has every string, so Surinamese Dutch too");
        List<Message> all = new Exporter(p).messages("nl-SR", Exporter.Only.ALL);
        Message agenda = ui(all, "session.agenda");
        assertEquals("Programma", agenda.target(), "the Dutch text it shows");
        assertTrue(agenda.comments().contains("nl-SR shows the nl text; change it only where nl-SR should differ"));
        assertEquals("Deze pagina is aangepast voor groepen in Suriname.", ui(all, "adapted.notice").target());
        FileStatus status = uiStatus(p, "nl-SR");
        assertEquals(FileState.TRANSLATED, status.state());
        assertEquals(0, status.missing());
    }

    /** Removes {@code key: ...} lines from a ui.yml, as if the team had not translated them yet. */
    private static void remove(Path file, String... lines) throws IOException {
        String text = Files.readString(file);
        for (String line : lines) {
            int at = text.indexOf("\n" + line);
            assertTrue(at >= 0, line);
            text = text.substring(0, at + 1) + text.substring(text.indexOf('\n', at + 1) + 1);
        }
        Files.writeString(file, text);
    }

    @Test
    void arabicRoundTripFillsExactlyTheStringsTranslatedAndThePagesShowThem() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path file = site.resolve("translations/ar/ui.yml");
        remove(file, "  agenda: ", "  session_count: ");
        String before = Files.readString(file);
        TranslationProject p = BuildSession.translations(site);
        FileStatus was = uiStatus(p, "ar");
        assertEquals(FileState.PARTIAL, was.state());
        assertEquals(2, was.missing());
        assertEquals("interface", was.section());
        assertTrue(StatusReports.of(p, "ar").sections().containsKey("interface"));

        List<Message> todo = new Exporter(p).messages("ar", Exporter.Only.MISSING);
        assertEquals(List.of("ui.yml|session.agenda", "ui.yml|programme.session_count"), todo.stream()
                .filter(m -> m.path().equals("ui.yml")).map(Message::context).sorted((a, b) -> b.compareTo(a)).toList());
        String count = "{n, plural, zero {لا جلسات} one {جلسة واحدة فقط} two {جلستان فقط} few {# جلسات فقط} "
                + "many {# جلسة فقط} other {# جلسة فقط}}";
        List<Message> filled = new ArrayList<>();
        for (Message m : todo) {
            filled.add(m.context().equals("ui.yml|session.agenda") ? m.translated("برنامج الجلسة")
                    : m.context().equals("ui.yml|programme.session_count") ? m.translated(count) : m);
        }
        Path po = tmp.resolve("ar.po");
        Files.writeString(po, PoFile.write("ar", filled));
        GettextTools.msgfmtCheck(po);
        List<Importer.Result> results = new Importer(p).importFiles(List.of(po), new Problems());
        assertEquals(2, results.get(0).applied());
        assertEquals(1, results.get(0).files());

        // Exactly two new lines, each at the end of its group; everything else as it was.
        String after = Files.readString(file);
        List<String> added = new ArrayList<>(List.of(after.split("\n", -1)));
        for (String line : before.split("\n", -1)) {
            assertTrue(added.remove(line), "kept: " + line);
        }
        assertEquals(List.of("  session_count: \"" + count + "\"", "  agenda: برنامج الجلسة"), added);
        assertTrue(after.indexOf("  session_count:") > after.indexOf("\nprogramme:")
                && after.indexOf("  session_count:") < after.indexOf("\nsession:"), "under programme:");
        Map<String, String> strings = uiStrings(file);
        assertEquals(count, strings.get("programme.session_count"));
        assertEquals("برنامج الجلسة", strings.get("session.agenda"));
        assertTrue(Files.isRegularFile(site.resolve("translations/ar/.kring/ui.yml.yml")), "the record");

        TranslationProject now = BuildSession.translations(site);
        FileStatus status = uiStatus(now, "ar");
        assertEquals(FileState.TRANSLATED, status.state());
        assertEquals(status.segments(), status.translated());
        assertEquals(List.of(), new Exporter(now).messages("ar", Exporter.Only.TODO).stream()
                .filter(m -> m.path().equals("ui.yml")).toList());

        Path out = tmp.resolve("out");
        TestSites.build(site, out);
        Document session = Jsoup.parse(out.resolve("ar/programmes/pregnancy/01-welcome/index.html").toFile());
        assertEquals("برنامج الجلسة", session.getElementById("agenda").text());
        Document programmes = Jsoup.parse(out.resolve("ar/programmes/index.html").toFile());
        assertTrue(programmes.select(".meta").text().contains("جلسات فقط") || programmes.select(".meta").text()
                .contains("جلسة فقط"), programmes.select(".meta").text());
        Document statusPage = Jsoup.parse(out.resolve("ar/translation/index.html").toFile());
        assertNotNull(statusPage.select("table.status tbody th").stream().filter(th -> th.text().equals("الواجهة (القوائم والأزرار والتسميات)"))
                .findFirst().orElse(null), "the status page has the interface row");
    }

    @Test
    void aChangedStringIsEditedInPlaceAndNothingElseMoves() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path file = site.resolve("translations/ar/ui.yml");
        String before = Files.readString(file);
        TranslationProject p = BuildSession.translations(site);
        List<Message> all = new Exporter(p).messages("ar", Exporter.Only.ALL);
        String minutes = "{n, plural, zero {لا دقائق} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} "
                + "other {# دقيقة}}";
        List<Message> back = new ArrayList<>();
        for (Message m : all) {
            back.add(m.context().equals("ui.yml|minutes") ? m.translated(minutes) : m);
        }
        Path po = tmp.resolve("ar.po");
        Files.writeString(po, PoFile.write("ar", back));
        new Importer(p).importFiles(List.of(po), new Problems());
        String after = Files.readString(file);
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertEquals(a.length, b.length);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed.add(i + 1);
            }
        }
        int line = java.util.Arrays.asList(a).indexOf(java.util.Arrays.stream(a).filter(l -> l.startsWith("minutes: "))
                .findFirst().orElseThrow()) + 1;
        assertEquals(List.of(line), changed, "only the line of 'minutes'");
        assertEquals("minutes: \"" + minutes + "\"", b[line - 1]);
    }

    @Test
    void aBadPluralIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Map<String, String> before = TestSites.tree(site.resolve("translations"));
        TranslationProject p = BuildSession.translations(site);
        List<Message> all = new Exporter(p).messages("ar", Exporter.Only.ALL);
        List<Message> back = new ArrayList<>();
        for (Message m : all) {
            if (m.context().equals("ui.yml|minutes")) {
                back.add(m.translated("{n, plural, one {دقيقة واحدة} few {# دقائق}}"));
            } else if (m.context().equals("ui.yml|session.agenda")) {
                back.add(m.translated("جدول جديد"));
            } else if (m.context().equals("ui.yml|session.number")) {
                back.add(m.translated("الجلسة {رقم}"));
            } else if (!m.path().equals("ui.yml") && m.target().isEmpty()) {
                back.add(m.translated("عربي " + m.source()));
            } else {
                back.add(m);
            }
        }
        Path po = tmp.resolve("ar.po");
        Files.writeString(po, PoFile.write("ar", back));
        ContentException e = assertThrows(ContentException.class, () -> new Importer(p).importFiles(List.of(po),
                new Problems()));
        List<String> lines = Files.readAllLines(po);
        Problem plural = e.problems().stream().filter(x -> x.message().contains("'minutes'")).findFirst().orElseThrow();
        assertEquals(po.toString(), plural.file());
        assertEquals("'minutes': a plural needs 'other'; Arabic (ar) uses zero, one, two, few, many, other",
                plural.message());
        assertTrue(lines.get(plural.line() - 1).startsWith("msgstr \"{n, plural, one"), lines.get(plural.line() - 1));
        assertTrue(lines.get(plural.line() - 2).equals("msgid \"{n, plural, one {# minute} other {# minutes}}\""));
        assertEquals(po + ":" + plural.line() + ": error: " + plural.message(), plural.toString(), "one line");
        Problem placeholder = e.problems().stream().filter(x -> x.message().contains("'session.number'")).findFirst()
                .orElseThrow();
        assertEquals("'session.number': unknown placeholder {رقم}; the English has {n}", placeholder.message());
        assertEquals(before, TestSites.tree(site.resolve("translations")), "nothing written, content included");
    }

    @Test
    void anEnglishChangeMakesTheStringOutdatedUntilItIsTranslatedAgain() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TranslationProject p = BuildSession.translations(site);
        assertEquals(List.of("ui.yml"), new Recorder(p).accept("ar", List.of("ui.yml")));
        assertTrue(Files.isRegularFile(site.resolve("translations/ar/.kring/ui.yml.yml")));
        // The site's own English (translations/en/ui.yml) changes one string.
        Files.createDirectories(site.resolve("translations/en"));
        Files.writeString(site.resolve("translations/en/ui.yml"), "session:\n  agenda: Plan of the session\n");
        TranslationProject changed = BuildSession.translations(site);
        FileStatus status = uiStatus(changed, "ar");
        assertEquals(FileState.OUTDATED, status.state());
        assertEquals(1, status.outdated());
        assertEquals("Agenda", status.changes().get(0).before());
        assertEquals("Plan of the session", status.changes().get(0).after());
        String text = StatusReports.of(changed, "ar").text(true);
        assertTrue(text.contains("outdated: translations/ar/ui.yml: 1 of "), text);
        assertTrue(text.contains("      ui.yml|session.agenda\n      - Agenda\n      + Plan of the session\n"), text);

        List<Message> outdated = new Exporter(changed).messages("ar", Exporter.Only.OUTDATED).stream()
                .filter(m -> m.path().equals("ui.yml")).toList();
        assertEquals(1, outdated.size());
        Message m = outdated.get(0);
        assertTrue(m.needsReview());
        assertEquals("Agenda", m.previous());
        assertEquals("Plan of the session", m.source());
        String po = PoFile.write("ar", outdated);
        assertTrue(po.contains("#, fuzzy\n#| msgid \"Agenda\"\nmsgctxt \"ui.yml|session.agenda\"\nmsgid \"Plan of the session\"\n"), po);

        // Still fuzzy: not taken in. Confirmed: taken in, and up to date again.
        Path file = tmp.resolve("ar.po");
        Files.writeString(file, po);
        assertEquals(0, new Importer(changed).importFiles(List.of(file), new Problems()).get(0).applied());
        Files.writeString(file, PoFile.write("ar", List.of(m.translated("خطة الجلسة"))));
        assertEquals(1, new Importer(changed).importFiles(List.of(file), new Problems()).get(0).applied());
        FileStatus now = uiStatus(BuildSession.translations(site), "ar");
        assertEquals(FileState.TRANSLATED, now.state());
        assertEquals("خطة الجلسة", uiStrings(site.resolve("translations/ar/ui.yml")).get("session.agenda"));
    }

    @Test
    void aLanguageWithoutUiYmlGetsOneOnImport() throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Files.delete(site.resolve("translations/sq/ui.yml"));
        TranslationProject p = BuildSession.translations(site);
        FileStatus missing = uiStatus(p, "sq");
        assertEquals(FileState.MISSING, missing.state());
        assertEquals(missing.segments(), missing.missing());
        List<Message> todo = new Exporter(p).messages("sq", Exporter.Only.TODO).stream()
                .filter(m -> m.path().equals("ui.yml")).toList();
        assertEquals(missing.segments(), todo.size());
        Path po = tmp.resolve("sq.po");
        Files.writeString(po, PoFile.write("sq", List.of(ui(todo, "session.agenda").translated("Rendi i ditës"),
                ui(todo, "minutes").translated("{n, plural, one {# minutë} other {# minuta}}"))));
        new Importer(p).importFiles(List.of(po), new Problems());
        String text = Files.readString(site.resolve("translations/sq/ui.yml"));
        assertTrue(text.startsWith("# Kring's interface strings in Shqip (sq)"), text);
        assertTrue(text.endsWith("\nminutes: \"{n, plural, one {# minutë} other {# minuta}}\"\n\nsession:\n  agenda: Rendi i ditës\n"),
                text);
        FileStatus partial = uiStatus(BuildSession.translations(site), "sq");
        assertEquals(FileState.PARTIAL, partial.state());
        assertEquals(2, partial.translated());
    }


}
