package org.kring.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TinyCourse;
import org.kring.TinySite;
import org.kring.course.CoursePack;

/**
 * A file Kring writes in a place it replaces in one move (a translation the import rewrites, a course run's
 * papers, the preview's pages) keeps the permissions the file had, and a new one gets those the user's umask
 * gives any new file: a team's shared translations folder stays readable by the team, a web server can read
 * the pages. The JDK's temporary files are private (0600), and were moved into place as they were.
 */
class FilePermissionsTest {
    @TempDir
    Path tmp;

    static Set<PosixFilePermission> permissions(Path p) throws IOException {
        return Files.getPosixFilePermissions(p);
    }

    /** What a new file gets in this process: the umask applied to rw-rw-rw-. */
    Set<PosixFilePermission> umaskDefault() throws IOException {
        Path probe = Files.createFile(tmp.resolve("probe"));
        try {
            return permissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void aRewrittenFileKeepsItsPermissionsAndANewOneGetsTheUmasks() throws IOException {
        Path shared = tmp.resolve("ui.yml");
        Files.writeString(shared, "a: b\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicWrite.write(shared, "a: c\n");
        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), permissions(shared));
        assertEquals("a: c\n", Files.readString(shared));

        Path fresh = tmp.resolve("new/page.html");
        AtomicWrite.write(fresh, "<p>x</p>");
        assertEquals(umaskDefault(), permissions(fresh));
        try (var files = Files.list(fresh.getParent())) {
            assertEquals(List.of(fresh), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aCourseRunsPapersAreReadableAsAnyNewFile() throws IOException {
        Path site = TinySite.write(tmp.resolve("site"), TinyCourse.files());
        Path csv = tmp.resolve("cohort.csv");
        Files.writeString(csv, "name\nAnna de Vries\n");
        Path out = tmp.resolve("run");
        CoursePack.Result r = CoursePack.make(new CoursePack.Options(site, "t", "en", List.of(LocalDate.of(2027, 3, 4)),
                csv, out, null, null));
        assertEquals(4, r.files().size());
        for (CoursePack.Written w : r.files()) {
            assertEquals(umaskDefault(), permissions(w.file()), w.file().toString());
        }
        try (var files = Files.list(out)) {
            assertEquals(4, files.count(), "the four papers and nothing else");
        }
    }
}
