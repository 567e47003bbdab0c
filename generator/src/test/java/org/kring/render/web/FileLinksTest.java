package org.kring.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Links to pages name their file, so the site opens from disk; nothing else in a page changes. */
class FileLinksTest {
    @Test
    void aLinkToAPageNamesItsFileKeepingItsAnchorAndQuery() {
        assertEquals("<a href=\"../about/index.html\">", FileLinks.apply("<a href=\"../about/\">"));
        assertEquals("<a class=\"x\" href=\"../../en/topics/food/index.html#signs\">",
                FileLinks.apply("<a class=\"x\" href=\"../../en/topics/food/#signs\">"));
        assertEquals("<a href=\"./index.html\">", FileLinks.apply("<a href=\"./\">"));
        assertEquals("<a href=\"../index.html\">", FileLinks.apply("<a href=\"../\">"));
        assertEquals("<a href=\"en/index.html\" hreflang=\"en\">", FileLinks.apply("<a href=\"en/\" hreflang=\"en\">"));
        assertEquals("<a href=\"x/index.html?q=1\">", FileLinks.apply("<a href=\"x/?q=1\">"));
    }

    @Test
    void otherLinksAndTextAreLeftAsTheyAre() {
        for (String html : new String[] {
            "<a href=\"https://example.org/docs/\">", "<a href=\"mailto:a@b.nl\">", "<a href=\"tel:+31\">",
            "<a href=\"#top\">", "<a href=\"/en/\">", "<a href=\"../pdf/en/a.pdf\">", "<a href=\"x/index.html\">",
            "<link rel=\"alternate\" hreflang=\"nl\" href=\"https://site.example/nl/\">",
            "<div data-href=\"x/\">", "<p>write href=\"x/\" in a template</p>",
            "<pre>&lt;a href=\"x/\"&gt;</pre>", "<a href=\"\">", "<a href=\"data:text/plain,a/\">"}) {
            assertSame(html, FileLinks.apply(html), html);
        }
    }

    /** The scan replaced a regular expression; on any markup it must change exactly what the expression did. */
    @Test
    void theScanChangesWhatTheRegularExpressionItReplacedChanged() {
        java.util.regex.Pattern href = java.util.regex.Pattern.compile("(<[a-zA-Z][^<>]*?\\shref=\")([^\"]*)(\")");
        String[] parts = {"<a", " href=\"", "x/", "../about/", "#top", "\"", ">", "<", " ", "\n", "data-", "text",
            "href=\"", "<p>", "</a>", "=", "y/?q=1#a", "<br/>", "\t", "é", "مرحبا/"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20000; n++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                html.append(parts[random.nextInt(parts.length)]);
            }
            String in = html.toString();
            java.util.regex.Matcher m = href.matcher(in);
            StringBuilder expected = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String link = FileLinks.toFile(m.group(2));
                if (link != null) {
                    expected.append(in, last, m.start(2)).append(link);
                    last = m.end(2);
                }
            }
            expected.append(in, last, in.length());
            assertEquals(expected.toString(), FileLinks.apply(in), in);
        }
    }
}
