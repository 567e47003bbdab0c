package org.kring.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TestSites;
import org.kring.cli.CliRun;

/**
 * A team exports, a reviewer corrects a translation in the translation file (and accepts it), and months
 * later the translator's copy of the old export comes back. The import must not put the old text back, and
 * where both changed the same text it must say so at the entry's line and change nothing without --force.
 * Each case runs the real command on a copy of the example, in PO and in XLIFF, for content and for the
 * interface strings.
 */
class ImportAfterCorrectionTest {
    private static final String FILE = "translations/nl/programmes/pregnancy/03-body-changes.md";
    private static final String OLD = "Je veranderende lichaam";
    private static final String REVIEWED = "Je lichaam verandert";
    private static final String TRANSLATOR = "Jouw veranderende lichaam";
    private static final String UI_OLD = "skip: Naar de hoofdinhoud";
    private static final String UI_REVIEWED = "skip: Direct naar de inhoud";

    @TempDir
    Path tmp;

    private Path site;

    /** A copy of the example with an export of every Dutch part in {@code format}; returns the exchange file. */
    private Path exported(String format) {
        site = TestSites.copyExample(tmp.resolve("site"));
        CliRun run = CliRun.of("translate", "export", "--site", site.toString(), "--format", format,
                "--out", tmp.resolve("out").toString(), "nl");
        assertEquals(0, run.code(), run.summary());
        return tmp.resolve("out").resolve("nl." + (format.equals("po") ? "po" : "xlf"));
    }

    /** The reviewer corrects the title in the translation file and accepts it. */
    private void reviewerCorrectsTitle() {
        TestSites.replaceInFile(site.resolve(FILE), "title: " + OLD, "title: " + REVIEWED);
        CliRun accept = CliRun.of("translate", "accept", "--site", site.toString(), "nl",
                "programmes/pregnancy/03-body-changes.md");
        assertEquals(0, accept.code(), accept.summary());
    }

    private CliRun importing(Path file, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "translate";
        args[1] = "import";
        args[2] = "--site=" + site;
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[3 + extra.length] = file.toString();
        return CliRun.of(args);
    }

    /** The exchange file's translation of {@code from} becomes {@code to}, as a translator's tool would save it. */
    private static void translatorEdits(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void anUntouchedOldExportDoesNotPutBackWhatAReviewerCorrected() throws IOException {
        for (String format : new String[] {"po", "xliff"}) {
            Path file = exported(format);
            reviewerCorrectsTitle();
            CliRun run = importing(file);
            assertEquals(0, run.code(), format + ": " + run.summary());
            assertTrue(Files.readString(site.resolve(FILE)).contains("title: " + REVIEWED), format);
            assertTrue(run.err().contains("left as the translation files have them"), run.summary());
            TestSites.deleteTree(tmp);
        }
    }

    @Test
    void bothChangedIsAnErrorAtTheEntryAndNothingIsWritten() throws IOException {
        for (String format : new String[] {"po", "xliff"}) {
            Path file = exported(format);
            reviewerCorrectsTitle();
            translatorEdits(file, ">" + OLD + "</target>", ">" + TRANSLATOR + "</target>"); // XLIFF
            translatorEdits(file, "msgstr \"" + OLD + "\"", "msgstr \"" + TRANSLATOR + "\""); // PO
            assertTrue(Files.readString(file).contains(TRANSLATOR), format);
            // Another entry the translator changed, where the file did not: it must not be written either.
            translatorEdits(file, "Halverwege de zwangerschap", "Midden in de zwangerschap");
            Map<String, String> before = TestSites.tree(site);
            CliRun run = importing(file);
            assertEquals(1, run.code(), format + ": " + run.summary());
            int line = TestSites.lineOf(file, TRANSLATOR);
            assertTrue(run.err().contains(file.getFileName() + ":" + line + ": error: the translation of this text in "
                    + FILE + ":2 was changed after this file was exported (now \"" + REVIEWED + "\")"), run.summary());
            assertTrue(run.err().contains("--force"), run.summary());
            assertEquals(1, run.err().lines().filter(l -> l.contains("error:")).count(), run.summary());
            assertEquals(before, TestSites.tree(site), format + ": no file changed");

            CliRun forced = importing(file, "--force");
            assertEquals(0, forced.code(), forced.summary());
            String now = Files.readString(site.resolve(FILE));
            assertTrue(now.contains("title: " + TRANSLATOR), format);
            assertTrue(now.contains("Midden in de zwangerschap"), format);
            assertTrue(forced.err().contains("replaced a translation changed in " + FILE), forced.summary());
            TestSites.deleteTree(tmp);
        }
    }

    @Test
    void aTranslationMadeInTheFileWhileTheExportWasOutIsNotOverwritten() throws IOException {
        // Nutrition had no Dutch at the export; someone wrote its title in the file meanwhile.
        Path file = exported("po");
        String english = "title: Eating well in pregnancy";
        Path nl = site.resolve("translations/nl/topics/nutrition.md");
        Files.createDirectories(nl.getParent());
        Files.writeString(nl, Files.readString(site.resolve("content/topics/nutrition.md"))
                .replace(english, "title: Gezond eten"));
        CliRun accept = CliRun.of("translate", "accept", "--site", site.toString(), "nl", "topics/nutrition.md");
        assertEquals(0, accept.code(), accept.summary());
        String msgid = english.substring("title: ".length());
        String po = Files.readString(file);
        int at = po.indexOf("msgid \"" + msgid + "\"\nmsgstr \"\"");
        assertTrue(at > 0, "the export offers the untranslated title");
        Files.writeString(file, po.substring(0, at) + "msgid \"" + msgid + "\"\nmsgstr \"Voeding\""
                + po.substring(at + ("msgid \"" + msgid + "\"\nmsgstr \"\"").length()));
        Map<String, String> before = TestSites.tree(site);
        CliRun run = importing(file);
        assertEquals(1, run.code(), run.summary());
        assertTrue(run.err().contains("(now \"Gezond eten\")"), run.summary());
        assertEquals(before, TestSites.tree(site));
    }

    @Test
    void interfaceStringsFollowTheSameRule() throws IOException {
        Path file = exported("po");
        TestSites.replaceInFile(site.resolve("translations/nl/ui.yml"), UI_OLD, UI_REVIEWED);
        CliRun accept = CliRun.of("translate", "accept", "--site", site.toString(), "nl", "ui.yml");
        assertEquals(0, accept.code(), accept.summary());

        CliRun untouched = importing(file);
        assertEquals(0, untouched.code(), untouched.summary());
        assertTrue(Files.readString(site.resolve("translations/nl/ui.yml")).contains(UI_REVIEWED));

        translatorEdits(file, "msgstr \"Naar de hoofdinhoud\"", "msgstr \"Sla over naar de inhoud\"");
        Map<String, String> before = TestSites.tree(site);
        CliRun both = importing(file);
        assertEquals(1, both.code(), both.summary());
        assertTrue(both.err().contains(":" + TestSites.lineOf(file, "Sla over naar de inhoud") + ": error: 'skip' was "
                + "changed in translations/nl/ui.yml:"), both.summary());
        assertEquals(before, TestSites.tree(site));
        assertEquals(0, importing(file, "--force").code());
        assertTrue(Files.readString(site.resolve("translations/nl/ui.yml")).contains("skip: Sla over naar de inhoud"));
    }

    @Test
    void anExchangeFileWithoutTheMarkStillImportsAsBefore() throws IOException {
        // Files exported before the mark existed, or made by other tools, carry no base: the import trusts them.
        Path file = exported("po");
        reviewerCorrectsTitle();
        String po = Files.readString(file).replaceAll("(?m)^#\\. kring-base: .*\\n", "");
        Files.writeString(file, po);
        CliRun run = importing(file);
        assertEquals(0, run.code(), run.summary());
        assertTrue(Files.readString(site.resolve(FILE)).contains("title: " + OLD));
    }

    @Test
    void theMarkSurvivesGettextTools() throws IOException {
        // msgcat rewrites the file as Poedit or Weblate would; the extracted comment must survive it.
        GettextTools.need("msgcat", "gettext");
        Path file = exported("po");
        Path rewritten = tmp.resolve("rewritten.po");
        assertEquals(0, GettextTools.run(tmp, "msgcat", "-o", rewritten.toString(), file.toString()).exit());
        reviewerCorrectsTitle();
        translatorEdits(rewritten, "msgstr \"" + OLD + "\"", "msgstr \"" + TRANSLATOR + "\"");
        Map<String, String> before = TestSites.tree(site);
        CliRun run = importing(rewritten);
        assertEquals(1, run.code(), run.summary());
        assertEquals(before, TestSites.tree(site));
    }
}
