package org.kring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TestSites;

class CliTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpOnEveryCommandAndVersion() {
        CliRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build"), help.out());
        CliRun buildHelp = run("build", "--help");
        assertEquals(0, buildHelp.code());
        for (String option : new String[] {"--site", "--out", "--lang", "--base-url", "--quiet", "--verbose"}) {
            assertTrue(buildHelp.out().contains(option), option);
        }
        CliRun version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("kring "), version.out());
    }

    /**
     * A run reads only the command it runs (picocli's reflection over every command took a third of a second):
     * help, a mistyped command and no command still know every command.
     */
    @Test
    void everyCommandIsKnownByItsOwnName() {
        for (var e : Main.COMMANDS.entrySet()) {
            picocli.CommandLine.Command c = e.getValue().getAnnotation(picocli.CommandLine.Command.class);
            assertEquals(e.getKey(), c.name());
            java.util.Set<String> added = Main.commandLine(e.getKey()).getSubcommands().keySet();
            assertEquals(e.getKey().equals("help") ? Main.COMMANDS.keySet() : java.util.Set.of(e.getKey()), added);
        }
        CliRun help = run("--help");
        CliRun helpCommand = run("help");
        for (String name : Main.COMMANDS.keySet()) {
            assertTrue(help.out().contains("\n  " + name + " "), name + " in\n" + help.out());
            assertTrue(helpCommand.out().contains("\n  " + name + " "), name + " in\n" + helpCommand.out());
        }
        CliRun helpBuild = run("help", "build");
        assertEquals(0, helpBuild.code());
        assertTrue(helpBuild.out().contains("--base-url"), helpBuild.out());
        CliRun typo = run("biuld");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("build"), typo.err());
        assertEquals(0, run("translate", "--help").code());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code());
    }

    @Test
    void buildPrintsAOneLineSummaryPerLanguage() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        CliRun r = run("build", "--site", site.toString(), "--out", tmp.resolve("out").toString(), "--no-pdf");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)Built \\d+ pages \\(en \\d+, nl \\d+, nl-SR \\d+, ar \\d+, tw \\d+, ti \\d+, sq \\d+\\) in \\d+\\.\\d\\d s, \\d+ files written → .*\n"),
                r.out());
        CliRun quiet = run("build", "--site", site.toString(), "--out", tmp.resolve("out").toString(), "--quiet", "--no-pdf");
        assertEquals(0, quiet.code());
        assertEquals("", quiet.out());
    }

    /** A licence whose address a reader could not follow: the file, line and column, exit 1, nothing written. */
    @Test
    void aBadLicenceInSiteYmlStopsTheBuild() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        TestSites.replaceInFile(site.resolve("site.yml"), "url: https://creativecommons.org/licenses/by-sa/4.0/",
                "url: creativecommons.org/licenses/by-sa/4.0/");
        TestSites.replaceInFile(site.resolve("site.yml"), "reviewed: 2026-11-01", "reviewed: 1 November 2026");
        int url = TestSites.lineOf(site.resolve("site.yml"), "url: creativecommons.org");
        int reviewed = TestSites.lineOf(site.resolve("site.yml"), "reviewed: 1 November");
        Path out = tmp.resolve("out");
        CliRun r = run("build", "--site", site.toString(), "--out", out.toString(), "--no-pdf");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("site.yml:" + url + ":8: error: licence url must be an absolute address starting "
                + "with https:// or http://"), r.err());
        assertTrue(r.err().contains("site.yml:" + reviewed + ":11: error: 'reviewed' must be a date like 2026-03-12 "
                + "(year-month-day), not '1 November 2026'"), r.err());
        assertTrue(!r.err().contains("\tat org.kring"), "no stack trace: " + r.err());
        assertTrue(!java.nio.file.Files.exists(out), "nothing written");
    }

    @Test
    void onlyTheLanguagesAskedFor() {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        CliRun r = run("build", "--site", site.toString(), "--out", tmp.resolve("out").toString(), "--lang", "nl,ar", "--no-pdf");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)Built \\d+ pages \\(nl \\d+, ar \\d+\\) in .*"), r.out());
        CliRun bad = run("build", "--site", site.toString(), "--out", tmp.resolve("out2").toString(), "--lang", "nll", "--no-pdf");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("did you mean 'nl'?"), bad.err());
    }

    @Test
    void baseUrlFromTheCommandLine() throws Exception {
        Path site = TestSites.copyExample(tmp.resolve("site"));
        CliRun r = run("build", "--site", site.toString(), "--out", tmp.resolve("out").toString(), "--base-url",
                "https://groups.example.net/kring", "--no-pdf");
        assertEquals(0, r.code(), r.err());
        String home = java.nio.file.Files.readString(tmp.resolve("out/en/index.html"));
        assertTrue(home.contains("href=\"https://groups.example.net/kring/en/\""), "canonical uses the base URL");
        // The 404 page is shown at any depth: its links start from the path the site is published under.
        org.jsoup.nodes.Document notFound = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(
                tmp.resolve("out/404.html")));
        assertTrue(notFound.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/kring/assets/"),
                notFound.selectFirst("link[rel=stylesheet]").toString());
        assertEquals("/kring/en/", notFound.selectFirst("section[lang=en] a").attr("href"));
        assertTrue(java.nio.file.Files.isRegularFile(tmp.resolve("out").resolve(notFound
                .selectFirst("link[rel=stylesheet]").attr("href").substring("/kring/".length()))), "the sheet is there");
    }

    @Test
    void coursePackExitCodes() throws Exception {
        Path site = org.kring.TinySite.write(tmp.resolve("site"), org.kring.TinyCourse.files());
        Path csv = tmp.resolve("cohort.csv");
        java.nio.file.Files.writeString(csv, "name\nAnna de Vries\nفاطمة الزهراء\nAkosua Ɔdɔnkɔ\n");
        CliRun ok = run("course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date", "2027-03-04",
                "--participants", csv.toString(), "--out", tmp.resolve("run").toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("t-2027-03-04-certificates.pdf  (3 pages)"), ok.out());
        assertTrue(ok.out().endsWith("Wrote 4 PDFs for 3 participants\n"), ok.out());

        // A row with an organisation but no name is a mistake; an all-empty row (",") is a spreadsheet's blank row.
        java.nio.file.Files.writeString(csv, "name,organisation\nAnna,Kraamzorg Oost\n\"\",Kraamzorg West\n,\n");
        CliRun badCsv = run("course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date", "2027-03-04",
                "--participants", csv.toString(), "--out", tmp.resolve("run2").toString());
        assertEquals(1, badCsv.code());
        assertTrue(badCsv.err().contains("cohort.csv:3: error: the name is empty"), badCsv.err());
        assertTrue(badCsv.err().contains("nothing was written"), badCsv.err());
        assertTrue(!java.nio.file.Files.exists(tmp.resolve("run2")));

        CliRun unknown = run("course", "pack", "tt", "--site", site.toString(), "--lang", "en", "--date", "2027-03-04");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no course 'tt' (did you mean 't'?)"), unknown.err());
        CliRun lang = run("course", "pack", "t", "--site", site.toString(), "--lang", "ar", "--date", "2027-03-04");
        assertEquals(2, lang.code());
        assertTrue(lang.err().contains("no language 'ar' in site.yml"), lang.err());
        CliRun date = run("course", "pack", "t", "--site", site.toString(), "--lang", "en", "--date", "4-3-2027");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("--date must be a date like 2027-03-04, not '4-3-2027'"), date.err());
        CliRun missing = run("course", "pack", "t", "--site", site.toString(), "--lang", "en");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--date"), missing.err());
    }
}
