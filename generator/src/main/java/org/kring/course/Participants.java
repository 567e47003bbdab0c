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
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kring.Problems;

/**
 * Reads a course run's participants from a CSV file: a header row with a {@code name} column (and
 * optionally {@code organisation}), then one row per participant. Written for files that come out of a
 * spreadsheet: UTF-8 with or without a byte order mark, comma or semicolon separated (a spreadsheet in
 * a Dutch or German locale saves with semicolons), quoted fields, blank lines skipped. Everything wrong
 * is reported with its line; the caller makes nothing when there is a problem.
 */
public final class Participants {
    /** Other columns (email, phone, ...) are allowed and not used: registration lists carry them. */
    static final List<String> NAME_COLUMNS = List.of("name");
    static final List<String> ORGANISATION_COLUMNS = List.of("organisation", "organization");

    private Participants() {
    }

    /**
     * @param file        the CSV file
     * @param displayName how the file is named in messages
     */
    public static List<Participant> read(Path file, String displayName, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.error(displayName, 0, "no such participants file");
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = decode(bytes, displayName, problems);
        if (text == null) {
            return List.of();
        }
        return parse(text, displayName, problems);
    }

    /** Strict UTF-8: a byte that is not UTF-8 (a file saved as Windows-1252 or Latin-1) is an error at its line. */
    static String decode(byte[] bytes, String name, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
            problems.error(name, 0, "the file is not UTF-8 text");
            return null;
        }
    }

    static List<Participant> parse(String text, String name, Problems problems) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Participant> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            int nameColumn = -1;
            int organisationColumn = -1;
            for (CSVRecord row : parser) {
                int line = lineAt(text, (int) row.getCharacterPosition());
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : row) {
                        header.add(h.strip().toLowerCase(Locale.ROOT));
                    }
                    nameColumn = indexOf(header, NAME_COLUMNS);
                    organisationColumn = indexOf(header, ORGANISATION_COLUMNS);
                    if (nameColumn < 0) {
                        problems.error(name, line, "the first row must name the columns, with one called 'name' "
                                + "(and optionally 'organisation'); it has " + String.join(", ", row.toList()
                                        .stream().map(h -> "'" + h + "'").toList()));
                        return List.of();
                    }
                    continue;
                }
                if (row.size() != header.size()) {
                    problems.error(name, line, "this row has " + row.size() + (row.size() == 1 ? " field" : " fields")
                            + " but the header has " + header.size() + " (" + String.join(", ", header)
                            + "); a name with a " + (delimiter == ';' ? "semicolon" : "comma")
                            + " in it needs \"quotes\"");
                    continue;
                }
                String person = Normalizer.normalize(row.get(nameColumn).strip(), Normalizer.Form.NFC);
                if (person.isEmpty()) {
                    problems.error(name, line, "the name is empty; fill it in or delete the row");
                    continue;
                }
                // Control characters, and bidi overrides that would print a name backwards on a certificate.
                int control = person.codePoints().filter(cp -> Character.isISOControl(cp)
                        || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069).findFirst().orElse(-1);
                if (control >= 0) {
                    problems.error(name, line, String.format("the name has an invisible control character (U+%04X, "
                            + "%s); remove it", control, Character.getName(control)));
                    continue;
                }
                String organisation = organisationColumn < 0 ? ""
                        : Normalizer.normalize(row.get(organisationColumn).strip(), Normalizer.Form.NFC);
                out.add(new Participant(person, organisation, line));
            }
            if (header == null) {
                problems.error(name, 0, "the file is empty: it needs a header row with a 'name' column and a row per "
                        + "participant");
            } else if (out.isEmpty() && !problems.hasErrors()) {
                problems.error(name, 0, "the file has a header but no participants");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unclosed quote as an exception naming the line it started on.
            problems.error(name, quoteLine(e.getMessage()), "the file is not valid CSV: a quoted field is not "
                    + "closed (" + e.getMessage() + ")");
            return List.of();
        }
        return out;
    }

    /** Semicolons when the header line has them and no commas; otherwise commas. */
    private static char delimiter(String text) {
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static int indexOf(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The line a record starts on; a record's position can be that of the blank lines skipped before it. */
    private static int lineAt(String text, int offset) {
        while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
            offset++;
        }
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int quoteLine(String message) {
        java.util.regex.Matcher m = message == null ? null
                : java.util.regex.Pattern.compile("\\(line (\\d+)\\)").matcher(message);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
