package org.kring.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                + "optionally 'organisation'); it has 'first', 'last'. Names accepted for the name: 'name', 'full name', "
                + "'naam', 'volledige naam', 'nom', 'nom complet', 'vor- und nachname', 'الاسم', 'اسم', 'emri', "
                + "'emri i plotë', 'din', 'ስም'; for the organisation: 'organisation', 'organization', 'organisatie', "
                + "'organisme', 'einrichtung', 'المؤسسة', 'المنظمة', 'organizata', 'organizatë', 'ahyehyɛde', 'ትካል'"),
                errors());
    }

    @Test
    void headersInTheSiteLanguagesAreAccepted() throws Exception {
        // Dutch Excel saves with semicolons, a byte order mark and the headings as typed.
        List<Participant> people = read("\uFEFFNaam;Organisatie\nAnna de Vries;Verloskundigenpraktijk Noord\n");
        assertEquals(List.of(), errors());
        assertEquals(List.of("Anna de Vries"), names(people));
        assertEquals("Verloskundigenpraktijk Noord", people.get(0).organisation());
        for (String header : List.of("nom,organisation", "Name,Organisation", "الاسم,المؤسسة", " EMRI ,Organizata")) {
            Problems own = new Problems();
            List<Participant> p = Participants.parse(header + "\nAnna,Noord\n", "cohort.csv", own);
            assertEquals(List.of(), own.sorted(), header);
            assertEquals("Noord", p.get(0).organisation(), header);
        }
        // What the site's own attendance list prints is accepted too, whatever the language.
        Problems own = new Problems();
        Participants.Columns columns = Participants.Columns.builtIn().withNames(List.of("Jina"), List.of("Shirika"));
        List<Participant> p = Participants.parse("jina;shirika\nAmina;Kliniki\n", "cohort.csv", columns, own);
        assertEquals(List.of(), own.sorted());
        assertEquals("Kliniki", p.get(0).organisation());
    }

    @Test
    void emptyFilesAndMissingFilesAreErrors() throws Exception {
        read("");
        assertEquals(List.of("cohort.csv:1: error: the file is empty: it needs a header row with a 'name' column and a "
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

    /** Every message of a participants file: one line, the file and the row's line first, no parser talk. */
    private static List<String> errorsOf(Path dir, String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        Problems own = new Problems();
        Participants.read(f, name, own);
        List<String> e = own.sorted().stream().map(Problem::toString).toList();
        for (String m : e) {
            assertFalse(m.contains("\n"), "one line: " + m);
            assertTrue(m.matches(java.util.regex.Pattern.quote(name) + ":\\d+(:\\d+)?: error: .*"), "file and line: " + m);
            for (String technical : List.of("Exception", "org.apache", "java.", "encapsulated token", "null")) {
                assertFalse(m.contains(technical), "no parser talk (" + technical + "): " + m);
            }
        }
        return e;
    }

    private List<String> errorsOf(String csv) throws Exception {
        return errorsOf(tmp, "cohort.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static final String AFTER_QUOTE = ": a field that starts with a quote (\") must end with one; put the whole field "
            + "in quotes and write a quote inside it as two (\"\"), or leave the quotes out";

    /** commons-csv refuses these with "Invalid character between encapsulated token and delimiter". */
    @Test
    void textAfterAClosingQuoteIsAnErrorAtItsLineAndColumn() throws Exception {
        assertEquals(List.of("cohort.csv:3:8: error: text after the closing quote of \"Anna\" de Vries" + AFTER_QUOTE),
                errorsOf("name,organisation\nBram,Zuid\n\"Anna\" de Vries,Noord\nCees,Oost\n"));
        assertEquals(List.of("cohort.csv:2:14: error: text after the closing quote of \"Noord\" Zuid" + AFTER_QUOTE),
                errorsOf("name,organisation\nAnna,\"Noord\" Zuid\n"));
        assertEquals(List.of("cohort.csv:2:8: error: text after the closing quote of \"Anna \"Bo\" de Vries\""
                + AFTER_QUOTE), errorsOf("name;organisation\r\n\"Anna \"Bo\" de Vries\";Noord\r\n"));
        // The quoted field runs over a line break; the place is where the stray text is, the field on one line.
        assertEquals(List.of("cohort.csv:3:5: error: text after the closing quote of \"Anna de\" Vries" + AFTER_QUOTE),
                errorsOf("name,organisation\n\"Anna\nde\" Vries,Noord\n"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorWhereItOpensWithTheLinesItWouldSwallow() throws Exception {
        assertEquals(List.of("cohort.csv:3:1: error: the quote (\") that opens this field is never closed, so lines "
                + "3–5 would be one field: add the closing quote, or remove this one"),
                errorsOf("name\nAnna\n\"Bram\nCees\nDirk\n"));
        assertEquals(List.of("cohort.csv:2:6: error: the quote (\") that opens this field is never closed, so the "
                + "field never ends: add the closing quote, or remove this one"), errorsOf("name,organisation\n"
                + "Anna,\"Noord"));
        assertEquals(List.of("cohort.csv:1:1: error: the quote (\") that opens this field is never closed, so lines "
                + "1–2 would be one field: add the closing quote, or remove this one"),
                errorsOf("\"name,organisation\nAnna,Noord\n"));
        // Rows before the broken one are read; the problem is the quote, not the rows after it.
        assertEquals(1, errorsOf("name;organisation\nAnna;Noord\n\nBram;\"Zuid\nCees;Oost\n").size());
    }

    @Test
    void wrongNumbersOfFieldsInEachSeparator() throws Exception {
        assertEquals(List.of("cohort.csv:2: error: this row has 3 fields but the header has 2 (name, organisation); "
                + "a name with a semicolon in it needs \"quotes\""), errorsOf("name;organisation\nVries; Anna;Noord\n"));
        assertEquals(List.of("cohort.csv:3: error: this row has 1 field but the header has 2 (name, organisation); "
                + "a name with a tab in it needs \"quotes\""), errorsOf("name\torganisation\nAnna\tNoord\nBram\n"));
        assertEquals(List.of("cohort.csv:2: error: this row has 4 fields but the header has 3 (name, organisation, "
                + "email); a name with a comma in it needs \"quotes\""), errorsOf("name,organisation,email\n"
                + "Anna,Noord,a@example.org,x\n"));
    }

    @Test
    void emptyNamesInEveryForm() throws Exception {
        for (String row : List.of(" ,Zuid", "\"\",Zuid", "\"  \",Zuid", "\t,Zuid")) {
            assertEquals(List.of("cohort.csv:3: error: the name is empty; fill it in or delete the row"),
                    errorsOf("name,organisation\nAnna,Noord\n" + row + "\n"), row);
        }
        // A spreadsheet's empty formatted rows are not participants and not mistakes.
        Problems own = new Problems();
        List<Participant> people = Participants.parse("name,organisation\nAnna,Noord\n,\n,,\n", "cohort.csv", own);
        assertEquals(List.of("Anna"), names(people));
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsAnError() throws Exception {
        assertEquals(List.of("cohort.csv:1: error: the header has the column 'name' twice (columns 1 and 2): keep one, "
                + "so it is clear which to print"), errorsOf("name,name\nAnna,Anna de Vries\n"));
        assertEquals(List.of("cohort.csv:1: error: the header has the column 'name' twice (columns 1 and 3): keep one, "
                + "so it is clear which to print"), errorsOf("Name;organisation;NAME \nAnna;Noord;Anna\n"));
        assertEquals(List.of("cohort.csv:1: error: the header has both 'organisation' and 'organization' (columns 2 "
                + "and 3): keep one, so it is clear which to print"), errorsOf("name,organisation,organization\n"
                + "Anna,Noord,Noord\n"));
        // Columns Kring does not use may be empty or repeated only when they are empty.
        assertEquals(List.of(), errorsOf("name,,\nAnna,,\n"));
    }

    @Test
    void byteOrderMarks() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "name\nAnna\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), errorsOf(tmp, "one.csv", concat(bom, body)));
        assertEquals(List.of(), errorsOf(tmp, "two.csv", concat(bom, bom, body)), "two exports joined");
        assertEquals(List.of("le.csv:1: error: the file is UTF-16 text (it starts with a UTF-16 byte order mark), "
                + "not CSV UTF-8: in the spreadsheet, use Save as, CSV UTF-8"),
                errorsOf(tmp, "le.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "name\nAnna\n".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(List.of("be.csv:1: error: the file is UTF-16 text (it starts with a UTF-16 byte order mark), "
                + "not CSV UTF-8: in the spreadsheet, use Save as, CSV UTF-8"),
                errorsOf(tmp, "be.csv", "name\nAnna\n".getBytes(StandardCharsets.UTF_16)));
        assertEquals(List.of("nobom.csv:1: error: the file has NUL characters, so it is not CSV text (perhaps UTF-16, "
                + "or a spreadsheet's own format): save it as \"CSV UTF-8\""),
                errorsOf(tmp, "nobom.csv", "name\nAnna\n".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("mid.csv:3: error: the name has an invisible control character (U+FEFF, ZERO WIDTH "
                + "NO-BREAK SPACE); remove it"), errorsOf(tmp, "mid.csv", concat(bom, "name\nAnna\n".getBytes(
                        StandardCharsets.UTF_8), bom, "Bram\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("sheet.csv:1: error: the file is a spreadsheet (.xlsx or .ods), not CSV UTF-8: in the "
                + "spreadsheet, use Save as, CSV UTF-8"), errorsOf(tmp, "sheet.csv", new byte[] {'P', 'K', 3, 4, 20, 0}));
    }

    @Test
    void aHeaderWithoutParticipantsIsAnErrorAtTheHeader() throws Exception {
        String message = "error: the file has a header row but no participants: add a row per participant below it";
        assertEquals(List.of("cohort.csv:1: " + message), errorsOf("name,organisation\n"));
        assertEquals(List.of("cohort.csv:1: " + message), errorsOf("name,organisation"));
        assertEquals(List.of("cohort.csv:3: " + message), errorsOf("\n\nname\n\n\n"));
        assertEquals(List.of("cohort.csv:1: " + message), errorsOf("name;organisation\r\n;\r\n;\r\n"));
        assertEquals(List.of("cohort.csv:1: error: the file is empty: it needs a header row with a 'name' column and "
                + "a row per participant"), errorsOf("\n\n  \n"));
    }

    @Test
    void veryLongFieldsAreErrorsAtTheirLine() throws Exception {
        String longName = "Wolfeschlegelsteinhausenbergerdorff".repeat(5);
        assertEquals(List.of("cohort.csv:3: error: the name is 175 characters long; at most 150 fit on a certificate: "
                + "is a quote missing, or are several columns in one?"),
                errorsOf("name,organisation\nAnna,Noord\n" + longName + ",Zuid\n"));
        assertEquals(List.of("cohort.csv:2: error: the organisation is 12,000 characters long; at most 150 fit on a "
                + "certificate: is a quote missing, or are several columns in one?"),
                errorsOf("name,organisation\nAnna,\"" + "Noord-".repeat(2000) + "\"\n"));
        assertEquals(List.of("cohort.csv:2: error: the field in 'notes' is 5,000 characters long (at most 2,000): is a "
                + "quote missing?"), errorsOf("name,notes\nAnna," + "x".repeat(5000) + "\n"));
        // Arabic and Ge'ez names are counted in characters, not bytes: 150 fit.
        assertEquals(List.of(), errorsOf("name\n" + "ع".repeat(150) + "\n" + "ሰ".repeat(150) + "\n"));
        assertEquals(List.of("cohort.csv:2: error: the name runs over lines 2–4 (a line break inside quotes); it must "
                + "be on one line: check the quotes"), errorsOf("name,organisation\n\"Anna\nde\nVries\",Noord\n"));
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorNamingIt() throws Exception {
        Problems own = new Problems();
        Participants.read(tmp, "cohort-folder", own);
        List<String> e = own.sorted().stream().map(Problem::toString).toList();
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("cohort-folder: error: cannot read the participants file: "), e.get(0));
    }

    /** Ten thousand rows are read in well under a second: lines are found by search, not by counting again. */
    @Test
    void tenThousandRowsKeepTheirLines() throws Exception {
        StringBuilder sb = new StringBuilder("name,organisation\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i % 100 == 0 ? "\n" : "").append("Person ").append(i).append(",Clinic\n");
        }
        Problems own = new Problems();
        List<Participant> people = Participants.parse(sb.toString(), "cohort.csv", own);
        assertEquals(10_000, people.size());
        assertEquals(2 + 1, people.get(0).line());
        assertEquals(10_000 + 1 + 100, people.get(9_999).line());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
