package org.kring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.Problems;
import org.kring.model.SourceFile;

/**
 * A text file is read as UTF-8 or refused with the line of its first bad byte: every kind of malformed sequence is
 * refused, a replacement character the author typed is kept, a byte order mark is dropped and line endings become
 * "\n".
 */
class InputFilesReadTest {
    @TempDir
    Path tmp;

    /** A file's name by cutting the text is the name relativize gives, for every shape a walk or a user gives. */
    /**
     * Files read one after another on one thread (which reuses its buffer), in sizes that shrink, grow past the
     * buffer and past what it keeps, each give exactly their own text and the checksum of their own bytes.
     */
    @Test
    void eachFileIsItsOwnBytesWhateverWasReadBefore() throws IOException {
        Random random = new Random(7);
        int[] sizes = {200_000, 10, 0, 70_000, 3, 2_500_000, 1, 65_536, 65_535, 65_537, 1_048_576, 5};
        for (int i = 0; i < sizes.length; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < sizes[i]) {
                text.append(i % 2 == 0 ? (char) ('a' + random.nextInt(26)) : "\u0639\u0631\u0628".charAt(random.nextInt(3)));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Path f = tmp.resolve("f" + i + ".md");
            Files.write(f, bytes);
            SourceFile read = InputFiles.read(tmp, f, new Problems());
            assertNotNull(read, "size " + sizes[i]);
            assertEquals(text.toString(), read.text(), "size " + sizes[i]);
            assertEquals(org.kring.Checksum.of(bytes), read.checksum(), "size " + sizes[i]);
        }
    }

    /** A thread whose interrupt flag is set (the preview's watcher, being closed mid-rebuild) still reads files. */
    @Test
    void anInterruptedThreadStillReads() throws IOException {
        Path f = tmp.resolve("topic.md");
        Files.writeString(f, "---\ntitle: T\n---\nText.\n");
        Thread.currentThread().interrupt();
        try {
            Problems problems = new Problems();
            SourceFile read = InputFiles.read(tmp, f, problems);
            assertEquals(List.of(), problems.sorted());
            assertNotNull(read);
            assertEquals("---\ntitle: T\n---\nText.\n", read.text());
        } finally {
            assertTrue(Thread.interrupted(), "the flag is left as it was");
        }
    }

    @Test
    void aNameIsWhatRelativizeGives() {
        String[][] cases = {
            {"/site", "/site/content/a.md"},
            {"/site", "/site/content/x y/ä.md"},
            {"/site", "/sitemap/content/a.md"},
            {"/site", "/site"},
            {"/", "/content/a.md"},
            {"site", "site/content/a.md"},
            {"../site", "../site/translations/nl/a.md"},
            {"/a/./site", "/a/./site/content/b.md"},
            {"/site/", "/site/content/c.md"},
        };
        for (String[] c : cases) {
            Path base = Path.of(c[0]);
            Path file = Path.of(c[1]);
            assertEquals(base.relativize(file).toString().replace('\\', '/'), InputFiles.relative(base, file),
                    c[0] + " + " + c[1]);
        }
    }

    @Test
    void everyKindOfMalformedUtf8IsRefusedAtItsLine() throws IOException {
        byte[][] bad = {
            {(byte) 0x80},                                  // a continuation byte alone
            {(byte) 0xc3},                                  // a sequence cut short at the end
            {(byte) 0xc3, 'a'},                             // a sequence cut short by an ASCII byte
            {(byte) 0xc0, (byte) 0xaf},                     // overlong '/'
            {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},        // overlong, three bytes
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},        // a surrogate, encoded
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0xff},                                  // never in UTF-8
            {(byte) 0xe9, 't', 'e'},                        // Latin-1 "été" saved by an old editor
        };
        for (byte[] b : bad) {
            byte[] file = concat("title: ok\nline two\n".getBytes(StandardCharsets.UTF_8), b, "\nafter\n".getBytes(
                    StandardCharsets.UTF_8));
            Problems problems = new Problems();
            assertNull(read(file, problems), java.util.Arrays.toString(b));
            assertEquals(1, problems.sorted().size(), problems.sorted().toString());
            assertTrue(problems.sorted().get(0).message().contains("not UTF-8"), problems.sorted().toString());
            assertEquals(3, problems.sorted().get(0).line(), java.util.Arrays.toString(b));
        }
    }

    @Test
    void aReplacementCharacterTheAuthorTypedIsKept() throws IOException {
        Problems problems = new Problems();
        SourceFile f = read("\uFEFFtitle: \uFFFD\r\nتيجرينيا ትግርኛ\rend".getBytes(StandardCharsets.UTF_8), problems);
        assertNotNull(f, problems.sorted().toString());
        assertEquals("title: \uFFFD\nتيجرينيا ትግርኛ\nend", f.text());
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    /** Random bytes, read as the strict decoder reads them: accepted exactly when it accepts them, as it decodes. */
    @Test
    void randomBytesAreReadAsTheStrictDecoderReadsThem() throws IOException {
        Random r = new Random(7);
        byte[] alphabet = "ab\n\u00e9\u0627\u1275\uFFFD".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(24)];
            for (int k = 0; k < b.length; k++) {
                b[k] = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : alphabet[r.nextInt(alphabet.length)];
            }
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                strict = null;
            }
            SourceFile f = read(b, new Problems());
            if (strict == null) {
                assertNull(f, java.util.Arrays.toString(b));
            } else {
                String expected = strict.startsWith("\uFEFF") ? strict.substring(1) : strict;
                assertEquals(expected.replace("\r\n", "\n").replace('\r', '\n'), f.text(), java.util.Arrays.toString(b));
            }
        }
    }

    private SourceFile read(byte[] bytes, Problems problems) throws IOException {
        Path file = tmp.resolve("content/topics/t.md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return InputFiles.read(tmp, file, problems);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
