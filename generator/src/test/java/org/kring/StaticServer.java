package org.kring;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

/** A minimal loopback file server for browser tests: serves a built site folder, nothing outside it. */
public final class StaticServer implements AutoCloseable {
    private final HttpServer server;

    public StaticServer(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = java.net.URLDecoder.decode(exchange.getRequestURI().getRawPath(),
                    java.nio.charset.StandardCharsets.UTF_8);
            Path file = base.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                byte[] body = "not found".getBytes();
                exchange.sendResponseHeaders(404, body.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(body);
                }
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml"
                    : name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
