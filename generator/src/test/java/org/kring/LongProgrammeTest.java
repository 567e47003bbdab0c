package org.kring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A programme of many sessions: each session page lists the fifteen sessions around it beside the guide, not all
 * of them (the list is for moving to a neighbour; the programme page, which the list's heading links, has all).
 */
class LongProgrammeTest {
    @TempDir
    Path tmp;

    @Test
    void aSessionPageListsTheFifteenSessionsAroundIt() throws IOException {
        Map<String, String> files = TinySite.files();
        for (int n = 2; n <= 30; n++) {
            files.put(String.format("content/programmes/p/%02d-meeting.md", n), """
                    ---
                    title: Meeting %d
                    number: %d
                    duration: 30
                    description: Meeting %d.
                    objectives: [Talk.]
                    materials: [Chairs]
                    agenda:
                      - minutes: 30
                        activity: Talk
                    ---
                    Talk.
                    """.formatted(n, n, n));
        }
        Path site = TinySite.write(tmp.resolve("site"), files);
        Path out = tmp.resolve("out");
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false));

        assertEquals(range(1, 15), listed(out.resolve("en/programmes/p/01-first/index.html")), "the first");
        assertEquals(range(13, 27), listed(out.resolve("en/programmes/p/20-meeting/index.html")), "one in the middle");
        assertEquals(range(16, 30), listed(out.resolve("en/programmes/p/30-meeting/index.html")), "the last");
        Document programme = Jsoup.parse(Files.readString(out.resolve("en/programmes/p/index.html")));
        assertEquals(30, programme.select("main a[href*=meeting], main a[href*=01-first]").stream()
                .map(a -> a.attr("href")).distinct().count(), "the programme page lists them all");
    }

    /** The numbers the list beside the guide shows, and the current one checked. */
    private static List<Integer> listed(Path page) throws IOException {
        Document d = Jsoup.parse(Files.readString(page));
        String current = d.selectFirst(".programme-nav a[aria-current=page] .n").text();
        String own = page.getParent().getFileName().toString().substring(0, 2);
        assertEquals(Integer.parseInt(own), Integer.parseInt(current), "the page's own session is marked");
        return d.select(".programme-nav li .n").stream().map(e -> Integer.parseInt(e.text())).toList();
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
