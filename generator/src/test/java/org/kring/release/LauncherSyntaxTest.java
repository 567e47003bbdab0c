package org.kring.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the release zip holds, and its launchers checked as far as this machine can: {@code kring.cmd} cannot run
 * here, so it is read for what breaks a batch file on Windows (LF line endings, an unbalanced parenthesis, a goto
 * to no label, a variable never set, shell syntax); the POSIX {@code kring} is parsed by {@code sh -n}.
 */
@Tag("release")
class LauncherSyntaxTest {
    private static Map<String, Integer> modes;
    private static String top;
    private static byte[] cmd;
    private static byte[] sh;

    @BeforeAll
    static void read() throws IOException {
        Path zip = ReleaseZip.path();
        modes = ReleaseZip.modes(zip);
        top = modes.keySet().iterator().next().replaceAll("/.*", "") + "/";
        try (ZipFile file = new ZipFile(zip.toFile())) {
            cmd = bytes(file, top + "kring.cmd");
            sh = bytes(file, top + "kring");
        }
    }

    @Test
    void oneFolderWithTheToolItsLaunchersAndLicencesAndNoSources() throws IOException {
        assertTrue(top.matches("kring-\\d+\\.\\d+\\.\\d+.*/"), top);
        for (String name : modes.keySet()) {
            assertTrue(name.startsWith(top), name);
            assertFalse(name.endsWith(".java") || name.endsWith("pom.xml") || name.contains("/mvn")
                    || name.contains("/content/"), "no sources or Maven in the release: " + name);
        }
        for (String name : List.of("kring.jar", "kring", "kring.cmd", "FIRST-STEPS.txt", "NOTICE.txt",
                "licenses/fonts-OFL.txt", "licenses/minisearch-LICENSE.txt", "README.md", "docs/content-format.md")) {
            assertTrue(modes.containsKey(top + name), "missing " + name + " in " + modes.keySet());
        }
        assertEquals(0755, modes.get(top + "kring"), "the POSIX launcher must unzip executable");
        // The built-in templates and fonts travel inside the jar, so the release needs no repository.
        try (ZipFile file = new ZipFile(ReleaseZip.path().toFile())) {
            Path jar = Files.createTempFile("kring", ".jar");
            try (InputStream in = file.getInputStream(file.getEntry(top + "kring.jar"))) {
                Files.copy(in, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (ZipFile inner = new ZipFile(jar.toFile())) {
                for (String resource : List.of("kring/templates/web/session.ftlh", "kring/templates/print/print.css",
                        "kring/templates/fonts/NotoSans-Regular.ttf", "kring/templates/assets/minisearch.js",
                        "kring/templates/i18n/en.yml")) {
                    assertTrue(inner.getEntry(resource) != null, "kring.jar lacks " + resource);
                }
            } finally {
                Files.delete(jar);
            }
        }
    }

    @Test
    void firstStepsNameTheInstallCommandsAndTheCommands() throws IOException {
        String text;
        try (ZipFile file = new ZipFile(ReleaseZip.path().toFile())) {
            text = new String(bytes(file, top + "FIRST-STEPS.txt"), StandardCharsets.UTF_8);
        }
        for (String needed : List.of("winget install EclipseAdoptium.Temurin.21.JRE", "brew install --cask temurin",
                "apt-get install openjdk-17-jre-headless chromium-headless-shell", "kring build", "kring serve",
                "kring check", top.replace("/", ""))) {
            assertTrue(text.contains(needed), "FIRST-STEPS.txt should say: " + needed);
        }
        assertFalse(text.contains("@project.version@"), text);
    }

    @Test
    void batchFileHasCrlfLineEndingsAndOnlyAscii() {
        for (int i = 0; i < cmd.length; i++) {
            assertTrue(cmd[i] >= 0, "not ASCII at byte " + i);
            if (cmd[i] == '\n') {
                assertTrue(i > 0 && cmd[i - 1] == '\r', "bare LF at byte " + i + ": cmd.exe needs CRLF");
            }
        }
        assertTrue(text(cmd).endsWith("\r\n"));
    }

    @Test
    void batchFileParses() {
        List<String> lines = text(cmd).lines().toList();
        assertEquals("@echo off", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.equalsIgnoreCase("setlocal")), "setlocal keeps variables in");
        Set<String> labels = new TreeSet<>();
        for (String line : lines) {
            if (line.startsWith(":") && !line.startsWith("::")) {
                labels.add(line.substring(1).trim().toLowerCase(Locale.ROOT));
            }
        }
        Pattern gotoLabel = Pattern.compile("(?i)\\bgoto\\s+:?([\\w.-]+)");
        Set<String> set = new TreeSet<>(List.of("java_home", "localappdata", "temp", "random", "errorlevel",
                "kring_java_opts", "kring_aot", "path"));
        Pattern setVar = Pattern.compile("(?i)\\bset\\s+(?:/a\\s+)?\"?(\\w+)=");
        Pattern useVar = Pattern.compile("%(\\w+)(?::[^%]*)?%");
        List<String[]> uses = new ArrayList<>();
        int depth = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String where = "kring.cmd:" + (n + 1) + ": " + line;
            if (line.trim().toLowerCase(Locale.ROOT).startsWith("rem ") || line.startsWith("::")) {
                continue;
            }
            assertFalse(line.contains("$(") || line.contains("[[") || line.contains("${") || line.startsWith("#")
                    || line.matches("\\s*(fi|then|done|esac|export)\\b.*") || line.contains("/dev/null"),
                    "shell syntax in a batch file: " + where);
            assertFalse(line.replace("%%~$PATH:", "").contains("$"), "a $ outside %%~$PATH: " + where);
            Matcher g = gotoLabel.matcher(line);
            while (g.find()) {
                String label = g.group(1).toLowerCase(Locale.ROOT);
                assertTrue(label.equals("eof") || labels.contains(label), "goto to no label: " + where);
            }
            Matcher s = setVar.matcher(line);
            while (s.find()) {
                set.add(s.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher u = useVar.matcher(line.replace("%%", ""));
            while (u.find()) {
                uses.add(new String[] {u.group(1).toLowerCase(Locale.ROOT), where});
            }
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                    assertTrue(depth >= 0, "a ')' closes nothing: " + where);
                }
            }
            assertFalse(quoted, "an unclosed quote: " + where);
        }
        assertEquals(0, depth, "parentheses do not balance");
        for (String[] use : uses) {
            if (!use[0].matches("~?\\d|\\*")) {
                assertTrue(set.contains(use[0]), "%" + use[0] + "% is never set: " + use[1]);
            }
        }
    }

    @Test
    void batchFilePassesEveryArgumentAndExitCode() {
        List<String> lines = text(cmd).lines().toList();
        int runs = 0;
        for (String line : lines) {
            if (line.contains("-jar \"%KRING_JAR%\"") && !line.contains("AOTMode=create")) {
                runs++;
                assertTrue(line.endsWith(" %*"), "each run of Kring passes all arguments: " + line);
            }
        }
        assertTrue(runs >= 3, "runs found: " + runs);
        assertTrue(lines.stream().anyMatch(l -> l.equals("exit /b %ERRORLEVEL%")), "Kring's exit code is kept");
        assertTrue(lines.stream().filter(l -> l.startsWith("echo kring:")).allMatch(l -> l.endsWith(" 1>&2")),
                "messages go to stderr");
    }

    @Test
    void posixLauncherParsesWithShAndUsesNoBashisms() throws Exception {
        String text = text(sh);
        assertTrue(text.startsWith("#!/bin/sh\n"), "starts with #!/bin/sh");
        assertFalse(text.contains("\r"), "LF line endings");
        for (String line : text.lines().toList()) {
            String code = line.replaceAll("^\\s*#.*", "");
            assertFalse(code.contains("[[") || code.matches(".*\\bfunction\\b.*") || code.matches("\\s*local\\s.*")
                    || code.contains("==") || code.contains("$'") || code.contains("<<<") || code.contains("source "),
                    "not POSIX sh: " + line);
        }
        Path file = Files.createTempFile("kring", ".sh");
        try {
            Files.write(file, sh);
            for (String shell : List.of("/bin/sh", "/bin/dash", "/usr/bin/dash")) {
                if (Files.isExecutable(Path.of(shell))) {
                    Process p = new ProcessBuilder(shell, "-n", file.toString()).redirectErrorStream(true).start();
                    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertEquals(0, p.exitValue(), shell + " -n: " + said);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(ZipFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        assertTrue(entry != null, "missing " + name);
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
