package org.kring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.Problems;

/**
 * The load's listing taken from the walk a build made when it started ({@link InputWalk}) is the listing a walk of
 * its own gives: the same files, the same problems, for every part of the site it is asked for, hidden files,
 * records, editors' backups and symbolic links of every kind included.
 */
class InputWalkTest {
    @TempDir
    Path tmp;

    @Test
    void aListingFromTheBuildsWalkIsTheListingOfAWalkOfItsOwn() throws IOException {
        Path site = tmp.resolve("site");
        write(site.resolve("site.yml"), "title: x\n");
        write(site.resolve("content/topics/a.md"), "---\ntitle: a\n---\n");
        write(site.resolve("content/topics/.draft.md"), "hidden");
        write(site.resolve("content/topics/b.md~"), "backup");
        write(site.resolve("content/.git/config"), "not content");
        write(site.resolve("content/pages/deep/er/c.md"), "---\ntitle: c\n---\n");
        write(site.resolve("translations/nl/topics/a.md"), "---\ntitle: a\n---\n");
        write(site.resolve("translations/nl/.kring/topics/a.md.yml"), "source: content/topics/a.md\n");
        write(site.resolve("translations/nl/.kring/.hidden/x.yml"), "x");
        write(site.resolve("translations/ar/ui.yml"), "a: b\n");
        write(site.resolve("templates/web/page.ftlh"), "${x}");
        write(tmp.resolve("outside.md"), "outside the site");
        Files.createSymbolicLink(site.resolve("content/topics/inside.md"), site.resolve("content/topics/a.md"));
        Files.createSymbolicLink(site.resolve("content/topics/outside.md"), tmp.resolve("outside.md"));
        Files.createSymbolicLink(site.resolve("content/topics/dangling.md"), tmp.resolve("gone.md"));
        Files.createSymbolicLink(site.resolve("content/linked"), site.resolve("content/pages"));
        Files.createSymbolicLink(site.resolve("translations/sq"), site.resolve("translations/nl"));

        InputWalk walk = new InputWalk(site);
        InputState.of(site, "options", walk);
        for (String path : List.of("site.yml", "content", "content/topics", "content/pages/deep", "translations/nl",
                "translations/ar", "translations/sq", "translations/ti", "templates", "content/topics/a.md")) {
            Problems own = new Problems();
            Problems replayed = new Problems();
            List<Path> walked = InputFiles.list(site, path, own);
            List<Path> listed = InputFiles.list(site, path, replayed, walk);
            assertEquals(walked, listed, path);
            assertEquals(own.sorted(), replayed.sorted(), path);
        }
        assertFalse(InputFiles.list(site, "content", new Problems(), walk).isEmpty());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
