package org.kring.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * The real gettext and translate-toolkit programs, for tests that hold Kring's PO files against them. A test
 * needing one that is not installed is skipped, loudly (.ci/run installs them).
 */
final class GettextTools {
    private GettextTools() {
    }

    /** What a program printed and how it ended. */
    record Run(int exit, String out) {
    }

    /** The program's path, or the test is skipped. */
    static Path need(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        System.err.println("\n*** " + program + " not installed: test SKIPPED. Install Debian's " + debianPackage
                + " (.ci/run does). ***\n");
        Assumptions.abort(program + " not installed (Debian package " + debianPackage + ")");
        return null;
    }

    static Run run(Path dir, String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Run(p.waitFor(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** {@code msgmerge --previous} of a PO file with a template: the entries msgmerge would write. */
    static String msgmerge(Path dir, Path po, Path pot) throws IOException {
        Path tool = need("msgmerge", "gettext");
        Path out = Files.createTempFile(dir, "msgmerge", ".po");
        Run r = run(dir, tool.toString(), "--previous", "-q", "--no-wrap", "-o", out.toString(), po.toString(),
                pot.toString());
        if (r.exit() != 0) {
            throw new AssertionError("msgmerge failed: " + r.out());
        }
        String text = Files.readString(out);
        Files.delete(out);
        return text;
    }

    /** {@code msgfmt --check} accepts the file (skipped, loudly, when gettext is not installed). */
    static void msgfmtCheck(Path po) throws IOException {
        Path msgfmt = Path.of("/usr/bin/msgfmt");
        if (!Files.isExecutable(msgfmt)) {
            System.err.println("\n*** msgfmt check SKIPPED: install Debian's gettext (.ci/run does). ***\n");
            org.junit.jupiter.api.Assumptions.abort("msgfmt not installed");
        }
        try {
            Process proc = new ProcessBuilder(msgfmt.toString(), "--check", "-o", "/dev/null", po.toString())
                    .redirectErrorStream(true).start();
            String output = new String(proc.getInputStream().readAllBytes());
            org.junit.jupiter.api.Assertions.assertEquals(0, proc.waitFor(), "msgfmt --check: " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The file is valid against the official XLIFF 2.0 schema. */
    static void validateXliff(Path file) throws Exception {
        javax.xml.validation.SchemaFactory f = javax.xml.validation.SchemaFactory.newInstance(
                javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var url = GettextTools.class.getClassLoader().getResource("net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        org.junit.jupiter.api.Assertions.assertNotNull(url, "XLIFF 2.0 schema on the test class path");
        f.newSchema(url).newValidator().validate(new javax.xml.transform.stream.StreamSource(file.toFile()));
    }
}
