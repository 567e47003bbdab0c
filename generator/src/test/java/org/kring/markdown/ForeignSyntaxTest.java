package org.kring.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kring.Problem;
import org.kring.Problems;
import org.kring.model.SourceFile;

/** Other tools' syntax is found on the line it is on, once per mark, and never in code. */
class ForeignSyntaxTest {
    private static List<String> warnings(String body) {
        Problems p = new Problems();
        new MarkdownReader().read(new SourceFile(Path.of("x.md"), "x.md", body), body, 10, p);
        List<String> out = new ArrayList<>();
        for (Problem w : p.sorted()) {
            out.add(w.line() + " " + w.message().substring(0, w.message().indexOf("' is ") + 1));
        }
        return out;
    }

    @Test
    void eachMarkIsWarnedOnItsOwnLineAndNotInCode() {
        String body = "{{< figure src=\"a.png\" >}}\n" // line 11
                + "Plain text.\n"
                + "```\n{% include x.md %}\n```\n" // lines 13-15: code
                + "Text with `{: .code}` and {: .challenge} after it\n" // 16
                + "\n"
                + "![a](b.png){width=50%} and {% raw %} twice {% endraw %}\n" // 18
                + "    {{< indented code >}}\n" // 19: indented, but it continues the paragraph: not code
                + "\n"
                + "!!! note \"Remember\"\n" // 21
                + "last line {{% shortcode %}}"; // 22, no newline at the end
        assertEquals(List.of("11 '{{< figure src=\"a.png\" >}}'", "16 '{: .challenge}'", "18 '{% endraw %}'",
                "18 '{% raw %}'", "18 '{width=50%}'", "19 '{{< indented code >}}'", "21 '!!! note \"Remember\"'",
                "22 '{{% shortcode %}}'"), warnings(body));
    }

    /** The one-pass search finds a mark exactly where a search for each mark would. */
    @Test
    void triggerFindsWhatEachMarkWouldFind() {
        String[] marks = {":::", "!!!", "???", "{{", "{%", "{:", "){"};
        String alphabet = ":!?{}%()\n a";
        Random r = new Random(19);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            int from = s.isEmpty() ? 0 : r.nextInt(s.length());
            int expected = -1;
            for (String m : marks) {
                int at = s.indexOf(m, from);
                if (at >= 0 && (expected < 0 || at < expected)) {
                    expected = at;
                }
            }
            assertEquals(expected, ForeignSyntax.trigger(s, from), s + " from " + from);
        }
    }
}
