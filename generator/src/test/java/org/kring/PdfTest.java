package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.markdown.ContainerBlock;
import org.kring.markdown.ContainerKind;
import org.kring.model.Curriculum;
import org.kring.model.Session;

/** The example's PDFs opened with PDFBox: what a practice prints is what the guide says, in every script. */
class PdfTest {
    static Path out;
    static Curriculum model;

    @BeforeAll
    static void build() {
        out = ExampleBuild.out();
        model = Kring.load(BuildOptions.of(TestSites.repo()), new Problems());
    }

    static PDDocument open(String path) throws IOException {
        return Loader.loadPDF(out.resolve(path).toFile());
    }

    /** The text between the running header and footer of every page, whitespace and Arabic forms normalised. */
    static String bodyText(PDDocument doc) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            // Reading order as printed: the tagged links are drawn after their paragraph in the content stream.
            stripper.setSortByPosition(true);
            stripper.addRegion("body", new Rectangle2D.Float(0, 60, box.getWidth(), box.getHeight() - 60 - 55));
            stripper.extractRegions(page);
            sb.append(stripper.getTextForRegion("body")).append(' ');
        }
        return norm(sb.toString());
    }

    static String norm(String s) {
        // NFKC turns Arabic presentation forms back into letters; a medial-form mark comes back with a
        // tatweel (U+0640) that the source never had.
        // The lam-alef ligature also moves a vowel mark on the lam after the alef, so Arabic vowel marks are
        // compared apart from the letters: first the letters, in order, then the marks, as a multiset.
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace("\u0640", "")
                .replaceAll("[\\s\\u200f\\u200e]+", " ").strip();
        return n.replaceAll("[\\u064B-\\u065F\\u0670]", "");
    }

    /** The paragraphs of a body outside facilitator blocks (kind == null) or inside blocks of one kind. */
    static List<String> paragraphs(Node root, ContainerKind only, boolean includeHeadings) {
        List<String> out = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            ContainerKind inside;

            @Override
            public void visit(CustomBlock block) {
                ContainerKind before = inside;
                if (block instanceof ContainerBlock c && inside == null) {
                    inside = c.kind();
                }
                visitChildren(block);
                inside = before;
            }

            @Override
            public void visit(Paragraph p) {
                if (only == null || only == inside) {
                    out.add(norm(plain(p)));
                }
            }

            @Override
            public void visit(Heading h) {
                if (includeHeadings && (only == null || only == inside)) {
                    out.add(norm(plain(h)));
                }
            }
        });
        return out;
    }

    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Code c) {
                sb.append(c.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Image image) {
                // A picture's alt text is in the PDF's tags, not in its text.
            }
        });
        return sb.toString();
    }

    /**
     * Everything the facilitator edition must say, in the order the source says it: the text as a reader's
     * copy or search gets it (pdftotext, between the running header and footer), letters in their order.
     * Where an extractor puts a mark is its own business; that marks sit on their letters is PdfEngineTest's.
     */
    static void assertFacilitatorEditionHasTheSourceText(String lang, String programme, int number) throws IOException {
        Session s = model.locale(lang).session(programme, number);
        String path = "pdf/" + lang + "/" + s.shortId() + "-facilitator.pdf";
        String raw = org.kring.render.print.Pdftotext.text(out.resolve(path), new int[] {0, 60, 595, 842 - 60 - 55});
        assertTrue(raw.codePoints().noneMatch(org.kring.render.print.Pdftotext::presentationForm),
                path + ": text extracts as logical Unicode, without presentation forms");
        String text = org.kring.render.print.Pdftotext.letters(raw);
        List<String> expected = new ArrayList<>();
        expected.add(s.title());
        expected.add(s.description());
        expected.addAll(s.objectives());
        expected.addAll(s.materials());
        expected.addAll(s.selfChecks());
        s.agenda().forEach(a -> expected.add(a.activity()));
        expected.addAll(paragraphs(s.body().root(), null, true));
        int checked = 0;
        int from = 0;
        for (String e : expected) {
            String n = org.kring.render.print.Pdftotext.letters(e);
            if (n.isEmpty()) {
                continue;
            }
            int at = text.indexOf(n);
            if (at < 0) {
                String start = n.substring(0, Math.min(12, n.length()));
                int near = text.indexOf(start);
                org.junit.jupiter.api.Assertions.fail(path + " lacks:\n  " + e + "\nfound:\n  " + (near < 0
                        ? "(start not found)" : text.substring(near, Math.min(text.length(), near + n.length() + 40))));
            }
            checked++;
        }
        assertTrue(checked > 25, path + ": checked " + checked);
    }

    /** Every Arabic PDF, every page: text a screen reader and a search can use. */
    @Test
    void everyArabicPdfExtractsAsLogicalUnicode() throws IOException {
        try (var files = Files.list(out.resolve("pdf/ar"))) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                String raw = org.kring.render.print.Pdftotext.text(pdf, null);
                assertTrue(raw.codePoints().noneMatch(org.kring.render.print.Pdftotext::presentationForm),
                        pdf.getFileName() + " has Arabic presentation forms");
                assertTrue(raw.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                        pdf.getFileName() + " has Arabic text");
            }
        }
    }

    @Test
    void arabicSessionExtractsBackToItsLogicalText() throws IOException {
        assertFacilitatorEditionHasTheSourceText("ar", "parenting", 1);
    }

    @Test
    void twiSessionExtractsBackToItsText() throws IOException {
        assertFacilitatorEditionHasTheSourceText("tw", "pregnancy", 1);
    }

    @Test
    void tigrinyaSessionExtractsBackToItsText() throws IOException {
        assertFacilitatorEditionHasTheSourceText("ti", "parenting", 1);
    }

    @Test
    void dutchSessionExtractsBackToItsText() throws IOException {
        assertFacilitatorEditionHasTheSourceText("nl", "pregnancy", 3);
    }

    @Test
    void everyPdfHasPagesEmbeddedFontsTagsAndMetadata() throws IOException {
        List<Path> pdfs;
        try (var s = Files.walk(out.resolve("pdf"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        // A language prints what its translation covers (PrintCoverage). en: 19 sessions x 2, 2 manuals, the
        // booklet, 2 course packs x 2 editions. nl: the pregnancy programme (10 x 2 and its manual) and the
        // course pack given in Dutch (2). nl-SR: the same programme, read from nl (21; the course is not given
        // in nl-SR). ar: parenting sessions 1-3 (6) and the parenting manual, partly translated (1). ti, tw, sq:
        // the one session each translated (2). No recommendation is translated: the booklet is English only.
        assertEquals(45 + 23 + 21 + 7 + 2 + 2 + 2, pdfs.size(), "the products each language's translation covers");
        for (Path p : pdfs) {
            String lang = out.resolve("pdf").relativize(p).getName(0).toString();
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                assertTrue(doc.getNumberOfPages() >= 1, p.toString());
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), p + ": font " + font.getName() + " not embedded");
                        assertTrue(font.getName().contains("Noto"), p + ": unexpected font " + font.getName());
                    }
                }
                assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), p + " is tagged");
                assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), p + " is marked");
                assertEquals(lang, doc.getDocumentCatalog().getLanguage(), p + " language");
                assertTrue(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8")
                        .matches("(?s).*<dc:language>\\s*<rdf:Bag>\\s*<rdf:li>" + lang + "</rdf:li>.*"), p + " dc:language");
                assertFalse(doc.getDocumentInformation().getTitle().isBlank(), p + " title");
                assertFalse(doc.getDocumentInformation().getSubject().isBlank(), p + " subject");
                assertEquals(null, doc.getDocumentInformation().getCreationDate(), p + ": no date, so reproducible");
                assertTrue(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8")
                        .contains("pdfuaid:part"), p + " declares PDF/UA");
            }
        }
    }

    @Test
    void participantHandoutHasTheParticipantPartsAndNoFacilitatorText() throws IOException {
        for (String lang : List.of("en", "nl")) {
            for (Session s : model.locale(lang).programme("pregnancy").sessions()) {
                try (PDDocument doc = open("pdf/" + lang + "/" + s.shortId() + "-participant.pdf")) {
                    String text = bodyText(doc);
                    for (String para : paragraphs(s.body().root(), ContainerKind.FACILITATOR, false)) {
                        assertFalse(text.contains(para), lang + " " + s.shortId() + " handout has facilitator text: " + para);
                    }
                    List<String> participant = paragraphs(s.body().root(), ContainerKind.PARTICIPANT, false);
                    assertFalse(participant.isEmpty(), s.shortId() + " has participant parts");
                    for (String para : participant) {
                        assertTrue(text.contains(para), lang + " " + s.shortId() + " handout lacks: " + para);
                    }
                    assertFalse(text.contains(norm(s.materials().get(0))), "no materials list in the handout");
                }
            }
        }
    }

    /** Arabic handouts read through pdftotext (PDFBox reorders right-to-left words): letters in order. */
    @Test
    void arabicHandoutsHaveTheParticipantPartsAndNoFacilitatorText() throws IOException {
        int checked = 0;
        for (Session s : model.locale("ar").programme("parenting").sessions()) {
            if (s.origin().fallback()) {
                continue;
            }
            String text = org.kring.render.print.Pdftotext.letters(org.kring.render.print.Pdftotext.text(
                    out.resolve("pdf/ar/" + s.shortId() + "-participant.pdf"), null));
            for (String para : paragraphs(s.body().root(), ContainerKind.PARTICIPANT, false)) {
                assertTrue(text.contains(org.kring.render.print.Pdftotext.letters(para)), s.shortId() + " lacks: " + para);
                checked++;
            }
            for (String para : paragraphs(s.body().root(), ContainerKind.FACILITATOR, false)) {
                assertFalse(text.contains(org.kring.render.print.Pdftotext.letters(para)), s.shortId() + " has: " + para);
            }
        }
        assertTrue(checked >= 3, "checked " + checked);
    }

    @Test
    void manualContentsAndBookmarksPointAtTheRealPages() throws IOException {
        for (String path : List.of("pdf/en/pregnancy-manual.pdf", "pdf/ar/parenting-manual.pdf")) {
            try (PDDocument doc = open(path)) {
                String lang = path.substring(4, 6);
                var programme = model.locale(lang).programme(path.contains("pregnancy") ? "pregnancy" : "parenting");
                // Bookmarks: one per session, each leading to the page that starts with that session's title.
                Map<String, Integer> bookmarkPages = new LinkedHashMap<>();
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    if (item.getDestination() instanceof PDPageDestination d) {
                        bookmarkPages.put(item.getTitle(), d.retrievePageNumber() + 1);
                    }
                }
                assertEquals(programme.sessions().size() + 2, bookmarkPages.size(), "contents + introduction + sessions: "
                        + bookmarkPages);
                // Contents: each title in the contents is a link to its page; the number printed in its row
                // must be that page.
                java.util.Set<Integer> printed = new java.util.TreeSet<>();
                for (int[] row : contentsRows(doc, doc.getPage(1), lang.equals("ar"))) {
                    assertEquals(row[1], row[0], path + ": the contents say page " + row[0] + " for a link to page "
                            + row[1]);
                    printed.add(row[0]);
                }
                for (Session s : programme.sessions()) {
                    Integer page = bookmarkPages.get(s.number() + ". " + s.title());
                    assertNotNull(page, "bookmark for " + s.title() + " in " + bookmarkPages.keySet());
                    PDFTextStripper one = new PDFTextStripper();
                    one.setSortByPosition(true);
                    one.setStartPage(page);
                    one.setEndPage(page);
                    assertTrue(norm(one.getText(doc)).contains(norm(s.title())), path + ": page " + page
                            + " starts session " + s.number());
                    assertTrue(printed.contains(page), path + ": contents list page " + page + " for session "
                            + s.number() + "; they list " + printed);
                }
                assertEquals(programme.sessions().size() + 1, printed.size(), "one page number per session and the "
                        + "introduction");
                PDOutlineItem first = null;
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    if (item.getTitle().startsWith("1. ")) {
                        first = item;
                    }
                }
                assertNotNull(first);
                assertTrue(first.hasChildren(), "headings under the session bookmark");
            }
        }
    }

    /**
     * The rows of a contents page: for each title that links to a page, the page number printed in its row
     * (beyond the end of the title: to its right, or to its left in a right-to-left language) and the page
     * the link leads to, both counted from 1.
     */
    static List<int[]> contentsRows(PDDocument doc, PDPage tocPage, boolean rtl) throws IOException {
        List<int[]> rows = new ArrayList<>();
        for (PDAnnotation a : tocPage.getAnnotations()) {
            PDPageDestination dest = a instanceof PDAnnotationLink link ? destination(doc, link) : null;
            if (dest == null) {
                continue;
            }
            PDAnnotationLink link = (PDAnnotationLink) a;
            PDRectangle r = link.getRectangle();
            float height = tocPage.getMediaBox().getHeight();
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            float x0 = rtl ? 0 : r.getUpperRightX() + 1;
            float x1 = rtl ? r.getLowerLeftX() - 1 : tocPage.getMediaBox().getWidth();
            area.addRegion("n", new Rectangle2D.Float(x0, height - r.getUpperRightY() - 1, x1 - x0, r.getHeight() + 2));
            area.extractRegions(tocPage);
            String number = area.getTextForRegion("n").strip();
            if (number.matches("\\d+")) {
                rows.add(new int[] {Integer.parseInt(number), dest.retrievePageNumber() + 1});
            }
        }
        return rows;
    }

    /** Where a link leads: its destination, named (as Chromium writes them) or explicit, or its GoTo action's. */
    static PDPageDestination destination(PDDocument doc, PDAnnotationLink link) throws IOException {
        Object d = link.getDestination();
        if (d == null && link.getAction() instanceof PDActionGoTo goTo) {
            d = goTo.getDestination();
        }
        if (d instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named) {
            return doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        return d instanceof PDPageDestination p ? p : null;
    }

    /**
     * No PDF pretends to be in a language it is not in: a session's editions exist in a language exactly when
     * the session is translated into it (a regional variant reads its parent's translation); a manual when its
     * programme and a session are; the booklet only where a recommendation is.
     */
    @Test
    void aSessionHasPdfsOnlyInTheLanguagesItIsTranslatedInto() {
        int absent = 0;
        for (var l : model.locales()) {
            for (var p : l.programmes()) {
                for (Session s : p.sessions()) {
                    for (String edition : List.of("facilitator", "participant")) {
                        String path = "pdf/" + l.code() + "/" + s.shortId() + "-" + edition + ".pdf";
                        assertEquals(!s.origin().fallback(), Files.exists(out.resolve(path)), path + " (the session is "
                                + (s.origin().fallback() ? "shown in " + s.origin().textLanguage() : "translated") + ")");
                        absent += s.origin().fallback() ? 1 : 0;
                    }
                }
                boolean manual = Files.exists(out.resolve("pdf/" + l.code() + "/" + p.id() + "-manual.pdf"));
                assertEquals(java.util.Set.of("en/pregnancy", "en/parenting", "nl/pregnancy", "nl-SR/pregnancy",
                        "ar/parenting").contains(l.code() + "/" + p.id()), manual, l.code() + " " + p.id() + " manual");
            }
            assertEquals(l.code().equals("en"), Files.exists(out.resolve("pdf/" + l.code() + "/recommendations.pdf")),
                    l.code() + " booklet");
        }
        assertEquals(2 * (19 * 4 - 3 - 1 - 1 - 1) + 2 * 9 * 2, absent, "untranslated sessions in ar, ti, tw, sq (one programme"
                + " each has its sessions 1-3 or 1); parenting in nl and nl-SR");
    }

    /**
     * The Arabic manual has three sessions in Arabic and six not yet translated: made, in Arabic, with the six
     * named on its cover and printed in English, each with the notice, and tagged English inside.
     */
    @Test
    void aPartlyTranslatedManualNamesItsEnglishSessionsOnItsCoverAndTagsThemEnglish() throws IOException {
        var ar = model.locale("ar");
        List<Session> english = ar.programme("parenting").sessions().stream().filter(s -> s.origin().fallback()).toList();
        assertEquals(6, english.size());
        Path pdf = out.resolve("pdf/ar/parenting-manual.pdf");
        String[] pages = org.kring.render.print.Pdftotext.text(pdf, null).split("\f");
        String cover = org.kring.render.print.Pdftotext.letters(pages[0]);
        assertTrue(cover.contains(org.kring.render.print.Pdftotext.letters(ar.ui().format("print.not_yet_translated",
                Map.of("language", "العربية", "source", "English")))), "the cover says what is not translated: " + pages[0]);
        for (Session s : ar.programme("parenting").sessions()) {
            assertEquals(s.origin().fallback(), cover.contains(org.kring.render.print.Pdftotext.letters(s.title())),
                    "the cover names session " + s.number() + " exactly when it is in English");
        }
        String all = org.kring.render.print.Pdftotext.letters(String.join(" ", pages));
        // Its first sentence, in Arabic only: poppler orders a line with English in it by the page's direction.
        String notice = org.kring.render.print.Pdftotext.letters(ar.ui().format("fallback.notice",
                Map.of("language", "العربية", "source", "English")).split("\\.")[0]);
        assertEquals(english.size(), all.split(java.util.regex.Pattern.quote(notice), -1).length - 1,
                "each English session has the notice in Arabic");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("ar", doc.getDocumentCatalog().getLanguage());
            Map<String, Integer> tagged = new java.util.TreeMap<>();
            countLanguages(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), tagged);
            // Every English session: its title, description, objectives, materials, self-checks, agenda
            // activities and plan are structure elements with /Lang en.
            assertTrue(tagged.getOrDefault("en H1", 0) >= english.size(), tagged.toString());
            assertTrue(tagged.getOrDefault("en L", 0) >= 3 * english.size(), tagged.toString());
            assertTrue(tagged.getOrDefault("en TD", 0) >= english.stream().mapToInt(s -> s.agenda().size()).sum(),
                    tagged.toString());
            assertEquals(null, tagged.get("ar H1"), "nothing in the tree says Arabic again: it inherits the document's");
        }
        org.jsoup.nodes.Element link = org.jsoup.Jsoup.parse(out.resolve("ar/programmes/parenting/index.html").toFile())
                .selectFirst(".downloads-box");
        assertEquals("../../../pdf/ar/parenting-manual.pdf", link.selectFirst("a").attr("href"));
        assertTrue(link.text().endsWith("· " + ar.ui().get("downloads.partly_translated")), link.text());
    }

    private static void countLanguages(List<Object> kids, Map<String, Integer> counts) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getLanguage() != null) {
                    counts.merge(e.getLanguage() + " " + e.getStructureType(), 1, Integer::sum);
                }
                countLanguages(e.getKids(), counts);
            }
        }
    }

    @Test
    void sessionPagesAndTheDownloadsPageLinkThePdfs() throws IOException {
        String session = Files.readString(out.resolve("nl/programmes/pregnancy/03-body-changes/index.html"));
        assertTrue(session.contains("pdf/nl/pregnancy-03-facilitator.pdf"), "facilitator link");
        assertTrue(session.contains("pdf/nl/pregnancy-03-participant.pdf"), "handout link");
        String downloads = Files.readString(out.resolve("ar/downloads/index.html"));
        int links = downloads.split("\\.pdf\"", -1).length - 1;
        // Every product once: the seven Arabic PDFs (parenting 1-3 in two editions, the parenting manual) and,
        // for the rest, the English edition (16 sessions x 2, the pregnancy manual, the booklet).
        assertEquals(19 * 2 + 2 + 1, links, "every product on the Arabic downloads page");
        assertEquals(7, downloads.split("pdf/ar/", -1).length - 1, "the Arabic PDFs");
        assertEquals(16 * 2 + 1 + 1, downloads.split("pdf/en/", -1).length - 1, "the English editions offered");
    }

    /**
     * Tigrinya has session 1 of the parenting programme: the downloads page links it from pdf/ti/ and, for
     * every other session, the English edition, labelled in Tigrinya as English, not yet in ትግርኛ, with lang="en"
     * on the English title and language name.
     */
    @Test
    void theTigrinyaDownloadsPageOffersTheEnglishEditionOfAnUntranslatedSessionLabelledAsEnglish() throws IOException {
        var ti = model.locale("ti");
        Session two = ti.session("parenting", 2);
        assertTrue(two.origin().fallback());
        String notYet = ti.ui().format("downloads.not_yet_in", Map.of("language", "ትግርኛ"));
        assertEquals("ገና ናብ ትግርኛ ኣይተተርጎመን", notYet);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve("ti/downloads/index.html").toFile());
        for (String edition : List.of("facilitator", "participant")) {
            org.jsoup.nodes.Element link = page.selectFirst("a[href=../../pdf/en/parenting-02-" + edition + ".pdf]");
            assertNotNull(link, edition + " edition of session 2 offered in English");
            assertTrue(Files.exists(out.resolve("pdf/en/parenting-02-" + edition + ".pdf")));
            assertEquals("en", link.attr("hreflang"));
            assertEquals(ti.ui().get("downloads." + edition), link.text(), "the edition named in Tigrinya");
            org.jsoup.nodes.Element row = link.closest("tr");
            assertEquals(two.title(), row.selectFirst("th span[lang=en]").text(), "the English title, marked English");
            org.jsoup.nodes.Element language = row.select("td").get(1);
            assertEquals("English", language.selectFirst("span[lang=en]").text());
            assertEquals("English (" + notYet + ")", language.text());
        }
        assertEquals(0, page.select("a[href*=pdf/ti/parenting-02]").size());
        org.jsoup.nodes.Element own = page.selectFirst("a[href=../../pdf/ti/parenting-01-facilitator.pdf]");
        assertNotNull(own, "the Tigrinya session's own PDF");
        assertEquals("", own.attr("hreflang"));
        assertEquals("ትግርኛ", own.closest("tr").select("td").get(1).text(), "labelled Tigrinya, nothing else");
        assertFalse(Files.exists(out.resolve("pdf/ti/parenting-02-facilitator.pdf")));
    }

    /** The page of a session not translated into Tigrinya links the English PDFs and says they are English. */
    @Test
    void aTigrinyaSessionPageLinksTheEnglishPdfs() throws IOException {
        var ti = model.locale("ti");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                out.resolve("ti/programmes/parenting/02-feeding-and-growing/index.html").toFile());
        org.jsoup.nodes.Element box = page.selectFirst(".downloads-box");
        assertNotNull(box);
        List<String> hrefs = box.select("a").eachAttr("href");
        assertEquals(List.of("../../../../pdf/en/parenting-02-facilitator.pdf",
                "../../../../pdf/en/parenting-02-participant.pdf"), hrefs);
        for (org.jsoup.nodes.Element li : box.select("li")) {
            assertEquals("en", li.selectFirst("a").attr("hreflang"));
            assertEquals("English", li.selectFirst("span[lang=en]").text());
            assertTrue(li.text().endsWith("· English (" + ti.ui().format("downloads.not_yet_in",
                    Map.of("language", "ትግርኛ")) + ")"), li.text());
        }
        org.jsoup.nodes.Element translated = org.jsoup.Jsoup.parse(
                out.resolve("ti/programmes/parenting/01-getting-to-know/index.html").toFile()).selectFirst(".downloads-box");
        assertEquals(List.of("../../../../pdf/ti/parenting-01-facilitator.pdf",
                "../../../../pdf/ti/parenting-01-participant.pdf"), translated.select("a").eachAttr("href"));
        assertEquals(0, translated.select("[lang=en]").size(), "the session's own PDFs need no label");
    }

    @Test
    void paperSizeComesFromSiteYml(@TempDir Path tmp) throws IOException {
        try (PDDocument doc = open("pdf/en/pregnancy-01-facilitator.pdf")) {
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(a4.getWidth()), "A4 by default");
            assertEquals(842, Math.round(a4.getHeight()));
        }
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")) + "\npdf:\n  paper: letter\n");
        Kring.build(new BuildOptions(site, tmp.resolve("out"), List.of("en"), null, true, null));
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("out/pdf/en/pregnancy-01-facilitator.pdf").toFile())) {
            PDRectangle letter = doc.getPage(0).getMediaBox();
            assertEquals(612, Math.round(letter.getWidth()));
            assertEquals(792, Math.round(letter.getHeight()));
        }
    }

    @Test
    void aCharacterNoFontHasIsAnErrorWithItsPlace(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Path file = site.resolve("content/topics/nutrition.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.add("");
        lines.add("Eat well \uD83C\uDF4E every day.");
        Files.write(file, lines);
        ContentException e = assertThrows(ContentException.class, () -> TestSites.buildWithPdf(site, tmp.resolve("out")));
        Problem p = e.problems().get(0);
        assertEquals("content/topics/nutrition.md", p.file());
        assertEquals(lines.size(), p.line());
        assertEquals(10, p.column());
        assertTrue(p.message().contains("U+1F34E") && p.message().contains("cannot be printed"), p.message());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }
}
