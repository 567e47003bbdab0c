package org.kring.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build read, as the next build compares it: every input file by its name in the site, size and time. */
class InputStateTest {
    @TempDir
    Path tmp;

    @Test
    void everyInputIsListedByItsNameInTheSiteWhereverTheSiteIsNamedFrom() throws Exception {
        Path site = tmp.resolve("my site");
        for (String name : List.of("site.yml", "content/a.md", "content/topics/b c.md", "content/ü/é.md",
                "translations/ar/topics/\u0627.md", "translations/ar/.kring/topics/x.md.yml", "templates/web/t.ftlh")) {
            Path f = site.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, name);
            Files.setLastModifiedTime(f, FileTime.fromMillis(1_600_000_000_000L));
        }
        InputState state = InputState.of(site, "options");
        List<String> expected = new ArrayList<>();
        for (String root : List.of("site.yml", "content", "translations", "templates")) {
            List<String> lines = new ArrayList<>();
            try (Stream<Path> files = Files.walk(site.resolve(root))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    lines.add(site.relativize(f) + "\t" + Files.size(f) + "\t"
                            + Files.getLastModifiedTime(f).to(java.util.concurrent.TimeUnit.NANOSECONDS));
                }
            }
            lines.sort(null);
            expected.addAll(lines);
        }
        String listing = state.listing();
        assertTrue(listing.startsWith("options\n" + String.join("\n", expected) + "\n"), listing);
        assertTrue(state.settled());

        // The same site named relatively, or with a trailing separator, lists the same files.
        Path relative = Path.of("").toAbsolutePath().relativize(site);
        assertEquals(listing, InputState.of(relative, "options").listing());
        assertEquals(listing, InputState.of(Path.of(site + "/"), "options").listing());

        // A file saved just now makes the state unsettled, and changes it.
        Files.writeString(site.resolve("content/a.md"), "changed");
        InputState now = InputState.of(site, "options");
        assertFalse(now.settled());
        assertNotEquals(listing, now.listing());
    }
}
