package org.kring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildOptions;
import org.kring.BuildResult;
import org.kring.Kring;
import org.kring.TestSites;

/**
 * The README's "Add a language" section, done as it says: every command in it, in its order, on a copy of the
 * example, with a translator filling a few entries in between. The README's sample output must be what the
 * commands print (numbers aside, which change with the example's content).
 */
class AddLanguageJourneyTest {
    private static final String TITLE = "Здорове харчування під час вагітності";
    private static final String HEADING = "Довідка для ведучого";

    @TempDir
    Path tmp;

    @Test
    void aUkrainianTeamFollowsTheReadme() throws IOException {
        String section = readmeSection("### Add a language");
        List<String> commands = commands(section);
        assertEquals(List.of("./kring translate add uk", "./kring translate status uk",
                "./kring translate export uk --only todo", "./kring translate import translations/uk/uk.po",
                "./kring build", "./kring translate status uk", "./kring translate export uk --only todo"), commands,
                "the README's commands; when they change, change this journey with them");
        List<List<String>> shown = outputs(section);
        Path site = TestSites.copyExample(tmp.resolve("site"));

        CliRun add = run(site, commands.get(0));
        assertShown(shown.get(0), add.out());
        assertTrue(Files.readString(site.resolve("site.yml")).contains("  - code: uk\n    name: Українська\n"));

        String status = run(site, commands.get(1)).out();
        CliRun export = run(site, commands.get(2));
        assertShown(shown.get(1), status + export.out());
        Path po = site.resolve("translations/uk/uk.po");
        assertTrue(Files.isRegularFile(po));

        // The translator, in Poedit: two entries of one topic, the rest left empty.
        String text = Files.readString(po);
        text = fill(text, "topics/nutrition.md|title", "Eating well in pregnancy", TITLE);
        text = fill(text, "topics/nutrition.md|heading", "Background for the facilitator", HEADING);
        Files.writeString(po, text);

        CliRun in = run(site, commands.get(3));
        assertTrue(in.out().startsWith("Imported 2 translations into 1 files of 'uk'"), in.out() + in.err());
        Path out = tmp.resolve("out");
        build(site, out);
        Document page = Jsoup.parse(out.resolve("uk/topics/nutrition/index.html").toFile());
        assertEquals("uk", page.selectFirst("html").attr("lang"));
        assertEquals("ltr", page.selectFirst("html").attr("dir"));
        assertEquals(TITLE, page.selectFirst("main h1").text());
        assertTrue(page.select("main h2").eachText().contains(HEADING), page.select("main h2").eachText().toString());
        assertEquals("uk", Jsoup.parse(out.resolve("uk/index.html").toFile()).selectFirst("html").attr("lang"));

        String partial = "partial:  translations/uk/topics/nutrition.md: 2 of 29 parts translated";
        assertTrue(section.contains(partial), "the README shows the partial line");
        assertTrue(masked(run(site, commands.get(1)).out()).contains(masked(partial)));
        Document statusPage = Jsoup.parse(out.resolve("uk/translation/index.html").toFile());
        Element listed = statusPage.selectFirst("#partial-list + ul li");
        assertNotNull(listed, "the status page lists the partly translated file");
        assertEquals(TITLE, listed.selectFirst("a").text());
        assertEquals("topics/nutrition.md", listed.selectFirst("bdi[dir=ltr]").text());
        assertTrue(listed.text().matches(".*\\d+ of \\d+ parts translated.*"), listed.text());

        // Later, the English changes.
        TestSites.replaceInFile(site.resolve("content/topics/nutrition.md"), "title: Eating well in pregnancy",
                "title: Eating well while pregnant");
        String later = run(site, commands.get(5)).out();
        assertTrue(later.contains("outdated: translations/uk/topics/nutrition.md"), later);
        run(site, commands.get(6));
        String again = Files.readString(po);
        assertTrue(again.contains("#, fuzzy\n#| msgid \"Eating well in pregnancy\"\nmsgctxt \"topics/nutrition.md|title\"\n"
                + "msgid \"Eating well while pregnant\"\nmsgstr \"" + TITLE + "\""), "changed: fuzzy, old English shown");
        assertTrue(again.contains("msgid \"Which foods have you heard you should avoid, and why?\"\nmsgstr \"\""),
                "still to translate");
        build(site, out);
        Document outdated = Jsoup.parse(out.resolve("uk/topics/nutrition/index.html").toFile());
        assertNotNull(outdated.selectFirst(".notice-outdated"), "the site marks the page");
    }

    /** Runs a README command in the site folder, as the team would. */
    private static CliRun run(Path site, String command) {
        List<String> args = new ArrayList<>(Arrays.asList(command.substring("./kring ".length()).split(" ")));
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("translations/")) {
                args.set(i, site.resolve(args.get(i)).toString());
            }
        }
        args.add("--site");
        args.add(site.toString());
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), command + ": " + r.err());
        return r;
    }

    private static void build(Path site, Path out) {
        BuildResult r = Kring.build(BuildOptions.of(site).withOut(out).withPdf(false));
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).toString().startsWith("translations/uk/ui.yml: warning: ")
                && r.warnings().get(0).message().contains("interface strings are not translated and show in English"),
                "the one warning the README announces: " + r.warnings());
    }

    private static String fill(String po, String context, String source, String translation) {
        String empty = "msgctxt \"" + context + "\"\nmsgid \"" + source + "\"\nmsgstr \"\"\n";
        assertTrue(po.contains(empty), "an empty entry for " + source);
        return po.replace(empty, empty.replace("msgstr \"\"", "msgstr \"" + translation + "\""));
    }

    /** The README's sample output, each line found in what the commands printed, numbers aside. */
    private static void assertShown(List<String> lines, String printed) {
        for (String line : lines) {
            if (!line.equals("...")) {
                assertTrue(masked(printed).contains(masked(line)), "README shows '" + line + "' but got:\n" + printed);
            }
        }
    }

    private static String masked(String s) {
        return s.replaceAll("\\d[\\d,]*", "N");
    }

    static String readmeSection(String heading) throws IOException {
        String readme = Files.readString(TestSites.repo().resolve("README.md"));
        int start = readme.indexOf(heading + "\n");
        assertTrue(start >= 0, "README has " + heading);
        int end = readme.indexOf("\n#", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The commands of a README section: lines of its code blocks and inline code that start with ./kring. */
    private static List<String> commands(String section) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\./kring [^\\n`]*$|`(\\./kring [^`]*)`").matcher(section);
        while (m.find()) {
            out.add((m.group(1) != null ? m.group(1) : m.group()).strip());
        }
        return out;
    }

    /** The code blocks of a section that show output (no command in them), line by line. */
    private static List<List<String>> outputs(String section) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)```\\n(.*?)```").matcher(section);
        while (m.find()) {
            List<String> lines = m.group(1).lines().toList();
            if (lines.stream().noneMatch(l -> l.startsWith("./kring "))) {
                out.add(lines);
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
