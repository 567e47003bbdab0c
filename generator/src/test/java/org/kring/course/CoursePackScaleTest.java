package org.kring.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TinyCourse;
import org.kring.TinySite;
import org.kring.bench.Measure;

/**
 * The papers of a course run for 10,000 participants, made by the {@code kring} command in a JVM of its own
 * with a 1 GiB heap and the launcher's other settings: the run finishes, with a tagged certificate per participant
 * and an attendance list numbered to its last page. Several minutes on a busy two-core machine, so it runs in
 * the integration-test phase ({@code mvn verify}), tagged "scale"; it prints its time and peak memory.
 */
@Tag("scale")
class CoursePackScaleTest {
    static final int PARTICIPANTS = 10_000;

    @TempDir
    Path tmp;

    @Test
    void tenThousandParticipantsWithAOneGigabyteHeap() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"), TinyCourse.files());
        Path csv = tmp.resolve("cohort.csv");
        String[] names = {"Anna de Vries", "فاطمة الزهراء", "Akosua Ɔdɔnkɔ Mensah", "ሰላም ተስፋይ ገብረመድህን",
            "Arbër Çela", "Kwabena Ɛfua Asante", "محمد علي حسن", "Zoë Bakker-Jansen"};
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("name,organisation\n");
            for (int i = 0; i < PARTICIPANTS; i++) {
                w.write(names[i % names.length] + " " + (i + 1) + ",Clinic " + (i % 97) + "\n");
            }
        }
        Path out = tmp.resolve("run");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xmn120m",
                "-XX:MaxTenuringThreshold=0", "-XX:-UseAdaptiveSizePolicy", "-cp",
                System.getProperty("java.class.path"), "org.kring.cli.Main", "course", "pack", "t", "--site",
                site.toString(), "--lang", "en", "--date", "2027-03-04", "--participants", csv.toString(), "--out",
                out.toString(), "--trainer", "Marieke Jansen", "--place", "Utrecht"));
        Measure.Run run = Measure.process(command, tmp);
        System.out.printf("course pack for %,d participants: %.1f s, peak memory %.0f MiB%n", PARTICIPANTS,
                run.seconds(), run.peakMiB());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Wrote 4 PDFs for 10000 participants"), run.output());

        try (PDDocument doc = Loader.loadPDF(out.resolve("t-2027-03-04-certificates.pdf").toFile())) {
            assertEquals(PARTICIPANTS, doc.getNumberOfPages(), "a certificate per participant");
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("Facilitator training (certificates)", doc.getDocumentInformation().getTitle());
            assertEquals(PARTICIPANTS - 1, doc.getPage(PARTICIPANTS - 1).getStructParents(), "numbered on");
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(PARTICIPANTS);
            s.setEndPage(PARTICIPANTS);
            assertTrue(s.getText(doc).contains("Zoë Bakker-Jansen 10000"), "the last certificate is the last name's");
        }
        try (PDDocument doc = Loader.loadPDF(out.resolve("t-2027-03-04-attendance.pdf").toFile())) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            // The signatures may need a page of their own after the last row.
            s.setStartPage(pages - 1);
            s.setEndPage(pages);
            String last = s.getText(doc);
            assertTrue(last.contains("Page " + pages + " of " + pages), last);
            assertTrue(last.contains("10000 Zoë Bakker-Jansen 10000"), last);
            assertTrue(last.contains("Trainer's signature"), last);
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
        }
    }
}
