package org.kring.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.kring.TestSites;
import org.kring.TinySite;

/**
 * A preview survives any save. Each step saves in a way editors, version control or a careless user do
 * (or breaks something Kring itself needs); where the save is broken, the open pages are told the problem;
 * then the file is put right, and the next good edit must be served and announced with a reload: the
 * watcher is alive, and the preview shows the fix.
 */
class HostileSavesTest {
    static final String FOOD = "content/topics/food.md";

    @TempDir
    Path tmp;
    Path site;
    Preview preview;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Server-sent events as {name, data}, in order. */
    BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
    int edits;

    @BeforeEach
    void start() throws Exception {
        site = TinySite.write(tmp.resolve("site"));
        preview = new Preview(new BuildOptions(site, null, List.of(), null, false, null), "127.0.0.1", 0,
                new PrintStream(console, true, StandardCharsets.UTF_8));
        String[] name = {null};
        http.sendAsync(HttpRequest.newBuilder(URI.create(preview.url() + "__kring/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                    if (line.startsWith("event: ")) {
                        name[0] = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        events.add(new String[] {name[0], line.substring(6)});
                    }
                }));
        assertEquals("hello", next()[0]);
    }

    @AfterEach
    void stop() {
        preview.close();
        String printed = console.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("\tat "), "never a stack trace on the console:\n" + printed);
    }

    private String[] next() throws InterruptedException {
        String[] e = events.poll(30, TimeUnit.SECONDS);
        assertNotNull(e, "no event within 30 s");
        return e;
    }

    /** The data of the next event of this name. */
    private String await(String name) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            String[] e = events.poll(1, TimeUnit.SECONDS);
            if (e != null && name.equals(e[0])) {
                return e[1];
            }
        }
        throw new AssertionError("no '" + name + "' event");
    }

    /** Waits for the problems a broken save shows on open pages; they must name {@code where}. */
    private void shows(String where, String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (System.nanoTime() < end) {
            String[] e = events.poll(1, TimeUnit.SECONDS);
            if (e != null && e[0].equals("problems")) {
                last = e[1];
                if (last.contains("\"where\":\"" + where) && last.contains(text)) {
                    return;
                }
            }
        }
        throw new AssertionError("no problem at " + where + " saying '" + text + "'; last: " + last + "\nconsole:\n"
                + console.toString(StandardCharsets.UTF_8));
    }

    private int status(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The page once it contains {@code text}. */
    private void eventually(String path, String text) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == 200 && r.body().contains(text)) {
                return;
            }
            Thread.sleep(30);
        }
        throw new AssertionError(path + " never showed '" + text + "': " + last.substring(0, Math.min(300, last.length())));
    }

    private static String food(String title) {
        return TinySite.files().get(FOOD).replace("title: Food", "title: " + title);
    }

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** The watcher is alive: a good edit is served, and open pages are told to reload. */
    private void aGoodEditIsServed(String after) throws Exception {
        String title = "Good edit " + (++edits);
        events.clear();
        write(FOOD, food(title));
        try {
            await("reload");
            eventually("en/topics/food/", "<h1>" + title + "</h1>");
        } catch (AssertionError e) {
            throw new AssertionError("after " + after + ": " + e.getMessage() + "\nconsole:\n"
                    + console.toString(StandardCharsets.UTF_8), e);
        }
        assertEquals(200, status("en/about/"), "after " + after + ": the rest of the site is there");
    }

    @Test
    void thePreviewSurvivesEveryWayOfSavingAndShowsTheFix() throws Exception {
        aGoodEditIsServed("the start");

        // Editors that save through a temporary file and a rename (vim, VS Code, JetBrains' safe write).
        Path food = site.resolve(FOOD);
        Path temp = food.resolveSibling(".food.md.kring-test");
        Files.writeString(temp, food("Renamed in"));
        Files.move(temp, food, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        eventually("en/topics/food/", "Renamed in");
        Files.writeString(food.resolveSibling("food.md___jb_tmp___"), food("Saved safely"));
        Files.move(food, food.resolveSibling("food.md___jb_old___"));
        Files.move(food.resolveSibling("food.md___jb_tmp___"), food);
        Files.delete(food.resolveSibling("food.md___jb_old___"));
        eventually("en/topics/food/", "Saved safely");
        aGoodEditIsServed("saves through a rename");

        // Deleted, and written again a moment later.
        events.clear();
        Files.delete(food);
        shows("content/programmes/p/01-first.md", "unknown topic 'food'");
        Files.writeString(food, food("Back again"));
        eventually("en/topics/food/", "Back again");
        aGoodEditIsServed("delete, then create");

        // A file replaced by a folder, and back.
        events.clear();
        Files.delete(food);
        write(FOOD + "/notes.md", food("Inside"));
        shows("content/", "error");
        TestSites.deleteTree(food);
        aGoodEditIsServed("a file replaced by a folder and back");

        // A new folder with files, in one go (a checkout).
        TestSites.copyTree(site.resolve("content/programmes/p"), site.resolve("content/programmes/q"));
        eventually("en/programmes/q/01-first/", "First meeting");
        aGoodEditIsServed("a new folder with files");

        // A whole watched folder deleted (a language), then back.
        Path nl = site.resolve("translations/nl");
        Path keep = tmp.resolve("nl-kept");
        TestSites.copyTree(nl, keep);
        TestSites.deleteTree(nl);
        eventually("nl/topics/food/", "Good edit " + edits);
        TestSites.copyTree(keep, nl);
        eventually("nl/topics/food/", "Eten");
        aGoodEditIsServed("a watched folder deleted and made again");

        // Not UTF-8.
        events.clear();
        Files.write(food, food("Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        shows(FOOD + ":2", "not UTF-8");
        aGoodEditIsServed("a file that is not UTF-8");

        // Input that used to overflow the stack of the parsers, one kind after the other.
        events.clear();
        write(FOOD, food("Deep") + ">".repeat(5000) + " deep\n");
        shows(FOOD + ":10", "block quotes, lists and '::: ' blocks nest more than 64 deep");
        write(FOOD, food("Deep") + "*".repeat(30000) + "x" + "*".repeat(30000) + "\n");
        shows(FOOD + ":10", "this paragraph has more than 500 marks");
        aGoodEditIsServed("Markdown nested thousands deep");
        events.clear();
        write("translations/nl/ui.yml", "topics:\n  title: '" + "{n, plural, other {".repeat(3000) + "x"
                + "}}".repeat(3000) + "'\n");
        shows("translations/nl/ui.yml:2", "its braces { } nest 6000 deep");
        write("translations/nl/ui.yml", "nav: &x\n  home: Thuis\n  again: *x\n");
        shows("translations/nl/ui.yml:3", "alias '*x' is inside the list or mapping it names");
        Files.delete(site.resolve("translations/nl/ui.yml"));
        aGoodEditIsServed("interface strings nested without end");
        events.clear();
        write("templates/web/topic.ftlh", "<#macro r n><@r n + 1/></#macro><@r 0/>\n");
        shows("templates/web/topic.ftlh", "rendering went too deep");
        TestSites.deleteTree(site.resolve("templates"));
        aGoodEditIsServed("a template calling itself, in a new templates/ folder");
        events.clear();
        write("site.yml", TinySite.files().get("site.yml") + "extra: " + "[".repeat(5000) + "\n");
        shows("site.yml:9", "lists and mappings nest more than 20 deep");
        write("site.yml", TinySite.files().get("site.yml"));
        aGoodEditIsServed("site.yml nested thousands deep");

        // A file that cannot be read (as root every file can: then there is nothing to see).
        write(FOOD, food("Locked"));
        Files.setPosixFilePermissions(food, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(food)) {
            shows(FOOD, "permission denied");
        }
        Files.setPosixFilePermissions(food, PosixFilePermissions.fromString("rw-r--r--"));
        aGoodEditIsServed("an unreadable file");

        // A file far too big to be text: a sparse file of 3 GiB, no disk space used.
        events.clear();
        try (RandomAccessFile huge = new RandomAccessFile(site.resolve("content/topics/huge.md").toFile(), "rw")) {
            huge.setLength(3L << 30);
        }
        shows("content/topics/huge.md", "the file is 3072 MiB; Kring reads text files up to 64 MiB");
        Files.delete(site.resolve("content/topics/huge.md"));
        aGoodEditIsServed("a 3 GiB file");

        // Saved empty; then a burst of saves, broken and good mixed, the last one good.
        events.clear();
        write(FOOD, "");
        shows(FOOD + ":1", "missing front matter");
        for (int i = 0; i < 100; i++) {
            write(FOOD, i % 3 == 0 ? "" : i % 3 == 1 ? food("Save " + i) : food("Deep") + "> ".repeat(100) + "x\n");
        }
        write(FOOD, food("Last of the burst"));
        eventually("en/topics/food/", "Last of the burst");
        aGoodEditIsServed("an empty save and a burst of saves");

        // What Kring writes taken away: the output folder replaced by a file (a rebuild fails in a way no content
        // check foresees), then deleted.
        events.clear();
        Path out = site.resolve("_site");
        TestSites.deleteTree(out);
        Files.writeString(out, "not a folder");
        write(FOOD, food("No output"));
        shows(FOOD, "could not rebuild");
        Files.delete(out);
        aGoodEditIsServed("the output folder replaced by a file");
        TestSites.deleteTree(out);
        aGoodEditIsServed("the output folder deleted");

        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith(FOOD + ": error: could not rebuild: ")
                && l.endsWith("the preview keeps the last good pages and reads everything again on the next save")),
                "a failed rebuild is one line on the console:\n" + printed);
    }
}
