package org.kring.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TestSites;
import org.kring.TinySite;

/** What the watcher reports, and that nothing its consumer throws stops it. */
class WatcherTest {
    @TempDir
    Path tmp;

    private static Set<Path> next(BlockingQueue<Set<Path>> batches) throws InterruptedException {
        Set<Path> b = batches.poll(20, TimeUnit.SECONDS);
        assertNotNull(b, "no batch within 20 s");
        return b;
    }

    /** The batch that holds {@code file}, skipping others (an editor's save may come in two). */
    private static Set<Path> batchWith(BlockingQueue<Set<Path>> batches, Path file) throws InterruptedException {
        while (true) {
            Set<Path> b = next(batches);
            if (b.contains(file)) {
                return b;
            }
        }
    }

    @Test
    void anErrorThrownByTheConsumerDoesNotStopTheWatcherAndTheNextBatchReadsEverything() throws Exception {
        Path site = TinySite.write(tmp.resolve("site")).toAbsolutePath().normalize();
        Path food = site.resolve("content/topics/food.md");
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (Watcher w = new Watcher(site, b -> {
            batches.add(Set.copyOf(b));
            int call = calls.getAndIncrement();
            if (call == 0) {
                throw new StackOverflowError();
            } else if (call == 1) {
                throw new IllegalStateException("a bug");
            }
        })) {
            Files.writeString(food, "one");
            batchWith(batches, food);
            Files.writeString(food, "two");
            Set<Path> second = batchWith(batches, food);
            assertTrue(second.contains(site), "the batch after a failed one asks for everything: " + second);
            boolean filesAgain = false;
            for (int i = 0; i < 5 && !filesAgain; i++) {
                Files.writeString(food, "save " + i);
                filesAgain = !batchWith(batches, food).contains(site);
            }
            assertTrue(filesAgain, "once a batch is applied, batches are files again");
        } finally {
            System.setErr(err);
        }
        String said = printed.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("kring serve: the change is nested too deeply to read"), said);
        assertTrue(said.contains("internal error: IllegalStateException: a bug"), said);
        assertFalse(said.contains("\tat "), said);
    }

    @Test
    void aDeletedWatchedFolderAsksForEverythingANewOneIsReportedAsItsFiles() throws Exception {
        Path site = TinySite.write(tmp.resolve("site")).toAbsolutePath().normalize();
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (Watcher w = new Watcher(site, b -> batches.add(Set.copyOf(b)))) {
            TestSites.deleteTree(site.resolve("translations/nl"));
            while (!next(batches).contains(site)) {
                // the files' own events may come first
            }
            Path ui = site.resolve("templates/web/topic.ftlh");
            Files.createDirectories(ui.getParent());
            Files.writeString(ui, "${doc.title}");
            batchWith(batches, ui);
            Files.writeString(site.resolve("templates/web/topic.ftlh~"), "backup");
            Files.writeString(site.resolve("templates/web/topic.ftlh___jb_tmp___"), "safe write");
            Files.writeString(site.resolve("templates/web/page.ftlh"), "${doc.title}");
            Set<Path> b = batchWith(batches, site.resolve("templates/web/page.ftlh"));
            assertFalse(b.stream().anyMatch(p -> p.getFileName().toString().contains("topic.ftlh")),
                    "editors' backup and temporary files are not sources: " + b);
        }
    }
}
