package org.kring.markdown;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML in Markdown: harmless inline tags pass, everything that can run or restyle is refused. */
class RawHtmlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"<kbd>", "</kbd>", "<abbr title=\"World Health Organization\">", "<br>", "<br/>",
            "<sub>", "<sup>", "<mark>", "</mark>", "<small>", "<span lang=\"ar\" dir=\"rtl\">", "<bdi>",
            "<!-- a comment -->", "<time datetime=\"2024-07-09\">", "<em>", "<strong>"})
    void allowed(String html) {
        assertNull(RawHtmlPolicy.problem(html), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js>", "<img src=x onerror=alert(1)>",
            "<span onclick=\"x()\">", "<span style=\"display:none\">", "<iframe src=\"https://x\">", "<style>body{}</style>",
            "<a href=\"javascript:alert(1)\">", "<svg onload=alert(1)>", "<object data=x>", "<embed src=x>",
            "<form action=x>", "<input autofocus onfocus=alert(1)>", "<meta http-equiv=refresh content=0;url=x>",
            "<link rel=stylesheet href=x>", "<base href=//evil/>", "<math><mi xlink:href=x>", "<details open ontoggle=x()>",
            "<video><source onerror=x()>", "<abbr title=x onmouseover=alert(1)>", "<span class=\"x\">",
            "</script>", "<table><tr><td>x</td></tr></table>", "<div>block</div>", "<p onclick=x>"})
    void refused(String html) {
        assertNotNull(RawHtmlPolicy.problem(html), html);
    }
}
