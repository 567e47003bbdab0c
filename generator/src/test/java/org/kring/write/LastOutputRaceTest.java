package org.kring.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.BuildOptions;
import org.kring.Kring;
import org.kring.TestSites;
import org.kring.TinySite;

/**
 * A build into a new folder that starts from the cache's copy of the last output, while another build with the
 * same cache replaces that copy: it fails with a message and leaves no folder, rather than publish files of two
 * sites. Both ways a kept file reaches the new folder are covered: linked (the copy's own folder is gone, as on a CI
 * runner) and copied (that folder is still there).
 */
class LastOutputRaceTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "linked: {0}")
    @ValueSource(booleans = {true, false})
    void aCopyReplacedDuringTheBuildFailsIt(boolean linked) throws IOException {
        Path site = TinySite.write(tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        Path first = tmp.resolve("first");
        Kring.build(BuildOptions.of(site).withOut(first).withPdf(false).withCache(cache));
        if (linked) {
            SiteWriter.deleteTree(first);
        }

        Path out = tmp.resolve("out");
        LastOutput.Seed seed = LastOutput.usable(cache, out);
        assertNotNull(seed, "the copy can be started from");
        SiteWriter writer = new SiteWriter(out, cache, false, seed);
        writer.keep("");

        // Another build, of an edited site into a folder of its own, replaces the copy meanwhile.
        Path topic = site.resolve("content/topics/food.md");
        Files.writeString(topic, Files.readString(topic) + "\nAnother paragraph.\n");
        Path other = tmp.resolve("other");
        Kring.build(BuildOptions.of(site).withOut(other).withPdf(false).withCache(cache));
        if (linked) {
            SiteWriter.deleteTree(other);
        }

        RuntimeException e = assertThrows(RuntimeException.class, () -> writer.commit("", null));
        assertTrue(e.getMessage().contains("changed during this build"), e.getMessage());
        assertFalse(Files.exists(out), "no folder of mixed files");

        // Built again, it starts from the new copy and succeeds.
        Kring.build(BuildOptions.of(site).withOut(out).withPdf(false).withCache(cache));
        Path full = tmp.resolve("full");
        Kring.build(BuildOptions.of(site).withOut(full).withPdf(false).withCache(tmp.resolve("other-cache")));
        assertEquals(TestSites.tree(full), TestSites.tree(out));
    }
}
