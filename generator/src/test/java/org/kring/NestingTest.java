package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.cli.CliRun;
import org.kring.cli.Main;

/**
 * Input nested deeper than any curriculum needs (quotes, lists and blocks inside each other, emphasis and
 * links inside each other, YAML collections, ICU messages, templates that call themselves) is refused where
 * it is read: one line with the file and line, exit 1 from {@code kring check} and from {@code kring build}
 * (PDFs included), nothing written. Never a stack trace, never "nested too deeply" without a file. A deep
 * but reasonable document, and one at the limits themselves, still builds, PDFs included.
 */
class NestingTest {
    static final String TOPIC = "content/topics/food.md";
    /** The topic's front matter: its body starts on line 9. */
    static final String FRONT = """
            ---
            title: Food
            description: Eating well.
            questions:
              - What do you eat?
            key_messages:
              - Eat vegetables.
            ---
            """;
    static final int BODY = 9;
    static final String REC = "content/recommendations/r.md";

    /** The recommendation (which no other page names) with its last front matter line replaced. */
    private static String recommendation(String countries) {
        return TinySite.files().get(REC).replace("countries: [ghana]", countries);
    }

    static final String BLOCKS = "block quotes, lists and '::: ' blocks nest ";
    static final String INLINES = "emphasis, links, pictures and HTML tags nest ";
    static final String MARKS = "has more than 500 marks that can open emphasis or a link";
    static final String YAML_DEPTH = "lists and mappings nest more than 20 deep here; Kring allows up to 20";

    @TempDir
    Path tmp;

    /** A variant of bad input: the file it is in, its text, where the error must point and what it says. */
    record Bad(String name, String file, String text, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Bad body(String name, String body, int lineInBody, String message) {
        return new Bad(name, TOPIC, FRONT + body, BODY + lineInBody, message);
    }

    private static String lines(int n, java.util.function.IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        return sb.toString();
    }

    static Stream<Bad> markdown() {
        return Stream.of(
                body("quotes on one line, thousands deep", ">".repeat(5000) + " deep\n", 0, BLOCKS + "more than 64 deep"),
                body("quotes one more per line", lines(40, i -> ">".repeat(i + 1) + " level " + i), 16,
                        BLOCKS + "40 deep here; Kring allows up to 16"),
                body("bullet lists", lines(40, i -> "  ".repeat(i) + "- item " + i), 16, BLOCKS + "more than 32 deep"),
                body("numbered lists", lines(20, i -> "   ".repeat(i) + "1. item " + i), 16, BLOCKS + "20 deep here"),
                body("lists thousands deep on one line", "- ".repeat(3000) + "x\n", 0, BLOCKS + "more than 32 deep"),
                body("lists inside quotes", "> - ".repeat(30) + "x\n", 0, BLOCKS + "more than 43 deep"),
                body("quotes inside lists", "- > ".repeat(30) + "x\n", 0, BLOCKS + "more than 43 deep"),
                body("::: blocks inside each other", lines(40, i -> "::: tip") + "text\n" + lines(40, i -> ":::"), 16,
                        BLOCKS + "40 deep here"),
                body("::: blocks never closed", lines(3000, i -> "::: facilitator") + "text\n", 16,
                        BLOCKS + "more than 64 deep"),
                body("emphasis: thousands of stars", "*".repeat(30000) + "x" + "*".repeat(30000) + "\n", 0,
                        "this paragraph " + MARKS),
                body("emphasis and strong alternating", "*a _".repeat(10) + "x" + "_ a*".repeat(10) + "\n", 0,
                        INLINES + "20 deep here; Kring allows up to 16"),
                body("strong inside strong", "**a ".repeat(20) + "x" + " a**".repeat(20) + "\n", 0, INLINES + "20 deep"),
                body("strikethrough inside emphasis", "~~a *b ".repeat(10) + "x" + " b* a~~".repeat(10) + "\n", 0,
                        INLINES + "20 deep"),
                body("pictures in links in emphasis", "*a [b " + "*c ![d ".repeat(8) + "x" + "](images/c.svg) d*"
                        .repeat(8) + " b](topic:food) a*\n", 0, INLINES + "18 deep"),
                body("pictures inside pictures, thousands", "![a ".repeat(3000) + "x" + "](images/c.svg)".repeat(3000)
                        + "\n", 0, "this paragraph " + MARKS),
                body("raw HTML tags inside each other", "<span lang=\"nl\">".repeat(20) + "x" + "</span>".repeat(20)
                        + "\n", 0, INLINES + "20 deep"),
                body("raw HTML tags left open, paragraph after paragraph", lines(20, i -> "<b>open " + i + "\n"), 32,
                        INLINES + "20 deep"),
                body("emphasis inside a deep list", lines(10, i -> "  ".repeat(i) + "- item")
                        + "  ".repeat(10) + "*a _".repeat(9) + "x" + "_ a*".repeat(9) + "\n", 10, INLINES + "18 deep"),
                body("a heading full of brackets", "## " + "[".repeat(600) + "x\n", 0, "this heading " + MARKS),
                body("a table cell full of stars", "| a | b |\n|---|---|\n| x | " + "*a ".repeat(600) + " |\n", 2,
                        "this table cell " + MARKS));
    }

    static Stream<Bad> yamlAndMessages() {
        String site = TinySite.files().get("site.yml");
        return Stream.of(
                new Bad("front matter: a flow list thousands deep", REC, recommendation("countries: " + "[".repeat(5000)
                        + "ghana" + "]".repeat(5000)), 5, YAML_DEPTH),
                new Bad("front matter: flow mappings deep", REC, recommendation("countries: [" + "{a: ".repeat(100)
                        + "}".repeat(100) + "]"), 5, YAML_DEPTH),
                new Bad("front matter: block lists deep", REC, recommendation("countries:\n"
                        + lines(30, i -> "  ".repeat(i + 1) + "-").stripTrailing()), 25, YAML_DEPTH),
                new Bad("front matter: a list holding itself", REC, recommendation("countries: &x [ghana, [b, *x]]"), 5,
                        "alias '*x' is inside the list or mapping it names"),
                new Bad("front matter: aliases multiplying (billion laughs)", REC, recommendation(
                        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c]\n"
                                + "countries: [ghana]"), 8, "more than 20 aliases ('*name') of lists and mappings"),
                new Bad("site.yml: a flow list thousands deep", "site.yml", site + "extra: " + "[".repeat(5000) + "\n", 9,
                        YAML_DEPTH),
                new Bad("site.yml: a mapping holding itself", "site.yml", site + "extra: &x {a: *x}\n", 9,
                        "alias '*x' is inside the list or mapping it names"),
                new Bad("ui.yml: keys nested deep", "translations/nl/ui.yml", lines(30, i -> "  ".repeat(i) + "k" + i + ":")
                        + "  ".repeat(30) + "x: y\n", 21, YAML_DEPTH),
                new Bad("ui.yml: a mapping holding itself", "translations/nl/ui.yml", "nav: &x\n  home: Thuis\n  again: *x\n",
                        3, "alias '*x' is inside the list or mapping it names"),
                new Bad("ui.yml: plural inside select inside plural, 20 deep", "translations/nl/ui.yml",
                        "topics:\n  title: '" + nested(20) + "'\n", 2,
                        "'topics.title' is not a valid message: its braces { } nest 41 deep; Kring allows up to 16"),
                new Bad("ui.yml: plurals thousands deep", "translations/nl/ui.yml", "topics:\n  title: '" + nested(3000)
                        + "'\n", 2, "its braces { } nest 6001 deep"),
                new Bad("ui.yml: bare braces thousands deep", "translations/nl/ui.yml", "topics:\n  title: \""
                        + "{".repeat(5000) + "}".repeat(5000) + "\"\n", 2, "its braces { } nest 5000 deep"),
                new Bad("ui.yml: choice inside choice", "translations/nl/ui.yml", "topics:\n  title: \""
                        + "{n, choice, 0#none|1#".repeat(300) + "x" + "}".repeat(300) + "\"\n", 2,
                        "its braces { } nest 300 deep"));
    }

    /** A plural inside a select inside a plural ..., {@code n} arguments deep (two braces each). */
    static String nested(int n) {
        String s = "{n} x";
        for (int i = 0; i < n; i++) {
            s = i % 2 == 0 ? "{n, plural, one {# a} other {" + s + "}}" : "{g, select, f {b} other {" + s + "}}";
        }
        return s;
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("a macro calling itself", "<#macro r n><@r n + 1/></#macro><@r 0/>\n",
                        "template error: rendering went too deep", false),
                Arguments.of("a template including itself", "<#include \"topic.ftlh\">\n",
                        "template error: rendering went too deep", false),
                Arguments.of("directives thousands deep", "<#if true>".repeat(5000) + "x" + "</#if>".repeat(5000) + "\n",
                        "template syntax error: directives or expressions nest too deeply to read", true),
                Arguments.of("an expression thousands deep", "${" + "(".repeat(5000) + "1" + ")".repeat(5000) + "}\n",
                        "template syntax error: directives or expressions nest too deeply to read", true));
    }

    private Path site(String file, String text) {
        Map<String, String> files = TinySite.files();
        files.put(file, text);
        return TinySite.write(tmp.resolve("site"), files);
    }

    /** Runs a command that must fail with exactly this one error; returns what it printed. */
    private static CliRun failsWithOneLine(Bad bad, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.summary());
        assertFalse(run.summary().contains("\tat "), "no stack trace: " + run.summary());
        assertFalse(run.summary().contains("nested too deeply to read (lists"), "not the last resort: " + run.summary());
        String where = bad.file() + ":" + (bad.line() > 0 ? bad.line() + ":" : "");
        List<String> lines = (run.out() + run.err()).lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, lines.size(), "one error, in one line: " + run.summary());
        assertTrue(lines.get(0).startsWith(where) && lines.get(0).contains(": error: ")
                && lines.get(0).contains(bad.message()), "expected " + where + " ... " + bad.message() + " in\n"
                + run.summary());
        return run;
    }

    private void checkAndBuildFail(Bad bad) throws IOException {
        Path site = site(bad.file(), bad.text());
        Map<String, String> before = TestSites.tree(site);
        Path out = tmp.resolve("out");
        failsWithOneLine(bad, "check", "--site", site.toString());
        failsWithOneLine(bad, "build", "--site", site.toString(), "--out", out.toString());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(before, TestSites.tree(site), "the site's files are as they were, no cache written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdown")
    void markdownNestedTooDeeplyIsOneErrorAtItsLine(Bad bad) throws IOException {
        checkAndBuildFail(bad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlAndMessages")
    void yamlAndInterfaceStringsNestedTooDeeplyAreOneErrorAtTheirLine(Bad bad) throws IOException {
        checkAndBuildFail(bad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aSiteTemplateThatRecursesWithoutEndIsAnErrorNamingIt(String name, String template, String message,
            boolean foundByCheck) throws IOException {
        Bad bad = new Bad(name, "templates/web/topic.ftlh", template, 0, message);
        Path site = site(bad.file(), bad.text());
        Path out = tmp.resolve("out");
        if (foundByCheck) {
            failsWithOneLine(bad, "check", "--site", site.toString());
        }
        failsWithOneLine(bad, "build", "--site", site.toString(), "--out", out.toString(), "--no-pdf");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aPrintTemplateThatNestsItsHtmlThousandsDeepStillPrints() throws IOException {
        // jsoup, which makes the page well-formed for the PDF engine, stops nesting at 512 levels.
        Path site = site("templates/print/session.ftlh", "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body>" + "<div>".repeat(3000) + "${session.title}" + "</div>".repeat(3000) + "</body></html>\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(Main.OK, run.code(), run.summary());
        assertTrue(Files.size(out.resolve("pdf/en/p-01-facilitator.pdf")) > 1000);
    }

    @Test
    void aTranslationNestedTooDeeplyIsRefusedByTheImportAndNothingIsWritten() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        assertEquals(Main.OK, CliRun.of("translate", "export", "nl", "--site", site.toString()).code());
        Path po = site.resolve("translations/nl/nl.po");
        String export = Files.readString(po);
        int line = (int) export.substring(0, export.indexOf("msgid \"Why.\"")).lines().count() + 2;
        Map<String, String> before = TestSites.tree(site.resolve("translations"));
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        variants.put(">".repeat(5000) + " Waarom", BLOCKS + "more than 64 deep");
        variants.put("*".repeat(20000) + "Waarom" + "*".repeat(20000), "this paragraph " + MARKS);
        variants.put("<b>".repeat(3000) + "Waarom" + "</b>".repeat(3000), INLINES + "3000 deep");
        variants.put("*a _".repeat(10) + "Waarom" + "_ a*".repeat(10), INLINES + "20 deep");
        for (Map.Entry<String, String> v : variants.entrySet()) {
            Files.writeString(po, export.replace("msgid \"Why.\"\nmsgstr \"\"", "msgid \"Why.\"\nmsgstr \""
                    + v.getKey().replace("\"", "\\\"") + "\""));
            CliRun run = CliRun.of("translate", "import", po.toString(), "--site", site.toString());
            assertEquals(Main.CONTENT_ERRORS, run.code(), run.summary());
            assertTrue(run.err().contains("nl.po:" + line + ": error: the translation: " + v.getValue()), run.summary());
            assertFalse(run.summary().contains("\tat "), run.summary());
            Map<String, String> after = TestSites.tree(site.resolve("translations"));
            after.remove("nl/nl.po");
            Map<String, String> expected = new java.util.TreeMap<>(before);
            expected.remove("nl/nl.po");
            assertEquals(expected, after, "nothing imported");
        }
        // An interface string nested too deeply, from the same file.
        int ui = (int) export.substring(0, export.indexOf("msgctxt \"ui.yml|")).lines().count() + 3;
        Files.writeString(po, export.replaceFirst("(msgctxt \"ui\\.yml\\|[^\"]+\"\nmsgid \"[^\"]*\"\nmsgstr )\"\"",
                "$1\"" + nested(2000) + "\""));
        CliRun run = CliRun.of("translate", "import", po.toString(), "--site", site.toString());
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.summary());
        assertTrue(run.err().contains("nl.po:" + ui + ": error: ") && run.err().contains("its braces { } nest 4001 deep"),
                run.summary());
    }

    /** Six levels of blocks with six of emphasis and links inside: deep for a curriculum, and fine. */
    static final String REASONABLE = """
            ::: facilitator
            > Ask the group:
            >
            > 1. What do you eat?
            >    - In the morning
            >      ::: tip
            >      - Porridge, **with *milk* and [a _fruit_ ~~or two~~](topic:food)**
            >        - <span lang="nl"><b>*Pap* met melk</b></span>
            >      :::
            :::
            """;

    @Test
    void aDeepButReasonableDocumentBuildsWithItsPdfs() throws IOException {
        Path site = site("content/programmes/p/01-first.md", TinySite.files().get("content/programmes/p/01-first.md")
                + "\n" + REASONABLE);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(Main.OK, run.code(), run.summary());
        assertTrue(Files.readString(out.resolve("en/programmes/p/01-first/index.html")).contains("<em>Pap</em> met melk"));
        assertTrue(Files.size(out.resolve("pdf/en/p-01-facilitator.pdf")) > 1000);
    }

    /** Exactly at the limits: 16 levels of blocks (5 kinds of box, 5 quotes, 6 lists), 16 inline levels inside. */
    static String atTheLimits() {
        StringBuilder sb = new StringBuilder();
        List<String> boxes = List.of("tip", "facilitator", "participant", "activity A game", "refer");
        boxes.forEach(b -> sb.append("::: ").append(b).append('\n'));
        String quote = "> ".repeat(5);
        String indent = "";
        for (int l = 0; l < 6; l++) {
            sb.append(quote).append(indent).append("- level ").append(11 + l).append('\n');
            indent += "  ";
        }
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            marks.add(i % 2 == 0 ? "*" : "_");
        }
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (String m : marks) {
            open.append(m).append("a ");
            close.insert(0, " a" + m);
        }
        // strikethrough, link, two raw tags and twelve emphases: 16
        sb.append(quote).append(indent).append("~~[<span lang=\"nl\"><b>").append(open).append("the deepest text")
                .append(close).append("</b></span>](topic:food)~~\n\n");
        boxes.forEach(b -> sb.append(":::\n"));
        return sb.toString();
    }

    @Test
    void aDocumentExactlyAtTheLimitsBuildsWithItsPdfs() throws IOException {
        Path site = site("content/programmes/p/01-first.md", TinySite.files().get("content/programmes/p/01-first.md")
                + "\n" + atTheLimits());
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("build", "--site", site.toString(), "--out", out.toString());
        assertEquals(Main.OK, run.code(), run.summary());
        assertTrue(Files.readString(out.resolve("en/programmes/p/01-first/index.html")).contains("the deepest text"));
        assertTrue(Files.size(out.resolve("pdf/en/p-01-facilitator.pdf")) > 1000);
        assertTrue(Files.size(out.resolve("pdf/en/p-manual.pdf")) > 1000);
    }
}
