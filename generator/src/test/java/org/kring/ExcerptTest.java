package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's text quoted in a message is cut between characters, never inside one: a warning that quoted half an
 * emoji once failed the whole build when its record was written ("cannot move the new site ...").
 */
class ExcerptTest {
    @TempDir
    Path tmp;

    @Test
    void anExcerptNeverEndsInHalfACharacter() {
        String emoji = "\uD83D\uDE00"; // U+1F600, two chars in Java
        for (int at = 0; at < 70; at++) {
            String text = "a".repeat(at) + emoji + "b".repeat(70);
            for (int max : new int[] {40, 60}) {
                String e = Problem.excerpt(text, max);
                assertTrue(e.length() <= max, e);
                assertTrue(text.startsWith(e.substring(0, e.length() - 3)), e);
                assertTrue(e.endsWith("..."));
                for (int i = 0; i < e.length(); i++) {
                    char c = e.charAt(i);
                    boolean paired = Character.isHighSurrogate(c) ? i + 1 < e.length()
                            && Character.isLowSurrogate(e.charAt(i + 1))
                            : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(e.charAt(i - 1));
                    assertTrue(paired, "half a character at " + i + " of '" + e + "' (emoji at " + at + ")");
                }
            }
        }
        assertEquals("short", Problem.excerpt("short", 40));
    }

    @Test
    void aWarningQuotingAnEmojiWhereItIsCutFailsNoBuild() {
        Map<String, String> files = TinySite.files();
        files.put("content/about.md", "---\ntitle: About\n---\n\n{{< figure src=\"aaaaaaaaaaaaaaaaaaaa\uD83D\uDE00bbbb\" >}}\n");
        Path site = TinySite.write(tmp.resolve("site"), files);
        BuildResult r = Kring.build(BuildOptions.of(site).withOut(tmp.resolve("out")).withPdf(false)
                .withCache(tmp.resolve("cache")));
        Problem w = r.warnings().stream().filter(p -> p.file().equals("content/about.md")).findFirst().orElseThrow();
        assertTrue(w.message().startsWith("'{{< figure src=\"aaaaaaaaaaaaaaaaaaaa...' is a Hugo shortcode"),
                w.message());
    }
}
