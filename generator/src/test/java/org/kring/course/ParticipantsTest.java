package org.kring.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.Problem;
import org.kring.Problems;

/** Participants files as they come out of spreadsheets and registration forms, good and bad. */
class ParticipantsTest {
    @TempDir
    Path tmp;

    private final Problems problems = new Problems();

    private List<Participant> read(byte[] bytes) throws Exception {
        Path f = tmp.resolve("cohort.csv");
        Files.write(f, bytes);
        return Participants.read(f, "cohort.csv", problems);
    }

    private List<Participant> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> errors() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private static List<String> names(List<Participant> people) {
        return people.stream().map(Participant::name).toList();
    }

    @Test
    void namesInEveryScriptWithOrganisationsAndQuotedCommas() throws Exception {
        List<Participant> people = read("""
                name,organisation,email
                Anna de Vries,Verloskundigenpraktijk Noord,anna@example.org
                "Mensah, Akosua",Kumasi South clinic,
                فاطمة الزهراء,مركز صحي,

                Arbër Krasniqi,Qendra e Mjekësisë Familjare,
                Kwabena Ɔdɔnkɔ,"Ɛbenezer clinic",
                """);
        assertEquals(List.of(), errors());
        assertEquals(List.of("Anna de Vries", "Mensah, Akosua", "فاطمة الزهراء", "Arbër Krasniqi", "Kwabena Ɔdɔnkɔ"),
                names(people));
        assertEquals("Ɛbenezer clinic", people.get(4).organisation());
        assertEquals(List.of(2, 3, 4, 6, 7), people.stream().map(Participant::line).toList());
        assertEquals(List.of(false, false, true, false, false), people.stream().map(Participant::rtl).toList());
    }

    @Test
    void spreadsheetExportsWithByteOrderMarkSemicolonsAndWindowsLineEnds() throws Exception {
        List<Participant> people = read("\uFEFFNaam;Organisation\r\nx;y\r\n".replace("Naam", "Name"));
        assertEquals(List.of(), errors());
        assertEquals(List.of("x"), names(people));
        assertEquals("y", people.get(0).organisation());
    }

    @Test
    void decomposedAccentsAreStoredComposed() throws Exception {
        List<Participant> people = read("name\nArbe\u0308r\n");
        assertEquals("Arbër", people.get(0).name());
    }

    @Test
    void anEmptyNameIsAnErrorAtItsLine() throws Exception {
        read("name,organisation\nAnna,Noord\n ,Zuid\nBram,Oost\n");
        assertEquals(List.of("cohort.csv:3: error: the name is empty; fill it in or delete the row"), errors());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAnErrorAtItsLine() throws Exception {
        read("name,organisation\nAnna,Noord\nde Vries, Anna,Noord\nBram\n");
        assertEquals(List.of("cohort.csv:3: error: this row has 3 fields but the header has 2 (name, organisation); "
                        + "a name with a comma in it needs \"quotes\"",
                "cohort.csv:4: error: this row has 1 field but the header has 2 (name, organisation); a name with a "
                        + "comma in it needs \"quotes\""), errors());
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorAtTheLineOfTheFirstBadByte() throws Exception {
        // "Zoë" saved as Windows-1252: ë is the single byte 0xEB.
        byte[] bytes = "name\nAnna\nZo\u00EB\n".getBytes(StandardCharsets.ISO_8859_1);
        read(bytes);
        assertEquals(List.of("cohort.csv:3: error: byte 0xEB is not UTF-8: save the file as \"CSV UTF-8\" (in a "
                + "spreadsheet: Save as, CSV UTF-8)"), errors());
    }

    @Test
    void aHeaderWithoutANameColumnIsAnError() throws Exception {
        read("first,last\nAnna,de Vries\n");
        assertEquals(List.of("cohort.csv:1: error: the first row must name the columns, with one called 'name' (and "
                + "optionally 'organisation'); it has 'first', 'last'"), errors());
    }

    @Test
    void anUnclosedQuoteIsAnError() throws Exception {
        read("name\nAnna\n\"Bram\nCees\n");
        assertEquals(1, errors().size(), errors().toString());
        assertEquals(true, errors().get(0).startsWith("cohort.csv:"), errors().toString());
        assertEquals(true, errors().get(0).contains("a quoted field is not closed"), errors().toString());
    }

    @Test
    void emptyFilesAndMissingFilesAreErrors() throws Exception {
        read("");
        assertEquals(List.of("cohort.csv: error: the file is empty: it needs a header row with a 'name' column and a "
                + "row per participant"), errors());
        Problems p = new Problems();
        Participants.read(tmp.resolve("nope.csv"), "nope.csv", p);
        assertEquals(List.of("nope.csv: error: no such participants file"),
                p.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aControlCharacterInANameIsAnError() throws Exception {
        read("name\nAn\u0007na\n");
        assertEquals(List.of("cohort.csv:2: error: the name has an invisible control character (U+0007, BEL); "
                + "remove it"), errors());
    }

    /** A bidi override would print a name backwards on a certificate: each kind of it is refused. */
    @Test
    void aBidiOverrideInANameIsAnError() throws Exception {
        for (String c : List.of("\u202E", "\u202D", "\u2066", "\u2068")) {
            Path f = tmp.resolve("cohort.csv");
            Files.writeString(f, "name\nAmina" + c + " Yusuf\n");
            Problems own = new Problems();
            Participants.read(f, "cohort.csv", own);
            List<String> e = own.sorted().stream().map(Problem::toString).toList();
            assertEquals(1, e.size(), e.toString());
            assertTrue(e.get(0).startsWith("cohort.csv:2: error: the name has an invisible control character (U+"
                    + String.format("%04X", (int) c.charAt(0))), e.get(0));
        }
    }
}
