package org.kring.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.TestSites;

/**
 * The release zip as a trainer without Maven uses it: unzipped into an empty folder, its {@code kring} launcher
 * finds Java on a PATH that has no Maven and builds the example curriculum; without Java, or with one too old,
 * it says so in one line. Needs the zip {@code mvn package} makes, so it runs in the integration-test phase
 * ({@code mvn verify}), tagged "release".
 */
@Tag("release")
class ReleaseLauncherTest {
    @TempDir
    Path tmp;

    /** The links to this machine's tools go first, so JUnit's clean-up does not warn about each one. */
    @AfterEach
    void removeToolLinks() throws IOException {
        Path bin = tmp.resolve("tools");
        if (Files.isDirectory(bin)) {
            try (Stream<Path> s = Files.list(bin)) {
                for (Path link : s.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    @Test
    void buildsTheExampleWithJavaOnThePathAndNoMaven() throws Exception {
        Path kring = unpacked().resolve("kring");
        Path bin = toolsWithJava(currentJava());
        assertFalse(findable("mvn", bin.toString()), "mvn must not be on the test's PATH");
        Path site = TestSites.copyExample(tmp.resolve("my-curriculum"));

        Run run = run(site, Map.of("PATH", bin.toString(), "HOME", tmp.resolve("home").toString()),
                kring.toString(), "build", "--no-pdf");

        assertEquals(0, run.exit, run.output());
        assertTrue(Files.isRegularFile(site.resolve("_site/index.html")), run.output());
        assertTrue(Files.isRegularFile(site.resolve("_site/en/programmes/pregnancy/03-body-changes/index.html")),
                run.output());
        assertTrue(Files.isRegularFile(site.resolve("_site/ar/programmes/pregnancy/03-body-changes/index.html")),
                run.output());
        assertTrue(run.stdout.contains("Built "), run.output());
    }

    @Test
    void withoutJavaSaysSoInOneLine() throws Exception {
        Path kring = unpacked().resolve("kring");
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        Run run = run(tmp, Map.of("PATH", empty.toString()), "/bin/sh", kring.toString(), "build");

        assertEquals(2, run.exit, run.output());
        assertEquals("", run.stdout);
        List<String> lines = run.stderr.lines().toList();
        assertEquals(1, lines.size(), run.stderr);
        assertTrue(lines.get(0).startsWith("kring: Java 17 or newer is needed"), run.stderr);
    }

    @Test
    void refusesAJavaOlderThan17InOneLine() throws Exception {
        Path kring = unpacked().resolve("kring");
        Path old = Files.createDirectories(tmp.resolve("jdk-11/bin"));
        Path java = old.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run(tmp, Map.of("PATH", tools().toString(), "JAVA_HOME", old.getParent().toString()),
                "/bin/sh", kring.toString(), "--version");

        assertEquals(2, run.exit, run.output());
        List<String> lines = run.stderr.lines().toList();
        assertEquals(1, lines.size(), run.stderr);
        assertTrue(lines.get(0).contains("needs Java 17 or newer") && lines.get(0).contains("11.0.2"), run.stderr);
    }

    /**
     * On Java 25 and newer the first build leaves an AOT cache that later commands start from, and neither the
     * making nor a damaged cache shows in the output. Skipped loudly without a JDK 25 (KRING_TEST_JDK25 or the
     * Temurin 25 under /usr/lib/jvm).
     */
    @Test
    void onJava25TheFirstBuildMakesAStartUpCacheQuietly() throws Exception {
        Path jdk = jdk25();
        Assumptions.assumeTrue(jdk != null, "SKIPPED: no JDK 25 (set KRING_TEST_JDK25) for the AOT cache test");
        Path kring = unpacked().resolve("kring");
        Path home = tmp.resolve("home");
        Path site = TestSites.copyExample(tmp.resolve("site"));
        Map<String, String> env = Map.of("PATH", tools().toString(), "HOME", home.toString(), "JAVA_HOME",
                jdk.toString());

        Run first = run(site, env, kring.toString(), "build", "--no-pdf", "--quiet");
        assertEquals(0, first.exit, first.output());
        Path cacheDir = home.resolve(".cache/kring");
        List<Path> caches;
        try (Stream<Path> s = Files.list(cacheDir)) {
            caches = s.toList();
        }
        assertEquals(1, caches.size(), caches.toString());
        assertTrue(caches.get(0).getFileName().toString().matches("\\d+\\.\\d+\\.\\d+.*-25.*\\.aot"),
                caches.toString());
        assertFalse(first.output().contains("AOT") || first.output().contains("[aot]"), first.output());

        Run second = run(site, env, kring.toString(), "--version");
        assertEquals(0, second.exit, second.output());
        assertEquals("kring ", second.stdout.substring(0, 6));
        assertEquals("", second.stderr);

        // A cache from another build of Java, or cut short, is skipped without a word.
        Files.writeString(caches.get(0), "not a cache");
        Run damaged = run(site, env, kring.toString(), "--version");
        assertEquals(0, damaged.exit, damaged.output());
        assertEquals(1, damaged.stdout.lines().count(), damaged.output());
        assertEquals("", damaged.stderr);

        // A failed try is not repeated for the same Kring, and is for a newer jar of the same version.
        Path aot = caches.get(0);
        Path failed = aot.resolveSibling(aot.getFileName() + ".failed");
        Files.delete(aot);
        Files.writeString(failed, "");
        Run again = run(site, env, kring.toString(), "build", "--no-pdf", "--quiet");
        assertEquals(0, again.exit, again.output());
        assertFalse(Files.exists(aot), "no second try for the same jar");
        Path jar = kring.resolveSibling("kring.jar");
        Files.setLastModifiedTime(failed, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Run newer = run(site, env, kring.toString(), "build", "--no-pdf", "--quiet");
        assertEquals(0, newer.exit, newer.output());
        assertTrue(Files.isRegularFile(aot), "a newer jar tries again: " + newer.output());
        assertFalse(Files.exists(failed));
    }

    /**
     * Java 17 on the PATH and a Java 25 installed beside it (Debian's /usr/lib/jvm): the launcher runs Kring on the
     * newer one, for its start-up cache, unless JAVA_HOME names a Java or KRING_AOT=off turns the cache off.
     */
    @Test
    void takesANewerJavaInstalledBesideTheOneOnThePath() throws Exception {
        Path jdk = jdk25();
        Path home = currentJava().toRealPath().getParent().getParent();
        Assumptions.assumeTrue(jdk != null && Runtime.version().feature() < 25
                && jdk.toRealPath().getParent().equals(home.getParent()),
                "SKIPPED: no JDK 25 beside this test's Java " + home + " for the launcher's choice of Java");
        Path kring = unpacked().resolve("kring");
        Path bin = toolsWithJava(currentJava());
        String own = "java.specification.version = " + Runtime.version().feature();

        Run beside = run(tmp, Map.of("PATH", bin.toString(), "KRING_JAVA_OPTS", "-XshowSettings:properties"),
                kring.toString(), "--version");
        assertEquals(0, beside.exit, beside.output());
        assertTrue(beside.stderr.contains("java.specification.version = 25"), beside.output());

        Run off = run(tmp, Map.of("PATH", bin.toString(), "KRING_JAVA_OPTS", "-XshowSettings:properties",
                "KRING_AOT", "off"), kring.toString(), "--version");
        assertEquals(0, off.exit, off.output());
        assertTrue(off.stderr.contains(own), off.output());

        Run named = run(tmp, Map.of("PATH", bin.toString(), "KRING_JAVA_OPTS", "-XshowSettings:properties",
                "JAVA_HOME", home.toString()), kring.toString(), "--version");
        assertEquals(0, named.exit, named.output());
        assertTrue(named.stderr.contains(own), named.output());
    }

    /**
     * {@code kring bench} started as a user starts it, on a machine with Java 17 on the PATH and a Java 25 beside it:
     * it runs on Java 25 and its builds start from the AOT cache its warm-up build made, as a user's builds do.
     * Smallest sizes, one round: this checks what the bench runs, not how fast.
     */
    @Test
    void theBenchMeasuresBuildsStartedFromTheAotCache() throws Exception {
        Path jdk = jdk25();
        Assumptions.assumeTrue(jdk != null, "SKIPPED: no JDK 25 (set KRING_TEST_JDK25) for the bench's AOT cache");
        Path kring = unpacked().resolve("kring");
        Path work = Files.createDirectories(tmp.resolve("work"));

        Run run = run(work, Map.of("PATH", tools().toString(), "HOME", tmp.resolve("home").toString(), "JAVA_HOME",
                jdk.toString()), kring.toString(), "bench", "--no-hugo", "--no-pdf", "--pages-per-lang", "4",
                "--rounds", "1");

        assertEquals(0, run.exit, run.output());
        String header = run.stdout.lines().findFirst().orElse("");
        assertTrue(header.startsWith("Kring bench: ") && header.contains("Java 25")
                && header.contains("AOT cache the warm-up build makes"), run.output());
        assertFalse(run.stdout.contains("made no AOT cache"), run.output());
        assertTrue(run.stdout.lines().anyMatch(l -> l.startsWith("one-page edit rebuild, new JVM, 5 x 4")
                && l.matches(".*\\d+\\.\\d+ s.*")), run.output());
    }

    /**
     * The start-up (AOT) cache holds no class older than Java 6's format: such a class is read from the jar and
     * verified again by every command. picocli's published jar is in Java 5's format, so Kring compiles its
     * source; a library that brings such a class back fails here.
     */
    @Test
    void everyClassOfTheJarIsInAFormatTheStartUpCacheHolds() throws Exception {
        Path jar = unpacked().resolve("kring.jar");
        List<String> old = new ArrayList<>();
        int classes = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().endsWith(".class")) {
                    continue;
                }
                classes++;
                try (java.io.DataInputStream in = new java.io.DataInputStream(zip.getInputStream(e))) {
                    in.readInt(); // 0xCAFEBABE
                    in.readUnsignedShort(); // minor version
                    int major = in.readUnsignedShort();
                    if (major < 50) {
                        old.add(e.getName() + " (" + major + ")");
                    }
                }
            }
        }
        assertTrue(classes > 1000, "classes in kring.jar: " + classes);
        assertTrue(zipHas(jar, "picocli/CommandLine.class"), "picocli is in kring.jar");
        assertEquals(List.of(), old);
    }

    private static boolean zipHas(Path jar, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.getEntry(name) != null;
        }
    }

    private Path unpacked() {
        Path dir = ReleaseZip.unpack(ReleaseZip.path(), tmp.resolve("unzipped"));
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> top = s.toList();
            assertEquals(1, top.size(), "one top folder: " + top);
            return top.get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A PATH folder with the few tools any Linux or macOS has, and none of Maven. */
    private Path tools() throws IOException {
        Path bin = tmp.resolve("tools");
        if (Files.isDirectory(bin)) {
            return bin;
        }
        Files.createDirectories(bin);
        for (String tool : List.of("sh", "readlink", "find", "mkdir", "mv", "rm", "dirname", "cat", "sed")) {
            for (String dir : List.of("/bin", "/usr/bin")) {
                Path found = Path.of(dir, tool);
                if (Files.isExecutable(found)) {
                    Files.createSymbolicLink(bin.resolve(tool), found);
                    break;
                }
            }
        }
        return bin;
    }

    private Path toolsWithJava(Path java) throws IOException {
        Path bin = tools();
        Files.createSymbolicLink(bin.resolve("java"), java);
        return bin;
    }

    private static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path jdk25() {
        String set = System.getenv("KRING_TEST_JDK25");
        if (set != null && Files.isExecutable(Path.of(set, "bin", "java"))) {
            return Path.of(set);
        }
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/jvm"))) {
            return s.filter(p -> p.getFileName().toString().matches("(temurin|java)-(2[5-9]|[3-9]\\d)\\D.*"))
                    .filter(p -> Files.isExecutable(p.resolve("bin/java"))).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean findable(String command, String path) {
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private record Run(int exit, String stdout, String stderr) {
        String output() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** Runs a command with only the given environment, as a user's shell without anything else set would. */
    private Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
