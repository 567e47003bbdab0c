package org.kring.render.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A build that renders a few pages continues each language's search index from the script the last build
 * wrote: the entries it keeps come out byte for byte as a build of every page writes them.
 */
class SearchIndexScriptTest {
    private static final String[] PIECES = {"a", "word ", "\"", "\\", "/", "\n", "\t", "\u2028", "\u2029", "}", "]",
        ",", "{\"u\":\"x\"}", ":", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u1218\u1295", "\ud83d\ude00", "\u0001",
        "\u00a0", "<script>", "&amp;"};

    private static String text(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int n = r.nextInt(max); n > 0; n--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void aContinuedIndexWritesWhatAFullOneWrites() {
        Random r = new Random(26);
        for (int round = 0; round < 300; round++) {
            SearchIndex full = new SearchIndex();
            List<String> files = new ArrayList<>();
            int pages = r.nextInt(12);
            for (int i = 0; i < pages; i++) {
                String url = "sessions/p" + i + (r.nextBoolean() ? "/index.html" : ".html#" + text(r, 2).replace("\"", ""));
                files.add(url);
                full.put("ar", new SearchIndex.Entry(text(r, 6), text(r, 2), url, text(r, 30),
                        r.nextBoolean() ? null : "en"));
            }
            byte[] script = full.script("ar", files);
            Map<String, byte[]> slices = SearchIndex.slices(script, SearchIndex.head("ar"));
            // A link with a character JSON escapes is decoded the slow way.
            boolean escaped = files.stream().anyMatch(f -> f.chars().anyMatch(c -> c < 0x20 || c == '"' || c == '\\'
                    || c == 0x2028 || c == 0x2029));
            if (!escaped) {
                assertNotNull(slices, new String(script, StandardCharsets.UTF_8));
                assertEquals(files, List.copyOf(slices.keySet()));
            }
            // Continued with nothing rendered again, and with one page rendered again, as a full build would.
            SearchIndex kept = SearchIndex.continuing(lang -> script);
            assertArrayEquals(script, kept.script("ar", files));
            if (pages > 0) {
                String url = files.get(r.nextInt(pages));
                SearchIndex.Entry again = new SearchIndex.Entry("new title", "topic", url, text(r, 10), null);
                full.put("ar", again);
                SearchIndex one = SearchIndex.continuing(lang -> script);
                one.put("ar", again);
                assertArrayEquals(full.script("ar", files), one.script("ar", files));
            }
        }
    }

    @Test
    void aScriptLaidOutOtherwiseIsDecoded() {
        byte[] head = SearchIndex.head("en");
        assertNull(SearchIndex.slices("window.kringSearch={\"lang\":\"en\",\"docs\":[{\"u\":\"a\"} ]};\n"
                .getBytes(StandardCharsets.UTF_8), head));
        assertNull(SearchIndex.slices("window.kringSearch={\"lang\":\"en\",\"docs\":[{\"t\":\"a\"}]};\n"
                .getBytes(StandardCharsets.UTF_8), head));
        assertNull(SearchIndex.slices("window.kringSearch={\"lang\":\"en\",\"docs\":[{\"u\":\"a\"},{\"u\":\"a\"}]};\n"
                .getBytes(StandardCharsets.UTF_8), head));
        assertNull(SearchIndex.slices("window.kringSearch={\"lang\":\"en\",\"docs\":[{\"u\":\"a\\u0041\"}]};\n"
                .getBytes(StandardCharsets.UTF_8), head));
        assertNull(SearchIndex.slices("{\"u\":\"a\"}".getBytes(StandardCharsets.UTF_8), head));
        assertEquals(Map.of(), SearchIndex.slices("window.kringSearch={\"lang\":\"en\",\"docs\":[]};\n"
                .getBytes(StandardCharsets.UTF_8), head));
    }
}
