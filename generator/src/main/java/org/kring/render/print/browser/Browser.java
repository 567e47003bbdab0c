package org.kring.render.print.browser;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One headless Chromium (or Chrome, or Edge) for a build: found where browsers are installed, started with a
 * profile of its own in a temporary folder, driven over the DevTools protocol, and closed on every exit path
 * (close, a shutdown hook for Ctrl-C, and the browser itself quits when its pipe closes because Kring died).
 * It is used offline: every request a page makes is answered by Kring ({@link Tab}), none reaches a network.
 */
public final class Browser implements AutoCloseable {
    /** Where to say how to get a browser, in every message about a missing one. */
    public static final String INSTALL = "install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew "
            + "install --cask chromium) or Google Chrome or Microsoft Edge, or name one with --browser PATH or "
            + "KRING_BROWSER";

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final DevTools devTools;
    private final Thread hook;
    private final String version;
    private volatile boolean closed;

    private Browser(Process process, Path profile, DevTools devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
        this.hook = new Thread(this::kill, "kring-browser-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Object product = devTools.call("Browser.getVersion", Map.of(), null).get("product");
        this.version = product == null ? "unknown" : product.toString();
    }

    /**
     * The browser to print with: {@code explicit} (from --browser) or KRING_BROWSER when given, which must
     * exist; else the first installed Chromium, Chrome or Edge on this system.
     */
    public static Optional<Path> find(String explicit) {
        String named = explicit != null ? explicit : System.getenv("KRING_BROWSER");
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named.strip());
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                Path onPath = onPath(named.strip());
                if (onPath == null) {
                    throw new BrowserException("no browser at '" + named + "' (from "
                            + (explicit != null ? "--browser" : "KRING_BROWSER") + "): the file does not exist or "
                            + "cannot be run");
                }
                p = onPath;
            }
            return Optional.of(p);
        }
        if (Boolean.getBoolean("kring.browser.none")) {
            return Optional.empty(); // tests of a machine without a browser
        }
        // The headless shell first: the same engine without a browser's windowing, it prints in two thirds of
        // the time (Debian: apt-get install chromium-headless-shell).
        for (String name : List.of("chrome-headless-shell", "chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
                "microsoft-edge", "microsoft-edge-stable", "msedge")) {
            Path p = onPath(name);
            if (p != null) {
                return Optional.of(p);
            }
        }
        for (Path p : usualPlaces()) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * What identifies the browser's output for a cache: its real path, size and time, without starting it (a
     * new version prints other bytes). "none" without a browser.
     */
    public static String identity(Path executable) {
        if (executable == null) {
            return "none";
        }
        try {
            Path real = executable.toRealPath();
            return real + ":" + Files.size(real) + ":" + Files.getLastModifiedTime(real).toMillis();
        } catch (IOException e) {
            return executable.toString();
        }
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        boolean windows = windows();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String candidate : windows ? List.of(name + ".exe", name) : List.of(name)) {
                Path p = Path.of(dir, candidate);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static List<Path> usualPlaces() {
        List<Path> out = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String app : List.of("Chromium.app/Contents/MacOS/Chromium", "Google Chrome.app/Contents/MacOS/Google Chrome",
                "Microsoft Edge.app/Contents/MacOS/Microsoft Edge")) {
            out.add(Path.of("/Applications", app));
            out.add(Path.of(home, "Applications", app));
        }
        for (String env : List.of("LOCALAPPDATA", "ProgramFiles", "ProgramFiles(x86)")) {
            String base = System.getenv(env);
            if (base != null) {
                out.add(Path.of(base, "Google", "Chrome", "Application", "chrome.exe"));
                out.add(Path.of(base, "Chromium", "Application", "chrome.exe"));
                out.add(Path.of(base, "Microsoft", "Edge", "Application", "msedge.exe"));
            }
        }
        for (String p : List.of("/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium",
                "/usr/bin/google-chrome", "/opt/google/chrome/chrome", "/usr/bin/microsoft-edge",
                "/opt/microsoft/msedge/msedge")) {
            out.add(Path.of(p));
        }
        return out;
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Starts the browser at {@code executable}, headless, talking over a pipe (or a local WebSocket on Windows). */
    public static Browser start(Path executable) {
        boolean pipe = !windows() && !"websocket".equals(System.getProperty("kring.browser.transport",
                System.getenv("KRING_BROWSER_TRANSPORT")));
        Path profile;
        try {
            profile = Files.createTempDirectory("kring-browser-");
        } catch (IOException e) {
            throw new BrowserException("cannot make a temporary folder for the browser: " + e.getMessage());
        }
        List<String> args = new ArrayList<>(List.of("--headless", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-gpu", "--mute-audio", "--hide-scrollbars",
                "--disable-features=Translate,MediaRouter,OptimizationHints,HttpsUpgrades",
                // Nothing a page asks for may leave the machine, even if interception missed it.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                // Frames only when asked for (Tab): pages are printed, never shown.
                "--enable-begin-frame-control",
                // Glyphs where the font puts them, not moved to whole pixels of a screen: a printed line keeps
                // its letter spacing, and text copied from the PDF keeps its words whole.
                "--font-render-hinting=none",
                "--user-data-dir=" + profile));
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--no-sandbox"); // Chromium refuses to start as root with its sandbox (containers, CI)
        }
        List<String> command = new ArrayList<>();
        if (pipe) {
            // The DevTools pipe is file descriptors 3 (to the browser) and 4 (from it); a shell maps them onto
            // the standard input and output Java gives the process.
            command.addAll(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>&2",
                    executable.toString(), "--remote-debugging-pipe"));
        } else {
            command.addAll(List.of(executable.toString(), "--remote-debugging-port=0"));
        }
        command.addAll(args);
        command.add("about:blank");
        Path log = profile.resolve("browser.log");
        ProcessBuilder pb = new ProcessBuilder(command);
        if (pipe) {
            pb.redirectError(log.toFile());
        }
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            deleteQuietly(profile);
            throw new BrowserException("cannot start the browser " + executable + ": " + e.getMessage());
        }
        try {
            DevTools devTools = pipe ? pipe(process) : webSocket(process, log);
            return new Browser(process, profile, devTools);
        } catch (BrowserException e) {
            process.destroyForcibly();
            String why = lastLines(log);
            deleteQuietly(profile);
            throw new BrowserException("the browser " + executable + " did not start: " + e.getMessage()
                    + (why.isEmpty() ? "" : " (it said: " + why + ")"));
        }
    }

    private static DevTools pipe(Process process) {
        OutputStream toBrowser = process.getOutputStream();
        DevTools devTools = new DevTools(message -> {
            try {
                synchronized (toBrowser) {
                    toBrowser.write(message.getBytes(StandardCharsets.UTF_8));
                    toBrowser.write(0);
                    toBrowser.flush();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread reader = new Thread(() -> readPipe(process.getInputStream(), devTools), "kring-browser-pipe");
        reader.setDaemon(true);
        reader.start();
        return devTools;
    }

    private static void readPipe(InputStream in, DevTools devTools) {
        ByteArrayOutputStream message = new ByteArrayOutputStream(64 * 1024);
        byte[] buf = new byte[256 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == 0) {
                        message.write(buf, start, i - start);
                        devTools.received(message.toString(StandardCharsets.UTF_8));
                        message.reset();
                        start = i + 1;
                    }
                }
                message.write(buf, start, n - start);
            }
            devTools.closed("the browser closed the connection");
        } catch (IOException e) {
            devTools.closed("the connection to the browser broke: " + e.getMessage());
        }
    }

    /** Windows has no shell to map descriptors: the browser listens on a local port it picks, and says which. */
    private static DevTools webSocket(Process process, Path log) {
        String url = null;
        StringBuilder said = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String line;
            while (System.nanoTime() < until && (line = err.readLine()) != null) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                    break;
                }
                said.append(line).append('\n');
            }
            Files.writeString(log, said);
        } catch (IOException e) {
            throw new BrowserException(e.getMessage());
        }
        if (url == null) {
            throw new BrowserException("it did not open its DevTools port");
        }
        // Keep draining the browser's messages so it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the browser is gone: nothing to drain
            }
        }, "kring-browser-log");
        drain.setDaemon(true);
        drain.start();
        DevTools[] holder = new DevTools[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            holder[0].received(partial.toString());
                            partial.setLength(0);
                        }
                        w.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
                        holder[0].closed("the browser closed the connection");
                        return null;
                    }

                    @Override
                    public void onError(WebSocket w, Throwable error) {
                        holder[0].closed("the connection to the browser broke: " + error.getMessage());
                    }
                }).orTimeout(30, TimeUnit.SECONDS).join();
        holder[0] = new DevTools(message -> {
            synchronized (ws) {
                ws.sendText(message, true).join();
            }
        });
        return holder[0];
    }

    /** The browser's name and version, e.g. "Chrome/131.0.6778.85", for the cache key and messages. */
    public String version() {
        return version;
    }

    /** A new tab, offline, whose every request Kring answers. */
    public Tab open() {
        return new Tab(devTools);
    }

    /** True while the browser runs. */
    public boolean alive() {
        return !closed && process.isAlive();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            devTools.send("Browser.close", Map.of(), null);
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // closing anyway, below
        }
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    private void kill() {
        closed = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(profile);
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            return String.join(" ", lines.subList(Math.max(0, lines.size() - 2), lines.size())).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path dir) {
        // The profile is Kring's own temporary folder: nothing in it is a user's.
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // the browser may still hold a file for a moment; the OS cleans temporary folders
                }
            });
        } catch (IOException e) {
            // already gone
        }
    }
}
