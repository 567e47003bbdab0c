package org.kring.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.BuildOptions;
import org.kring.TinySite;

/** {@code kring serve} end to end: edit a file, see the reload event and the rebuilt page; break and fix. */
class ServeTest {
    @TempDir
    Path tmp;
    Path site;
    Preview preview;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        site = TinySite.write(tmp.resolve("site"));
        preview = new Preview(new BuildOptions(site, null, List.of(), null, false, null), "127.0.0.1", 0,
                new PrintStream(new ByteArrayOutputStream()));
        HttpRequest req = HttpRequest.newBuilder(URI.create(preview.url() + "__kring/events")).build();
        http.sendAsync(req, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
            if (line.startsWith("event: ")) {
                events.add(line.substring(7));
            } else if (line.startsWith("data: ")) {
                events.add("data " + line.substring(6));
            }
        }));
        assertEquals("hello", next());
        next(); // its data
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private String next() throws InterruptedException {
        String e = events.poll(20, TimeUnit.SECONDS);
        assertNotNull(e, "no event within 20 s");
        return e;
    }

    /** Waits for an event of this name, returning its data. */
    private String await(String name) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            String e = events.poll(1, TimeUnit.SECONDS);
            if (name.equals(e)) {
                String data = next();
                return data.startsWith("data ") ? data.substring(5) : data;
            }
        }
        throw new AssertionError("no '" + name + "' event");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    /** The page once it contains {@code text} (after the rebuilds still queued have run). */
    private String eventually(String path, String text) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String last = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == 200 && r.body().contains(text)) {
                return r.body();
            }
            Thread.sleep(30);
        }
        throw new AssertionError(path + " never showed '" + text + "': " + last.substring(0, Math.min(200, last.length())));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = site.resolve(file);
        Files.writeString(p, Files.readString(p).replace(from, to));
    }

    @Test
    void anEditRebuildsThePageAndTellsOpenPagesToReload() throws Exception {
        String page = get("en/topics/food/");
        assertTrue(page.contains("<h1>Food</h1>"));
        assertTrue(page.contains("/__kring/live.js"), "the live script is added to served pages");
        edit("content/topics/food.md", "title: Food", "title: Food and drink");
        await("reload");
        assertTrue(get("en/topics/food/").contains("<h1>Food and drink</h1>"));
        assertTrue(get("en/programmes/p/01-first/").contains("Food and drink"), "the session listing the topic too");
        assertTrue(Files.readString(site.resolve("_site/en/topics/food/index.html")).contains("Food and drink"));
        assertTrue(!Files.readString(site.resolve("_site/en/topics/food/index.html")).contains("live.js"),
                "the built files stay clean");
    }

    @Test
    void aBrokenEditShowsItsProblemsAndKeepsTheLastGoodPageUntilFixed() throws Exception {
        edit("content/programmes/p/01-first.md", "minutes: 30\n    activity: Talk", "minutes: 25\n    activity: Talk");
        String data = await("problems");
        assertTrue(data.contains("content/programmes/p/01-first.md:10") && data.contains("agenda minutes add up to 55"),
                data);
        assertTrue(get("en/programmes/p/01-first/").contains("First meeting"), "the last good page stays");
        assertTrue(get("__kring/status").contains("agenda minutes"), "new tabs get the problems too");
        edit("content/programmes/p/01-first.md", "minutes: 25\n    activity: Talk", "minutes: 30\n    activity: Talk");
        String ok = await("ok");
        assertFalse(ok.contains("\"error\""), ok);
        edit("content/programmes/p/01-first.md", "title: First meeting", "title: First meeting, fixed");
        await("reload");
        assertTrue(get("en/programmes/p/01-first/").contains("First meeting, fixed"));
    }

    @Test
    void editorsWayOfSavingAndBurstsEndWithTheRightPage() throws Exception {
        Path topic = site.resolve("content/topics/food.md");
        String text = Files.readString(topic);
        // Saving through a temporary file and a rename, as many editors do.
        Path temp = topic.resolveSibling(".food.md.swp");
        Files.writeString(temp, text.replace("title: Food", "title: Renamed in"));
        Files.move(temp, topic, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        await("reload");
        assertTrue(get("en/topics/food/").contains("Renamed in"));
        // A burst of 100 saves, some mid-word: the last one wins.
        for (int i = 0; i < 100; i++) {
            Files.writeString(topic, text.replace("title: Food", "title: Save " + i + (i % 3 == 0 ? " mid-wo" : "")));
        }
        Files.writeString(topic, text.replace("title: Food", "title: Final save"));
        eventually("en/topics/food/", "Final save");
        // A new file, then deleting it again.
        Path fresh = site.resolve("content/topics/sleep.md");
        Files.writeString(fresh, text.replace("title: Food", "title: Sleep"));
        eventually("en/topics/sleep/", "<h1>Sleep</h1>");
        assertTrue(get("en/topics/").contains("Sleep"), "the topic list has it");
        Files.delete(fresh);
        eventually("en/topics/", "Final save");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int status = 200;
        while (status != 404 && System.nanoTime() < end) {
            status = http.send(HttpRequest.newBuilder(URI.create(preview.url() + "en/topics/sleep/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            Thread.sleep(30);
        }
        assertEquals(404, status, "a deleted page goes away");
        // A translation and a folder added at once.
        Path nl = site.resolve("translations/nl/recommendations/r.md");
        Files.createDirectories(nl.getParent());
        Files.writeString(nl, "---\ntitle: Plan vooruit\ndescription: Plan het jaar.\n---\nWaarom.\n");
        eventually("nl/recommendations/r/", "Plan vooruit");
    }
}
