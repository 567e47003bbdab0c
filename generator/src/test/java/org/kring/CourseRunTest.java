package org.kring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.course.CoursePack;

/**
 * A course's printed papers opened with PDFBox: the course pack's contents and bookmarks lead to the
 * right pages, the trainee edition has no trainer notes, and a course run's certificates carry each
 * participant's name, in any script, as the participants file wrote it.
 */
class CourseRunTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path out;

    static final String CSV = """
            name,organisation
            Anna de Vries,Verloskundigenpraktijk Noord
            فاطمة الزهراء,مركز صحي الرحمة
            Akosua Ɔdɔnkɔ Mensah,Kumasi South clinic
            Arbër Çela,Qendra e Mjekësisë Familjare
            """;

    @BeforeAll
    static void build() {
        site = TinySite.write(tmp.resolve("site"), TinyCourse.files());
        out = tmp.resolve("out");
        TestSites.buildWithPdf(site, out);
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return PdfTest.norm(s.getText(doc));
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return PdfTest.bodyText(doc);
        }
    }

    @Test
    void theBuildMakesBothEditionsInTheCoursesLanguagesAndTheDownloadsPageListsThem() throws IOException {
        for (String lang : List.of("en", "nl")) {
            for (String edition : List.of("trainer", "trainee")) {
                assertTrue(Files.exists(out.resolve("pdf/" + lang + "/t-pack-" + edition + ".pdf")), lang + edition);
            }
        }
        String downloads = Files.readString(out.resolve("en/downloads/index.html"));
        assertTrue(downloads.contains("t-pack-trainee.pdf"), "the downloads page lists the course packs");
        String course = Files.readString(out.resolve("nl/courses/t/index.html"));
        assertTrue(course.contains("../../../pdf/nl/t-pack-trainer.pdf"), "the course page links its packs");
    }

    @Test
    void contentsAndBookmarksOfTheCoursePackLeadToTheRightPages() throws IOException {
        for (String lang : List.of("en", "nl")) {
            var course = Kring.load(BuildOptions.of(site), new Problems()).locale(lang).course("t");
            assertContentsMatch(out.resolve("pdf/" + lang + "/t-pack-trainer.pdf"), course, 2, true);
        }
    }

    @Test
    void theExampleCoursePacksContentsAndBookmarksMatchTheirPages() throws IOException {
        Path example = ExampleBuild.out();
        var model = Kring.load(BuildOptions.of(TestSites.repo()), new Problems());
        for (String lang : List.of("en", "nl")) {
            var course = model.locale(lang).course("pregnancy-facilitator");
            for (String edition : List.of("trainer", "trainee")) {
                // Two session guides and two topics are practised; four modules have handouts.
                assertContentsMatch(example.resolve("pdf/" + lang + "/pregnancy-facilitator-pack-" + edition + ".pdf"),
                        course, 4, true);
            }
        }
        var refresher = model.locale("en").course("parenting-refresher");
        assertContentsMatch(example.resolve("pdf/en/parenting-refresher-pack-trainer.pdf"), refresher, 2, true);
        assertFalse(Files.exists(example.resolve("pdf/nl/parenting-refresher-pack-trainer.pdf")),
                "no Dutch pack of a course given only in English");
    }

    /**
     * The contents page lists the schedule, every module, every practised guide, the handouts and the
     * evaluation form, each with the page its link leads to; every module's bookmark leads to the page that
     * starts with its title.
     */
    /**
     * A course pack in a right-to-left language: its contents page (numbers to the left of the titles) and its
     * bookmarks lead to the pages they name, as in English. The tiny course is translated into Arabic in part
     * (the course and one module), the rest is printed in English and named on the cover.
     */
    @Test
    void anArabicCoursePacksContentsAndBookmarksLeadToTheRightPages() throws IOException {
        Map<String, String> files = TinyCourse.files();
        files.put("site.yml", files.get("site.yml").replace("  - {code: nl, name: Nederlands}\n",
                "  - {code: nl, name: Nederlands}\n  - {code: ar, name: العربية, dir: rtl}\n"));
        files.put("content/courses/t/index.md", files.get("content/courses/t/index.md")
                .replace("languages: [en, nl]", "languages: [en, nl, ar]"));
        files.put("translations/ar/courses/t/index.md", files.get("translations/nl/courses/t/index.md")
                .replace("Training voor begeleiders", "تدريب الميسّرين")
                .replace("Een korte cursus voor nieuwe begeleiders.", "دورة قصيرة للميسّرين الجدد.")
                .replace("Verloskundigen die groepen gaan begeleiden.", "قابلات سيقدن مجموعات.")
                .replace("Zes punten in het register (een voorbeeld).", "ست نقاط في السجل (مثال).")
                .replace("Het model", "النموذج").replace("De eerste bijeenkomst oefenen", "التدرّب على اللقاء الأول")
                .replace("Welkom bij de training.", "مرحبًا بكم في التدريب."));
        files.put("translations/ar/courses/t/model.md", files.get("translations/nl/courses/t/model.md")
                .replace("Het model van groepszorg", "نموذج الرعاية الجماعية")
                .replace("Wat groepszorg is en waarom het werkt.", "ما الرعاية الجماعية ولماذا تنجح.")
                .replace("Noem de drie delen van groepszorg.", "اذكر الأجزاء الثلاثة للرعاية الجماعية.")
                .replace("Flap-over", "لوح ورقي").replace("De kring", "الدائرة")
                .replace("Iedereen zit in één kring.", "يجلس الجميع في دائرة واحدة.")
                .replace("Laat de cursisten zelf de stoelen verzetten. Trainersnotitie een.", "دع المتدرّبين يحرّكون الكراسي بأنفسهم.")
                .replace("Zet de stoelen neer", "رتّبوا الكراسي").replace("Zet de stoelen in een kring.", "ضعوا الكراسي في دائرة.")
                .replace("De drie delen", "الأجزاء الثلاثة")
                .replace("Gezondheidscontroles, samen leren, een groep die elkaar steunt.", "فحوص صحية، تعلّم مشترك، مجموعة تدعم نفسها."));
        Path arSite = TinySite.write(tmp.resolve("site-ar"), files);
        Path arOut = tmp.resolve("out-ar");
        TestSites.buildWithPdf(arSite, arOut);
        var course = Kring.load(BuildOptions.of(arSite), new Problems()).locale("ar").course("t");
        assertEquals("تدريب الميسّرين", course.title());
        for (String edition : List.of("trainer", "trainee")) {
            Path pack = arOut.resolve("pdf/ar/t-pack-" + edition + ".pdf");
            assertContentsMatch(pack, course, 2, true, true);
            try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
                assertEquals("ar", doc.getDocumentCatalog().getLanguage());
            }
        }
    }

    static void assertContentsMatch(Path pdf, org.kring.model.Course course, int practised, boolean handouts)
            throws IOException {
        assertContentsMatch(pdf, course, practised, handouts, false);
    }

    static void assertContentsMatch(Path pdf, org.kring.model.Course course, int practised, boolean handouts,
            boolean rtl) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, Integer> bookmarks = new LinkedHashMap<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getDestination() instanceof PDPageDestination d) {
                    bookmarks.put(item.getTitle(), d.retrievePageNumber() + 1);
                }
            }
            List<int[]> rows = PdfTest.contentsRows(doc, doc.getPage(1), rtl);
            int expected = 1 + course.modules().size() + practised + (handouts ? 1 : 0) + 1;
            assertEquals(expected, rows.size(), pdf.getFileName() + " contents rows");
            int previous = 0;
            for (int[] row : rows) {
                assertEquals(row[1], row[0], pdf.getFileName() + ": the contents say page " + row[0]
                        + " for a link to page " + row[1]);
                assertTrue(row[0] > previous, "contents in page order");
                previous = row[0];
            }
            assertEquals(expected + 1, bookmarks.size(), pdf.getFileName() + " bookmarks: " + bookmarks);
            for (var m : course.modules()) {
                Integer page = bookmarks.get(m.title());
                assertNotNull(page, m.title() + " in " + bookmarks.keySet());
                assertTrue(pageText(doc, page).contains(PdfTest.norm(m.title())), pdf.getFileName() + ": page "
                        + page + " starts module " + m.title());
                assertTrue(rows.stream().anyMatch(r -> r[0] == page), "the contents list page " + page);
            }
            // PDFBox reorders the words of a right-to-left line printed glyph by glyph; poppler keeps them.
            String cover = rtl ? org.kring.render.print.Pdftotext.letters(org.kring.render.print.Pdftotext
                    .text(pdf, null).split("\f")[0]) : pageText(doc, 1);
            assertTrue(cover.contains(rtl ? org.kring.render.print.Pdftotext.letters(course.title())
                    : PdfTest.norm(course.title())), "the cover has the title");
            assertEquals(doc.getNumberOfPages(), rows.get(rows.size() - 1)[0], "the evaluation form is the last page");
        }
    }

    @Test
    void theTraineeEditionHasNoTrainerNotes() throws IOException {
        String trainer = text(out.resolve("pdf/en/t-pack-trainer.pdf"));
        String trainee = text(out.resolve("pdf/en/t-pack-trainee.pdf"));
        for (String note : List.of("Trainer note one", "Trainer note two: give each pair a card")) {
            assertTrue(trainer.contains(note), "trainer edition has: " + note);
            assertFalse(trainee.contains(note), "trainee edition has no: " + note);
        }
        assertFalse(trainee.contains("For the trainer"), "no trainer box at all");
        for (String shared : List.of("Put the chairs in a circle.", "Everyone sits in one circle.",
                "Health checks, learning together, a group that supports itself.", "The three parts")) {
            assertTrue(trainee.contains(shared), "trainee edition has: " + shared);
        }
        String dutch = text(out.resolve("pdf/nl/t-pack-trainee.pdf"));
        assertFalse(dutch.contains("Trainersnotitie een"));
        assertTrue(text(out.resolve("pdf/nl/t-pack-trainer.pdf")).contains("Trainersnotitie een"));
    }

    @Test
    void certificatesCarryEveryNameInItsScriptWithTheCourseDatesAndHours() throws IOException {
        Path csv = tmp.resolve("cohort.csv");
        Files.writeString(csv, CSV);
        Path run = tmp.resolve("run-en");
        CoursePack.Result r = CoursePack.make(new CoursePack.Options(site, "t", "en",
                List.of(LocalDate.of(2027, 3, 4)), csv, run, "Marieke Jansen", "Utrecht"));
        assertEquals(4, r.participants());
        assertEquals(List.of("t-2027-03-04-trainer.pdf", "t-2027-03-04-trainee.pdf", "t-2027-03-04-attendance.pdf",
                "t-2027-03-04-certificates.pdf"), r.files().stream().map(w -> w.file().getFileName().toString())
                .toList());
        List<String> names = List.of("Anna de Vries", "فاطمة الزهراء", "Akosua Ɔdɔnkɔ Mensah", "Arbër Çela");
        try (PDDocument doc = Loader.loadPDF(run.resolve("t-2027-03-04-certificates.pdf").toFile())) {
            assertEquals(names.size(), doc.getNumberOfPages(), "a certificate per participant");
            assertEquals("Facilitator training (certificates)", doc.getDocumentInformation().getTitle());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged");
            for (int i = 0; i < names.size(); i++) {
                String page = pageText(doc, i + 1);
                assertTrue(page.contains(PdfTest.norm(names.get(i))), "certificate " + (i + 1) + " names "
                        + names.get(i) + ": " + page);
                assertTrue(page.contains("Facilitator training"), page);
                assertTrue(page.contains("March 4 – 5, 2027"), "the run's dates: " + page);
                assertTrue(page.contains("3 hours 15 minutes of teaching"), "hours from the schedule: " + page);
                assertTrue(page.contains("Marieke Jansen"), page);
            }
        }
        String attendance = text(run.resolve("t-2027-03-04-attendance.pdf"));
        for (String n : names) {
            assertTrue(attendance.contains(PdfTest.norm(n)), "attendance lists " + n);
        }
        assertTrue(attendance.contains("Day 1 Day 2 Mar 4, 2027 Mar 5, 2027"),
                "a signature column per day: " + attendance);
        assertTrue(text(run.resolve("t-2027-03-04-trainer.pdf")).contains("Day 2 · Friday, March 5, 2027"),
                "the dated pack has the run's dates in its schedule");

        // The same run again: the same bytes.
        Path again = tmp.resolve("run-en-again");
        CoursePack.make(new CoursePack.Options(site, "t", "en", List.of(LocalDate.of(2027, 3, 4)), csv, again,
                "Marieke Jansen", "Utrecht"));
        for (var w : r.files()) {
            assertArrayEquals(Files.readAllBytes(w.file()), Files.readAllBytes(again.resolve(w.file().getFileName())),
                    w.file().getFileName() + " is reproducible");
        }
    }

    @Test
    void aDutchRunHasDutchDatesAndWithoutParticipantsBlankRows() throws IOException {
        Path run = tmp.resolve("run-nl");
        CoursePack.make(new CoursePack.Options(site, "t", "nl", List.of(LocalDate.of(2027, 3, 4),
                LocalDate.of(2027, 3, 11)), null, run, null, null));
        String attendance = text(run.resolve("t-2027-03-04-attendance.pdf"));
        assertTrue(attendance.contains("4 mrt 2027 11 mrt 2027"), attendance);
        // The tiny site has no Dutch interface strings: "Day 2" is English, the date is Dutch.
        String pack = text(run.resolve("t-2027-03-04-trainer.pdf"));
        assertTrue(pack.contains("Day 2 · donderdag 11 maart 2027"), pack);
        try (PDDocument doc = Loader.loadPDF(run.resolve("t-2027-03-04-certificates.pdf").toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "one blank certificate to fill in by hand");
        }
        assertTrue(text(run.resolve("t-2027-03-04-trainee.pdf")).contains("Training voor begeleiders"));
    }

    /**
     * The Dutch course pack is partly translated (the course and one module; the other module and the practised
     * session are English only): it is made, in Dutch, and its cover names what is printed in English.
     */
    @Test
    void aPartlyTranslatedCoursePackNamesItsEnglishPartsOnItsCover() throws IOException {
        for (String edition : List.of("trainer", "trainee")) {
            try (PDDocument doc = Loader.loadPDF(out.resolve("pdf/nl/t-pack-" + edition + ".pdf").toFile())) {
                assertEquals("nl", doc.getDocumentCatalog().getLanguage());
                String cover = pageText(doc, 1);
                assertTrue(cover.contains("Not yet translated into Nederlands, so printed in English: "
                        + "Asking open questions First meeting"), cover);
                assertFalse(cover.contains("Het model van groepszorg"), "a translated module is not listed: " + cover);
            }
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve("pdf/en/t-pack-trainer.pdf").toFile())) {
            assertFalse(pageText(doc, 1).contains("Not yet translated"), "the English pack is whole");
        }
        org.jsoup.nodes.Element packs = org.jsoup.Jsoup.parse(out.resolve("nl/courses/t/index.html").toFile())
                .selectFirst(".downloads-box");
        assertTrue(packs.text().contains("(PDF, ") && packs.text().contains("· partly translated"), packs.text());
    }

    /**
     * A course given in Dutch whose translation does not cover its pack (no translated course file; or no
     * translated module or practised guide) has no Dutch pack: the Dutch course page offers the English one,
     * labelled as English, and a Dutch course run is refused before anything is written.
     */
    @Test
    void aCourseNotYetTranslatedHasNoPackInThatLanguageAndARunInItIsRefused(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Map<String, String> untranslated = new LinkedHashMap<>(TinyCourse.files());
        untranslated.keySet().removeIf(k -> k.startsWith("translations/nl/courses/"));
        Map<String, String> noParts = new LinkedHashMap<>(TinyCourse.files());
        noParts.remove("translations/nl/courses/t/model.md");
        noParts.remove("translations/nl/topics/food.md");
        Map<String, String> reasons = Map.of(
                "untranslated", "course 't' is not translated into nl yet (translations/nl/courses/t/index.md is"
                        + " missing): its papers would be in en; make them with --lang en, or translate the course first",
                "noParts", "course 't' is not translated into nl yet (none of its modules or practised guides is): its"
                        + " papers would be in en; make them with --lang en, or translate the course first");
        for (var variant : Map.of("untranslated", untranslated, "noParts", noParts).entrySet()) {
            Path s = TinySite.write(dir.resolve(variant.getKey()), variant.getValue());
            Path o = dir.resolve(variant.getKey() + "-out");
            TestSites.buildWithPdf(s, o);
            assertFalse(Files.exists(o.resolve("pdf/nl/t-pack-trainer.pdf")), variant.getKey());
            assertTrue(Files.exists(o.resolve("pdf/en/t-pack-trainer.pdf")), variant.getKey());
            org.jsoup.nodes.Element packs = org.jsoup.Jsoup.parse(o.resolve("nl/courses/t/index.html").toFile())
                    .selectFirst(".downloads-box");
            assertEquals(List.of("../../../pdf/en/t-pack-trainee.pdf", "../../../pdf/en/t-pack-trainer.pdf"),
                    packs.select("a").eachAttr("href"), variant.getKey());
            assertEquals("English", packs.selectFirst("span[lang=en]").text());
            assertTrue(packs.text().contains("· English (not yet in Nederlands)"), packs.text());

            Map<String, String> before = TestSites.tree(s);
            Path run = dir.resolve(variant.getKey() + "-run");
            var refused = assertThrows(IllegalArgumentException.class, () -> CoursePack.make(new CoursePack.Options(s,
                    "t", "nl", List.of(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5)), null, run, null, null)));
            assertEquals(reasons.get(variant.getKey()), refused.getMessage());
            var cli = org.kring.cli.CliRun.of("course", "pack", "t", "--site", s.toString(), "--lang", "nl", "--date",
                    "2027-03-04", "--date", "2027-03-05", "--out", run.toString());
            assertEquals(2, cli.code(), cli.summary());
            assertTrue(cli.err().contains(reasons.get(variant.getKey())), cli.err());
            assertFalse(Files.exists(run), "nothing written");
            assertEquals(before, TestSites.tree(s), "the site is as it was");
            // In English the same course runs.
            CoursePack.make(new CoursePack.Options(s, "t", "en", List.of(LocalDate.of(2027, 3, 4),
                    LocalDate.of(2027, 3, 5)), null, run, null, null));
            assertTrue(Files.exists(run.resolve("t-2027-03-04-trainer.pdf")));
        }
    }

    @Test
    void aBadParticipantsFileWritesNothing() throws IOException {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "name,organisation\nAnna,Noord\n,Zuid\nBram\n");
        Path run = tmp.resolve("run-bad");
        ContentException e = assertThrows(ContentException.class, () -> CoursePack.make(new CoursePack.Options(site,
                "t", "en", List.of(LocalDate.of(2027, 3, 4)), csv, run, null, null)));
        List<String> errors = e.problems().stream().map(Problem::toString).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).endsWith("bad.csv:3: error: the name is empty; fill it in or delete the row"),
                errors.toString());
        assertTrue(errors.get(1).contains("bad.csv:4: error: this row has 1 field"), errors.toString());
        assertFalse(Files.exists(run), "nothing written");
    }

    @Test
    void aNameNoFontCanPrintIsAnErrorAtItsLine() throws IOException {
        Path csv = tmp.resolve("emoji.csv");
        Files.writeString(csv, "name\nAnna\nBram \uD83C\uDF4E\n");
        ContentException e = assertThrows(ContentException.class, () -> CoursePack.make(new CoursePack.Options(site,
                "t", "en", List.of(LocalDate.of(2027, 3, 4)), csv, tmp.resolve("run-emoji"), null, null)));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).toString().contains("emoji.csv:3: error: 'Bram \uD83C\uDF4E' has the character"),
                e.problems().toString());
    }

    @Test
    void unknownCoursesLanguagesAndDateCountsAreUsageErrors() {
        var bad = assertThrows(IllegalArgumentException.class, () -> CoursePack.make(new CoursePack.Options(site,
                "tt", "en", List.of(LocalDate.of(2027, 3, 4)), null, tmp.resolve("x"), null, null)));
        assertEquals("no course 'tt' (did you mean 't'?); the courses are: t", bad.getMessage());
        var dates = assertThrows(IllegalArgumentException.class, () -> CoursePack.make(new CoursePack.Options(site,
                "t", "en", List.of(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 6)),
                null, tmp.resolve("x"), null, null)));
        assertTrue(dates.getMessage().startsWith("the course has 2 days but 3 dates were given"), dates.getMessage());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
