package org.kring.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TinyCourse;
import org.kring.TinySite;
import org.kring.render.print.Pdftotext;

/**
 * A course run large enough that its certificates are printed in parts ({@link CoursePack#CERTIFICATES_PER_PART})
 * and joined: a reader gets one document, as one printing would give it. Every participant's certificate in
 * order, one {@code Document} element holding all the tags (no seams a screen reader would announce), each
 * page's tags found through the parent tree, element ids unique, and the same bytes from two runs.
 */
class CoursePackPartsTest {
    static final int PARTICIPANTS = CoursePack.CERTIFICATES_PER_PART * 2 + 17;

    @TempDir
    static Path tmp;
    static Path site;
    static Path csv;
    static Path pdf;
    static List<String> names = new ArrayList<>();

    @BeforeAll
    static void make() throws IOException {
        site = TinySite.write(tmp.resolve("site"), TinyCourse.files());
        csv = tmp.resolve("cohort.csv");
        StringBuilder sb = new StringBuilder("name,organisation\n");
        String[] first = {"Anna", "Fatima", "Akosua", "Selam", "Arbër", "Kwabena", "Zoë"};
        for (int i = 0; i < PARTICIPANTS; i++) {
            String n = first[i % first.length] + " Participant" + (i + 1);
            names.add(n);
            sb.append(n).append(",Clinic\n");
        }
        Files.writeString(csv, sb.toString());
        pdf = run("run1");
    }

    static Path run(String folder) {
        CoursePack.Result r = CoursePack.make(new CoursePack.Options(site, "t", "en",
                List.of(LocalDate.of(2027, 3, 4)), csv, tmp.resolve(folder), "Marieke Jansen", "Utrecht"));
        assertEquals(PARTICIPANTS, r.participants());
        return tmp.resolve(folder).resolve("t-2027-03-04-certificates.pdf");
    }

    @Test
    void everyParticipantHasTheirCertificateInOrder() throws IOException {
        String[] pages = Pdftotext.text(pdf, null).split("\f");
        for (int i = 0; i < PARTICIPANTS; i++) {
            assertTrue(pages[i].contains(names.get(i) + "\n"), "page " + (i + 1) + ": " + pages[i]);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(PARTICIPANTS, doc.getNumberOfPages());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("Facilitator training (certificates)", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theTagsAreOneDocumentsWithEveryPageFoundThroughTheParentTree() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "marked as tagged");
            COSDictionary markInfo = catalog.getCOSDictionary(COSName.MARK_INFO);
            assertFalse(markInfo.containsKey(COSName.getPDFName("Suspects")), "nothing suspect");
            COSDictionary root = (COSDictionary) catalog.getDictionaryObject(COSName.STRUCT_TREE_ROOT);
            COSBase k = root.getDictionaryObject(COSName.K);
            COSDictionary document = (COSDictionary) (k instanceof COSArray a ? a.getObject(0) : k);
            assertEquals(COSName.getPDFName("Document"), document.getCOSName(COSName.S));
            COSArray kids = (COSArray) document.getDictionaryObject(COSName.K);
            assertTrue(kids.size() >= PARTICIPANTS * 3, "the certificates' headings and paragraphs: " + kids.size());
            for (int i = 0; i < kids.size(); i++) {
                COSDictionary kid = (COSDictionary) kids.getObject(i);
                assertFalse(COSName.getPDFName("Part").equals(kid.getCOSName(COSName.S)), "no seam between parts");
                COSBase parent = kid.getDictionaryObject(COSName.P);
                assertSame(document, parent, "element " + i + "'s parent is the document");
            }
            // Each page's marked content leads back, through the parent tree, to elements of the document.
            COSDictionary parentTree = (COSDictionary) root.getDictionaryObject(COSName.PARENT_TREE);
            Set<Integer> keys = new HashSet<>();
            collectKeys(parentTree, keys);
            for (int p = 0; p < PARTICIPANTS; p++) {
                int structParents = doc.getPage(p).getStructParents();
                assertTrue(keys.contains(structParents), "page " + (p + 1) + "'s tags are in the parent tree");
            }
            Set<Integer> pageKeys = new HashSet<>();
            for (int p = 0; p < PARTICIPANTS; p++) {
                assertTrue(pageKeys.add(doc.getPage(p).getStructParents()), "each page its own parent tree entry");
            }
            // Element ids (table cells name their headers by them) are unique across the parts.
            Set<String> ids = new HashSet<>();
            int elements = collectIds(document, ids, new HashSet<>());
            assertEquals(elements, ids.size(), "no id twice");
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(run("run2")));
    }

    private static void collectKeys(COSDictionary node, Set<Integer> keys) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i < nums.size(); i += 2) {
                keys.add(((org.apache.pdfbox.cos.COSNumber) nums.getObject(i)).intValue());
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                collectKeys((COSDictionary) kids.getObject(i), keys);
            }
        }
    }

    /** The number of elements with an id under {@code e}, each id added to {@code ids}. */
    private static int collectIds(COSDictionary e, Set<String> ids, Set<COSDictionary> seen) {
        if (!seen.add(e)) {
            return 0;
        }
        int n = 0;
        if (e.getDictionaryObject(COSName.getPDFName("ID")) instanceof COSString id) {
            ids.add(id.getString());
            n++;
        }
        COSBase k = e.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                kids.add(a.getObject(i));
            }
        } else if (k != null) {
            kids.add(k instanceof COSObject o ? o.getObject() : k);
        }
        for (COSBase kid : kids) {
            if (kid instanceof COSDictionary d && d.containsKey(COSName.S)) {
                n += collectIds(d, ids, seen);
            }
        }
        return n;
    }
}
