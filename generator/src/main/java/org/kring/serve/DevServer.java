package org.kring.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.kring.Json;
import org.kring.Problem;

/**
 * The preview server: serves the output folder and nothing else, and tells open pages to reload (server-
 * sent events) or to show the current problems. Refuses paths that climb out of the folder (plain or
 * encoded), symbolic links that lead out of it, and requests for other hosts (so a web page elsewhere
 * cannot read the preview through DNS rebinding).
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS = "/__kring/events";
    static final String SCRIPT = "/__kring/live.js";
    static final String STATUS = "/__kring/status";
    private static final String INJECT = "<script src=\"" + SCRIPT + "\"></script>";

    private final Path root;
    private final Path realRoot;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kring-http");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final Set<String> hosts;
    private volatile List<Problem> problems = List.of();

    public DevServer(Path root, String bind, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
        this.realRoot = this.root.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        this.hosts = bind.equals("0.0.0.0") || bind.equals("::") ? null
                : new java.util.HashSet<>(List.of("localhost", "127.0.0.1", "[::1]",
                        bind.contains(":") ? "[" + bind + "]" : bind));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        String host = server.getAddress().getAddress().isAnyLocalAddress() ? "localhost"
                : server.getAddress().getHostString();
        return "http://" + host + ":" + port() + "/";
    }

    /** Tells every open page to reload. */
    public void reload(Set<String> files) {
        send("reload", "{\"files\":" + files.size() + "}");
    }

    /** Shows the problems on every open page (an empty list hides them). */
    public void problems(List<Problem> list) {
        this.problems = List.copyOf(list);
        send(list.stream().anyMatch(Problem::isError) ? "problems" : "ok", json(list));
    }

    private void send(String event, String data) {
        byte[] bytes = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                synchronized (client) {
                    client.write(bytes);
                    client.flush();
                }
            } catch (IOException e) {
                clients.remove(client);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!allowedHost(ex.getRequestHeaders().getFirst("Host"))) {
                reply(ex, 403, "text/plain; charset=utf-8", "Forbidden host\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                reply(ex, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            switch (raw) {
                case EVENTS -> {
                    events(ex);
                    return;
                }
                case SCRIPT -> {
                    reply(ex, 200, "text/javascript; charset=utf-8", script());
                    return;
                }
                case STATUS -> {
                    reply(ex, 200, "application/json", json(problems).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                default -> serveFile(ex, raw);
            }
        } catch (IOException e) {
            // The browser went away.
        }
    }

    private boolean allowedHost(String host) {
        if (hosts == null) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return hosts.contains(name);
    }

    /** The file a request path names inside the output folder, or null (then 404 or 403). */
    Path resolve(String raw) {
        if (raw == null || !raw.startsWith("/") || raw.indexOf('\\') >= 0 || raw.indexOf('\0') >= 0) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0 || decoded.contains("%")) {
            return null; // double encoding
        }
        for (String part : decoded.split("/")) {
            if (part.equals("..") || part.equals(".") || part.startsWith(".kring")) {
                return null;
            }
        }
        Path p = root.resolve(decoded.substring(1)).normalize();
        return p.startsWith(root) ? p : null;
    }

    private void serveFile(HttpExchange ex, String raw) throws IOException {
        Path file = resolve(raw);
        if (file == null) {
            notFound(ex);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!raw.endsWith("/")) {
                ex.getResponseHeaders().set("Location", raw + "/");
                reply(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            notFound(ex);
            return;
        }
        Path real = file.toRealPath();
        if (!real.startsWith(realRoot)) {
            // A symbolic link that leads out of the output folder.
            reply(ex, 403, "text/plain; charset=utf-8", "Forbidden\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = Files.readAllBytes(real);
        String type = type(file);
        if (type.startsWith("text/html")) {
            body = inject(body);
        }
        reply(ex, 200, type, body);
    }

    private void notFound(HttpExchange ex) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? inject(Files.readAllBytes(page))
                : "Not found\n".getBytes(StandardCharsets.UTF_8);
        reply(ex, 404, Files.isRegularFile(page) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", body);
    }

    private static byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        s = at < 0 ? s + INJECT : s.substring(0, at) + INJECT + s.substring(at);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(("event: hello\ndata: " + json(problems) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
        try {
            while (clients.contains(out)) {
                Thread.sleep(15_000);
                synchronized (out) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (InterruptedException | IOException e) {
            clients.remove(out);
        }
    }

    private static void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    static String type(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "webp" -> "image/webp";
            case "gif" -> "image/gif";
            case "pdf" -> "application/pdf";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    static String json(List<Problem> list) {
        StringBuilder sb = new StringBuilder("{\"problems\":[");
        boolean first = true;
        for (Problem p : list) {
            sb.append(first ? "" : ",").append("{\"where\":").append(Json.quote(p.location())).append(",\"severity\":")
                    .append(Json.quote(p.severity().label())).append(",\"message\":").append(Json.quote(p.message())).append('}');
            first = false;
        }
        return sb.append("]}").toString();
    }

    private static byte[] script() throws IOException {
        try (InputStream in = DevServer.class.getResourceAsStream("/kring/live.js")) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
