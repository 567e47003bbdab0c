package org.kring.course;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kring.Problems;
import org.kring.write.Failures;

/**
 * Reads a course run's participants from a CSV file: a header row with a {@code name} column (and
 * optionally {@code organisation}), then one row per participant. Written for files that come out of a
 * spreadsheet: UTF-8 with or without a byte order mark, comma, semicolon or tab separated (a spreadsheet in
 * a Dutch or German locale saves with semicolons), quoted fields, blank and empty rows skipped. Everything
 * wrong is reported with its line and the reason in words, never the parser's own message; the caller
 * makes nothing when there is a problem.
 */
public final class Participants {
    /**
     * Other columns (email, phone, ...) are allowed and not used: registration lists carry them. A trainer's
     * spreadsheet names its columns in the trainer's language, so the names of the languages the materials
     * meet are accepted too; {@link Columns#withNames} adds what the site's attendance list prints in each language.
     */
    static final List<String> NAME_COLUMNS = List.of("name", "full name", "naam", "volledige naam", "nom",
            "nom complet", "vor- und nachname", "الاسم", "اسم", "emri", "emri i plotë", "din", "ስም");
    static final List<String> ORGANISATION_COLUMNS = List.of("organisation", "organization", "organisatie",
            "organisme", "einrichtung", "المؤسسة", "المنظمة", "organizata", "organizatë", "ahyehyɛde", "ትካል");

    /** The header names that mean the name column and the organisation column, compared after {@link #key}. */
    public record Columns(List<String> name, List<String> organisation) {
        public Columns {
            name = name.stream().map(Participants::key).distinct().toList();
            organisation = organisation.stream().map(Participants::key).distinct().toList();
        }

        public static Columns builtIn() {
            return new Columns(NAME_COLUMNS, ORGANISATION_COLUMNS);
        }

        /** These names as well, such as the column headings the attendance list prints in each language. */
        public Columns withNames(java.util.Collection<String> names, java.util.Collection<String> organisations) {
            List<String> n = new ArrayList<>(name);
            n.addAll(names);
            List<String> o = new ArrayList<>(organisation);
            o.addAll(organisations);
            return new Columns(n, o);
        }
    }

    /** How header names are compared: a spreadsheet may capitalise, pad or decompose them. */
    static String key(String header) {
        return Normalizer.normalize(header.replace("\uFEFF", "").strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
    /** The longest name or organisation: the longest real names are far shorter, a longer one is a broken row. */
    static final int MAX_PRINTED = 150;
    /** The longest field of a column Kring does not print (an address, a note). */
    static final int MAX_FIELD = 2000;
    /** A file larger than this is not a participants list; it is refused before it is read into memory. */
    static final long MAX_BYTES = 64L << 20;

    private Participants() {
    }

    /**
     * @param file        the CSV file
     * @param displayName how the file is named in messages
     */
    public static List<Participant> read(Path file, String displayName, Problems problems) {
        return read(file, displayName, Columns.builtIn(), problems);
    }

    /**
     * @param file        the CSV file
     * @param displayName how the file is named in messages
     * @param columns     the header names accepted for the name and the organisation
     */
    public static List<Participant> read(Path file, String displayName, Columns columns, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(displayName, 0, String.format(Locale.ROOT, "the file has %,d MB; a participants list "
                        + "is far smaller (10,000 people take under 1 MB): is it the right file?", size >> 20));
                return List.of();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.error(displayName, 0, "no such participants file");
            return List.of();
        } catch (IOException e) {
            problems.error(displayName, 0, "cannot read the participants file: " + Failures.reason(e));
            return List.of();
        }
        String text = decode(bytes, displayName, problems);
        if (text == null) {
            return List.of();
        }
        return parse(text, displayName, columns, problems);
    }

    /**
     * Strict UTF-8: a byte that is not UTF-8 (a file saved as Windows-1252 or Latin-1) is an error at its line.
     * Files that are not text at all (a spreadsheet's own format, UTF-16) are named for what they are.
     */
    static String decode(byte[] bytes, String name, Problems problems) {
        String other = otherFormat(bytes);
        if (other != null) {
            problems.error(name, 1, other + ", not CSV UTF-8: in the spreadsheet, use Save as, CSV UTF-8");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.error(name, line, String.format("byte 0x%02X is not UTF-8: save the file as \"CSV UTF-8\" "
                    + "(in a spreadsheet: Save as, CSV UTF-8)", bytes[Math.min(at, bytes.length - 1)] & 0xFF));
            return null;
        } catch (CharacterCodingException e) {
            problems.error(name, 1, "the file is not UTF-8 text: save it as \"CSV UTF-8\"");
            return null;
        }
        // A byte order mark is how some spreadsheets start "CSV UTF-8"; two of them come from joined exports.
        int start = 0;
        while (text.startsWith("\uFEFF", start)) {
            start++;
        }
        text = text.substring(start);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.error(name, new CsvLines(text).line(nul), "the file has NUL characters, so it is not CSV text "
                    + "(perhaps UTF-16, or a spreadsheet's own format): save it as \"CSV UTF-8\"");
            return null;
        }
        return text;
    }

    /** What a file is when its first bytes say it is not UTF-8 text, or null. */
    private static String otherFormat(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return "the file is UTF-16 text (it starts with a UTF-16 byte order mark)";
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "the file is a spreadsheet (.xlsx or .ods)";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0) {
            return "the file is an Excel 97-2003 spreadsheet (.xls)";
        }
        return null;
    }

    static List<Participant> parse(String text, String name, Problems problems) {
        return parse(text, name, Columns.builtIn(), problems);
    }

    static List<Participant> parse(String text, String name, Columns columns, Problems problems) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        CsvLines lines = new CsvLines(text);
        List<Participant> out = new ArrayList<>();
        Header header = null;
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    // The record after the last good one starts on the next line with text.
                    int from = lines.start((int) linesRead + 1);
                    quoteProblem(text, lines, from, delimiter, name, problems);
                    return List.of();
                }
                linesRead = parser.getCurrentLineNumber();
                if (row.stream().allMatch(String::isEmpty)) {
                    continue; // a line of spaces, or a spreadsheet's empty formatted row (",,,")
                }
                int line = lines.firstNonBlankLine((int) row.getCharacterPosition());
                if (header == null) {
                    header = Header.read(row, line, name, columns, problems);
                    if (header == null) {
                        return List.of();
                    }
                    continue;
                }
                Participant p = participant(row, line, header, delimiter, name, problems);
                if (p != null) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            problems.error(name, 1, "the file is empty: it needs a header row with a 'name' column and a row per "
                    + "participant");
        } else if (out.isEmpty() && !problems.hasErrors()) {
            problems.error(name, header.line(), "the file has a header row but no participants: add a row per "
                    + "participant below it");
        }
        return out;
    }

    /** The first row: which column is the name and which the organisation; each column named once. */
    private record Header(List<String> names, int nameColumn, int organisationColumn, int line) {

        static Header read(CSVRecord row, int line, String file, Columns columns, Problems problems) {
            List<String> names = new ArrayList<>();
            for (String h : row) {
                names.add(key(h));
            }
            boolean duplicates = false;
            for (int i = 0; i < names.size(); i++) {
                String role = role(names.get(i), columns);
                for (int j = 0; j < i && !role.isEmpty(); j++) {
                    if (role.equals(role(names.get(j), columns))) {
                        problems.error(file, line, "the header has " + (names.get(i).equals(names.get(j))
                                ? "the column '" + names.get(i) + "' twice" : "both '" + names.get(j) + "' and '"
                                + names.get(i) + "'") + " (columns " + (j + 1) + " and " + (i + 1) + "): keep one, so "
                                + "it is clear which to print");
                        duplicates = true;
                        break;
                    }
                }
            }
            int name = indexOf(names, columns.name());
            if (name < 0) {
                problems.error(file, line, "the first row must name the columns, with one called 'name' (and "
                        + "optionally 'organisation'); it has " + String.join(", ", row.toList().stream()
                                .map(h -> "'" + h + "'").toList()) + ". Names accepted for the name: "
                        + quoted(columns.name()) + "; for the organisation: " + quoted(columns.organisation()));
                return null;
            }
            return duplicates ? null : new Header(names, name, indexOf(names, columns.organisation()), line);
        }

        private static String quoted(List<String> names) {
            return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
        }

        /** Columns that mean the same clash; the other columns are not used, so only their exact names clash. */
        private static String role(String column, Columns columns) {
            return columns.name().contains(column) ? "name"
                    : columns.organisation().contains(column) ? "organisation" : column;
        }

        String column(int i) {
            return names.get(i).isEmpty() ? "column " + (i + 1) : "'" + names.get(i) + "'";
        }
    }

    private static Participant participant(CSVRecord row, int line, Header header, char delimiter, String file,
            Problems problems) {
        if (row.size() != header.names().size()) {
            problems.error(file, line, "this row has " + row.size() + (row.size() == 1 ? " field" : " fields")
                    + " but the header has " + header.names().size() + " (" + String.join(", ", header.names())
                    + "); a name with a " + (delimiter == ';' ? "semicolon" : delimiter == '\t' ? "tab" : "comma")
                    + " in it needs \"quotes\"");
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < row.size(); i++) {
            String value = row.get(i);
            String what = i == header.nameColumn() ? "the name" : i == header.organisationColumn()
                    ? "the organisation" : "the field in " + header.column(i);
            int breaks = (int) value.chars().filter(c -> c == '\n').count();
            if (breaks > 0 && (i == header.nameColumn() || i == header.organisationColumn())) {
                problems.error(file, line, what + " runs over lines " + line + "–" + (line + breaks) + " (a line break "
                        + "inside quotes); it must be on one line: check the quotes");
                ok = false;
                continue;
            }
            int length = value.codePointCount(0, value.length());
            int max = i == header.nameColumn() || i == header.organisationColumn() ? MAX_PRINTED : MAX_FIELD;
            if (length > max) {
                problems.error(file, line, String.format(Locale.ROOT, max == MAX_PRINTED
                        ? "%s is %,d characters long; at most %,d fit on a certificate: is a quote missing, or are "
                                + "several columns in one?"
                        : "%s is %,d characters long (at most %,d): is a quote missing?", what, length, max));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        String person = Normalizer.normalize(row.get(header.nameColumn()).strip(), Normalizer.Form.NFC);
        if (person.isEmpty()) {
            problems.error(file, line, "the name is empty; fill it in or delete the row");
            return null;
        }
        String organisation = header.organisationColumn() < 0 ? ""
                : Normalizer.normalize(row.get(header.organisationColumn()).strip(), Normalizer.Form.NFC);
        if (!visible(person, "the name", file, line, problems)
                | !visible(organisation, "the organisation", file, line, problems)) {
            return null;
        }
        return new Participant(person, organisation, line);
    }

    /**
     * Control characters, a byte order mark inside the text, line and paragraph separators, and bidi overrides
     * that would print a name backwards on a certificate. Joiners (Persian names need U+200C) are allowed.
     */
    private static boolean visible(String text, String what, String file, int line, Problems problems) {
        int bad = text.codePoints().filter(cp -> Character.isISOControl(cp) || cp == 0xFEFF || cp == 0x2028
                || cp == 0x2029 || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069).findFirst()
                .orElse(-1);
        if (bad < 0) {
            return true;
        }
        problems.error(file, line, String.format("%s has an invisible control character (U+%04X, %s); remove it",
                what, bad, Character.getName(bad)));
        return false;
    }

    /** A record commons-csv refused: what is wrong with its quotes, where, and what to write instead. */
    private static void quoteProblem(String text, CsvLines lines, int from, char delimiter, String file,
            Problems problems) {
        CsvQuotes.Finding f = CsvQuotes.diagnose(text, from, delimiter);
        if (f == null) {
            int line = lines.firstNonBlankLine(from);
            problems.error(file, line, "this row is not valid CSV: check its quotes (\")");
        } else if (f.unclosed()) {
            int line = lines.line(f.quote());
            int last = lines.line(text.length() - 1);
            problems.error(file, line, lines.column(f.quote()), "the quote (\") that opens this field is never "
                    + "closed, so " + (last > line ? "lines " + line + "–" + last + " would be one field" : "the field "
                    + "never ends") + ": add the closing quote, or remove this one");
        } else {
            String field = text.substring(f.quote(), f.fieldEnd()).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
            String shown = org.kring.Problem.excerpt(field, 60);
            problems.error(file, lines.line(f.at()), lines.column(f.at()), "text after the closing quote of " + shown
                    + ": a field that starts with a quote (\") must end with one; put the whole field in quotes and "
                    + "write a quote inside it as two (\"\"), or leave the quotes out");
        }
    }

    /** Semicolons or tabs when the header line has them and no commas; otherwise commas. */
    private static char delimiter(String text) {
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        return first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    private static int indexOf(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
