package org.kring.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kring.ExampleWebBuild;

/**
 * The search text is read in one pass over the markup; it must hold the words jsoup's tree gives for the same
 * elements, on every page the example builds and on markup that is broken in every way the pass could trip on.
 */
class SearchTextTest {

    /** What the search text stood for when it was read through jsoup: the reference. */
    private static List<String> jsoupWords(String html, int from, int to) {
        Element body = Jsoup.parseBodyFragment(html.substring(from, to)).body();
        body.select("script, style, noscript, h1, nav, template, [hidden]").remove();
        return words(body.text());
    }

    private static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("[\\s\\u00a0]+"));
    }

    @Test
    void everyPageOfTheExampleGivesTheWordsJsoupGives() throws IOException {
        Path site = ExampleWebBuild.out();
        List<Path> pages;
        try (var s = Files.walk(site)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
        assertTrue(pages.size() > 300, "pages: " + pages.size());
        for (Path page : pages) {
            String html = Files.readString(page);
            int start = html.indexOf("<div class=\"content\">");
            if (start < 0) {
                continue;
            }
            int end = html.indexOf("</main>", start);
            assertEquals(jsoupWords(html, start, end), words(SearchText.of(html)), page.toString());
        }
    }

    @Test
    void aSessionPageIsSearchedByItsTextNotByItsNavigation() throws IOException {
        String html = Files.readString(ExampleWebBuild.out().resolve("en/programmes/pregnancy/01-welcome/index.html"));
        String text = SearchText.of(html);
        assertTrue(text.contains("Agenda"), text);
        assertTrue(!text.contains("On this page"), "the guide's sections are navigation: " + text);
        assertTrue(!text.contains("Previous session") && !text.contains("Next session"), text);
    }

    @Test
    void entitiesHiddenElementsScriptsAndBreaks() {
        String entities = "<p>a &amp; b &lt; c &eacute;</p>";
        assertEquals("a & b < c é", SearchText.text(entities, 0, entities.length()));
        String html = "<div class=\"content\"><h1>Title</h1><p>one<br>two<em>three</em></p><p hidden>x</p>"
                + "<div data-hidden=\"1\">four</div><script>if (a<b) { '</div>' }</script><nav><nav>y</nav>z</nav>"
                + "<td>five</td><td>six\u00a0seven\u200b</td></main>";
        assertEquals("one twothree four five six seven", SearchText.of(html));
    }

    @Test
    void wellNestedMarkupOfEveryKindGivesTheWordsJsoupGives() {
        Random random = new Random(11);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            block(b, random, 0);
            String html = b.toString();
            assertEquals(jsoupWords(html, 0, html.length()), words(SearchText.text(html, 0, html.length())), html);
        }
    }

    private static final String[] WORDS = {"word", "two words", "a&amp;b", "&lt;tag&gt;", "x&nbsp;y", "كلمة",
        "ቃል", "zero\u200bwidth", " ", "\n", "é", "\"quoted\"", "it's", "a > b"};

    private static void block(StringBuilder b, Random r, int depth) {
        int children = r.nextInt(4);
        for (int i = 0; i < children; i++) {
            switch (depth > 3 ? 0 : r.nextInt(9)) {
                case 0 -> inline(b, r, depth + 1);
                case 1 -> wrap(b, r, depth, "<div class=\"c\">", "</div>", true);
                case 2 -> wrap(b, r, depth, "<section aria-label='x > y'>", "</section>", true);
                case 3 -> {
                    b.append("<p>");
                    inline(b, r, depth + 1);
                    b.append("</p>");
                }
                case 4 -> wrap(b, r, depth, "<nav>", "</nav>", true);
                case 5 -> wrap(b, r, depth, "<div hidden>", "</div>", true);
                case 6 -> b.append("<script>if (a<b) { x('</div>') }</script>");
                case 7 -> {
                    b.append("<ul>");
                    for (int k = r.nextInt(3); k >= 0; k--) {
                        wrap(b, r, depth, "<li>", "</li>", r.nextBoolean());
                    }
                    b.append("</ul>");
                }
                default -> {
                    b.append("<h1>");
                    inline(b, r, depth + 1);
                    b.append("</h1><!-- a <p>comment</p> -->");
                }
            }
        }
    }

    private static void wrap(StringBuilder b, Random r, int depth, String open, String close, boolean blocks) {
        b.append(open);
        if (blocks) {
            block(b, r, depth + 1);
        } else {
            inline(b, r, depth + 1);
        }
        b.append(close);
    }

    private static void inline(StringBuilder b, Random r, int depth) {
        int children = 1 + r.nextInt(4);
        for (int i = 0; i < children; i++) {
            switch (depth > 5 ? 0 : r.nextInt(7)) {
                case 0, 1 -> b.append(WORDS[r.nextInt(WORDS.length)]);
                case 2 -> wrap(b, r, depth, "<em>", "</em>", false);
                case 3 -> {
                    // A link inside a link is not markup a page can hold: the parser closes the first.
                    if (b.lastIndexOf("<a ") <= b.lastIndexOf("</a>")) {
                        wrap(b, r, depth, "<a href=\"x/#y\" title=\"p > q\">", "</a>", false);
                    }
                }
                case 4 -> b.append("<br>");
                case 5 -> b.append("<img src=\"a.svg\" alt=\"pic\">");
                default -> wrap(b, r, depth, "<span hidden>", "</span>", false);
            }
        }
    }

    @Test
    void brokenMarkupNeverFails() {
        String[] parts = {"<p>", "</p>", "<div hidden>", "</div>", "<em>", "<nav>", "</nav>", "<h1", "word", " ",
            "&amp;", "&", "<", ">", "<br/>", "<!--", "-->", "<a href=\"x>y", "\"", "'", "<script>", "</script",
            "<x-y>", "<svg><path d=\"M0\"/>", "<p hidden=\"\">", "كلمة"};
        Random random = new Random(13);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String html = b.toString();
            String text = SearchText.text(html, 0, html.length());
            assertTrue(!text.startsWith(" ") && !text.endsWith(" ") && !text.contains("  "), html);
        }
    }
}
