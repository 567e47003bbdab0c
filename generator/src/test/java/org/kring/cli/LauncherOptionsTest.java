package org.kring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kring.TestSites;

/**
 * A build runs with one set of JVM options however it is started: the POSIX launcher (which the repository's
 * ./kring runs through), the Windows one, and the bench's builds, so the bench times what users run.
 */
class LauncherOptionsTest {
    @Test
    void theLaunchersAndTheBenchStartABuildWithTheSameOptions() throws IOException {
        Path release = TestSites.repo().resolve("generator/src/release");
        String bench = String.join(" ", BenchCommand.JVM);

        Matcher sh = Pattern.compile("\\n  \\*\\) opts=\"([^\"]+)\"; short=true ;;").matcher(
                Files.readString(release.resolve("kring")));
        assertEquals(true, sh.find(), "the POSIX launcher's options for a build");
        assertEquals(bench, sh.group(1));

        // On Linux both ask for the heap in huge pages where the kernel gives them on request.
        String launcher = Files.readString(release.resolve("kring"));
        assertEquals(true, launcher.contains("/sys/kernel/mm/transparent_hugepage/enabled")
                && launcher.contains("*\"[madvise]\"*|*\"[always]\"*) opts=\"${opts%\" -Xshare:auto\"} "
                        + "-XX:+UseTransparentHugePages -Xshare:auto\""),
                "the POSIX launcher asks for huge pages where the kernel gives them");
        assertEquals(BenchCommand.transparentHugePages(), BenchCommand.buildJvm().contains("-XX:+UseTransparentHugePages"));

        Matcher cmd = Pattern.compile("set \"KRING_PLAIN=(-XX:\\+UseParallelGC[^\"]+)\"").matcher(
                Files.readString(release.resolve("kring.cmd")));
        assertEquals(true, cmd.find(), "the Windows launcher's options for a build");
        // kring.cmd adds -Xshare:auto where it runs without an AOT cache, as the POSIX launcher removes it with one.
        assertEquals(bench.replace(" -Xshare:auto", ""), cmd.group(1));
    }
}
