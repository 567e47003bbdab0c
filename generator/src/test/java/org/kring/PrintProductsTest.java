package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kring.i18n.Dates;
import org.kring.model.Content;
import org.kring.model.Curriculum;
import org.kring.model.LocalizedContent;
import org.kring.model.Programme;
import org.kring.model.Session;
import org.kring.model.Topic;
import org.kring.render.print.Pdftotext;
import org.kring.validate.PlaceholderCheck;

/**
 * What a practice hands out, read back from the example's PDFs in English, Arabic and Tigrinya: the handout
 * says when to call the midwife, nurse or doctor; the manual opens with a cover and the programme's
 * introduction; the booklet explains its levels and kinds of adaptation; no page but the last is left under a
 * third full; no placeholder is printed.
 */
class PrintProductsTest {
    /** Every language of the example; each prints what its translation covers (English all, Arabic and Dutch some). */
    static final List<String> LANGUAGES = List.of("en", "ar", "nl", "ti", "sq", "tw");
    static Path out;
    static Curriculum model;

    @BeforeAll
    static void build() {
        out = ExampleBuild.out();
        model = Kring.load(BuildOptions.of(TestSites.repo()), new Problems());
    }

    static Path pdf(String lang, String name) {
        return out.resolve("pdf/" + lang + "/" + name + ".pdf");
    }

    /** The letters of the whole PDF, in reading order, as pdftotext gives them. */
    static String letters(Path pdf) throws IOException {
        return Pdftotext.letters(Pdftotext.text(pdf, null));
    }

    /** The letters of one page (1-based) between its running header and its page number. */
    static String body(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); PDDocument one = new PDDocument()) {
            one.importPage(doc.getPage(page - 1));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            one.save(bytes);
            Path f = Files.createTempFile("kring-page", ".pdf");
            try {
                Files.write(f, bytes.toByteArray());
                return Pdftotext.letters(Pdftotext.text(f, new int[] {0, 60, 595, 842 - 60 - 55}));
            } finally {
                Files.delete(f);
            }
        }
    }

    /** The 1-based page the PDF's outline entry {@code title} leads to. */
    static int bookmarkedPage(Path pdf, String title) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals(title)) {
                    return doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
                }
            }
        }
        throw new AssertionError(pdf + " has no outline entry " + title);
    }

    static void assertHas(String letters, String expected, String where) {
        String e = Pdftotext.letters(expected).toLowerCase(java.util.Locale.ROOT);
        assertTrue(letters.toLowerCase(java.util.Locale.ROOT).contains(e), where + " lacks: " + expected);
    }

    /**
     * Every word of {@code expected} is in {@code letters}. Right-to-left lines come out of a PDF in runs that
     * pdftotext orders as it pleases around punctuation (a clause after a comma may come first), so a sentence
     * is looked for word by word.
     */
    static void assertHasWords(String letters, String expected, String where) {
        for (String word : expected.split("\\s+")) {
            String w = Pdftotext.letters(word);
            assertTrue(w.isEmpty() || letters.contains(w), where + " lacks '" + word + "' of: " + expected);
        }
    }

    @Test
    void theHandoutSaysWhenToCallTheMidwifeNurseOrDoctor() throws IOException {
        int handoutsWithSigns = 0;
        for (String lang : LANGUAGES) {
            LocalizedContent l = model.locale(lang);
            String label = l.ui().get("print.call_when");
            String phone = l.ui().get("print.call_number");
            for (Programme p : l.programmes()) {
                for (Session s : p.sessions()) {
                    List<String> signs = new ArrayList<>();
                    for (String id : s.topicIds()) {
                        Topic t = l.topic(id);
                        t.referWhen().stream().filter(r -> !signs.contains(r)).forEach(signs::add);
                    }
                    Path handout = pdf(lang, s.shortId() + "-participant");
                    if (!Files.exists(handout)) {
                        continue; // not translated into this language: offered in the language it is in
                    }
                    String text = letters(handout);
                    int at = text.indexOf(Pdftotext.letters(label));
                    if (signs.isEmpty()) {
                        assertTrue(at < 0, handout + ": no topic with signs, no box");
                        continue;
                    }
                    handoutsWithSigns++;
                    assertTrue(at >= 0, handout + " lacks: " + label);
                    String box = text.substring(at);
                    for (String sign : signs) {
                        assertHasWords(box, sign, handout.toString());
                    }
                    assertHas(box, phone, handout + ": a line for the number");
                    assertTrue(drawsTheLogo(handout), handout + ": the logo at its head");
                }
            }
        }
        assertTrue(handoutsWithSigns > 25, "handouts with signs: " + handoutsWithSigns);
    }

    @Test
    void theManualOpensWithACoverAndTheProgrammesIntroduction() throws IOException {
        Set<String> printed = new java.util.TreeSet<>();
        for (String lang : LANGUAGES) {
            LocalizedContent l = model.locale(lang);
            for (Programme p : l.programmes()) {
                Path manual = pdf(lang, p.id() + "-manual");
                if (!Files.exists(manual)) {
                    continue;
                }
                printed.add(lang + "/" + p.id());
                String cover = body(manual, 1);
                assertHas(cover, l.ui().get("site.title"), manual + " cover");
                assertHas(cover, p.title(), manual + " cover");
                assertHas(cover, l.ui().get("print.manual"), manual + " cover");
                assertHas(cover, l.language().name(), manual + " cover");
                LocalDate newest = newestReview(p, l);
                assertNotNull(newest, p.id() + " has review dates");
                // A line that mixes the date's digits with Arabic words comes out in runs: word by word. An
                // edition named in site.yml (the example's) is the edition, and the date says when it was reviewed.
                String dated = model.config().edition() == null ? "print.edition_of" : "reviewed";
                assertHasWords(cover, l.ui().format(dated, Map.of("date", Dates.dayMonthYear(Dates.locale(l.language()), newest))),
                        manual + " cover");
                assertTrue(drawsTheLogo(manual), manual + ": the logo is on the cover");
                assertHas(body(manual, 2), l.ui().get("print.introduction"), manual + " contents");
                int page = bookmarkedPage(manual, l.ui().get("print.introduction"));
                assertEquals(3, page, manual + ": the introduction follows the cover and the contents");
                String intro = body(manual, page);
                assertTrue(intro.startsWith(Pdftotext.letters(p.title() + l.ui().get("print.introduction"))),
                        manual + ": page 3 opens the introduction");
                for (String para : PdfTest.paragraphs(p.body().root(), null, true).subList(0, 3)) {
                    assertHasWords(intro, para, manual + " introduction");
                }
            }
        }
        assertEquals(Set.of("en/parenting", "en/pregnancy", "ar/parenting", "nl/pregnancy"), printed);
    }

    /**
     * The cover's edition is the newest review date of what the PDF prints, from the content alone: a
     * programme without any has no edition line, and a newer date on a topic a session discusses moves it.
     */
    @Test
    void theEditionIsTheNewestReviewOfWhatIsPrinted(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Map<String, String> files = TinySite.files();
        files.put("content/programmes/p/01-first.md", files.get("content/programmes/p/01-first.md")
                .replace("topics: [food]", "topics: [food]\nreviewed: 2025-03-01"));
        files.put("content/topics/food.md", files.get("content/topics/food.md")
                .replace("key_messages:", "reviewed: 2025-06-30\nkey_messages:"));
        files.put("content/programmes/q/index.md", "---\ntitle: Programme Q\ndescription: Another.\n---\n\nIntro.\n");
        files.put("content/programmes/q/01-only.md", files.get("content/programmes/p/01-first.md")
                .replace("reviewed: 2025-03-01", "").replace("topics: [food]", "topics: []")
                .replace("title: First meeting", "title: Only meeting"));
        Path site = TinySite.write(tmp.resolve("site"), files);
        TestSites.buildWithPdf(site, tmp.resolve("out"));
        String p = body(tmp.resolve("out/pdf/en/p-manual.pdf"), 1);
        assertHas(p, "Edition of June 30, 2025", "p's cover: the topic's date, the newest");
        String q = body(tmp.resolve("out/pdf/en/q-manual.pdf"), 1);
        assertFalse(q.contains("Edition"), "q has no review date and no edition line: " + q);
        assertHas(q, "English", "q's cover still names its language");
        assertFalse(drawsTheLogo(tmp.resolve("out/pdf/en/q-manual.pdf")), "no logo in site.yml, none on the cover");
    }

    /** The newest review date of the programme, its sessions and their topics: what the cover's edition says. */
    static LocalDate newestReview(Programme p, LocalizedContent l) {
        List<Content> all = new ArrayList<>(List.of(p));
        for (Session s : p.sessions()) {
            all.add(s);
            s.topicIds().forEach(id -> all.add(l.topic(id)));
        }
        return all.stream().map(c -> model.config().reviewed(c.fields().date("reviewed")))
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The example's logo is drawn in its own green (#1f4e46): it is on the first page. */
    static boolean drawsTheLogo(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Colours.of(doc.getPage(0)).contains(List.of(0x1f, 0x4e, 0x46));
        }
    }

    @Test
    void theBookletExplainsItsLevelsAndTheKindsOfAdaptation() throws IOException {
        for (String lang : LANGUAGES) {
            LocalizedContent l = model.locale(lang);
            Path booklet = pdf(lang, "recommendations");
            if (!lang.equals("en") && !Files.exists(booklet)) {
                continue; // no recommendation translated yet
            }
            assertTrue(drawsTheLogo(booklet), booklet + ": the logo is on the cover");
            String reading = body(booklet, bookmarkedPage(booklet, l.ui().get("booklet.reading")));
            assertTrue(reading.startsWith(Pdftotext.letters(l.ui().get("booklet.reading"))), booklet + ": "
                    + reading.substring(0, 40));
            for (String key : List.of("booklet.intro", "level.policy", "level.policy_text", "level.organisation_text",
                    "level.provider_text", "level.participant_text", "adaptation.surface", "adaptation.surface_text",
                    "adaptation.deep", "adaptation.deep_text")) {
                assertHasWords(reading, l.ui().get(key), booklet + " how to read it");
            }
        }
    }

    /**
     * No page before the last of any PDF is under a third full: its ink (text, boxes, rules, pictures) reaches at
     * least a third of the way down the text area. Measured on the PDF, apart from how the engine decides.
     */
    @Test
    void noPageButTheLastIsUnderAThirdFull() throws IOException {
        List<Path> pdfs;
        try (var s = Files.walk(out.resolve("pdf"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<String> shortPages = new ArrayList<>();
        int pages = 0;
        for (Path p : pdfs) {
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                pages += doc.getNumberOfPages();
                for (int i = 0; i < doc.getNumberOfPages() - 1; i++) {
                    double fill = PageInk.fill(doc.getPage(i));
                    if (fill < 1.0 / 3) {
                        shortPages.add(out.relativize(p) + " page " + (i + 1) + " of " + doc.getNumberOfPages()
                                + String.format(" is %.0f%% full", fill * 100));
                    }
                }
            }
        }
        assertTrue(pages > 700, "pages measured: " + pages);
        assertEquals(List.of(), shortPages);
    }

    @Test
    void noPlaceholderIsPrinted() throws IOException {
        for (String lang : List.of("en", "nl")) {
            try (var s = Files.list(out.resolve("pdf/" + lang))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                    String text = Pdftotext.text(p, null).replaceAll("\\s+", " ");
                    for (String placeholder : PlaceholderCheck.placeholders()) {
                        assertFalse(text.contains(placeholder), p + " prints a placeholder: " + placeholder);
                    }
                    assertFalse(text.contains("Replace this") || text.contains("Vervang deze"), p + " prints a note to replace");
                }
            }
        }
    }
}
