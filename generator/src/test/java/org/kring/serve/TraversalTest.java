package org.kring.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server serves the output folder and nothing else, whatever the request says. */
class TraversalTest {
    static final String SECRET = "TOP-SECRET-CONTENT";

    @TempDir
    static Path tmp;
    static DevServer server;

    @BeforeAll
    static void start() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("en"));
        Files.writeString(out.resolve("en/index.html"), "<html><body>hello</body></html>");
        Files.writeString(out.resolve("404.html"), "<html><body>not here</body></html>");
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createDirectories(tmp.resolve("private"));
        Files.writeString(tmp.resolve("private/passwd.txt"), SECRET);
        Files.createSymbolicLink(out.resolve("link-file.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("link-dir"), tmp.resolve("private"));
        Files.createDirectories(out.resolve(".kring-staging"));
        Files.writeString(out.resolve(".kring-staging/x.html"), SECRET);
        server = new DevServer(out, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends a raw request, so no client library cleans the path first. Returns status line and body. */
    static String raw(String target, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String local() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void servesTheOutputFolder() throws IOException {
        String r = raw("/en/", local());
        assertTrue(r.startsWith("HTTP/1.1 200"), r);
        assertTrue(r.contains("hello"));
        assertTrue(raw("/en/index.html", "localhost:" + server.port()).startsWith("HTTP/1.1 200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/../../secret.txt", "/en/../../secret.txt", "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%252e%252e/secret.txt",
            "/%2e%2e%5csecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/./../secret.txt", "/en/./../../secret.txt",
            "/..;/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/en/index.html/../../secret.txt", "/link-file.txt",
            "/link-dir/passwd.txt", "/link-dir/", "/.kring-staging/x.html", "/%2e%2e/private/passwd.txt",
            "/en/%00../../secret.txt", "//secret.txt", "/....//secret.txt", "/%2e./secret.txt", "/.%2e/secret.txt"})
    void hostilePathsServeNothingOutsideTheFolder(String path) throws IOException {
        String r = raw(path, local());
        String status = r.substring(0, r.indexOf("\r\n"));
        assertFalse(r.contains(SECRET), path + " leaked the secret: " + status);
        assertTrue(status.contains(" 404") || status.contains(" 403") || status.contains(" 400"), path + ": " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost.evil.example",
            "[::2]"})
    void otherHostsAreRefused(String host) throws IOException {
        String r = raw("/en/", host);
        assertTrue(r.startsWith("HTTP/1.1 403"), host + ": " + r.substring(0, r.indexOf("\r\n")));
    }

    @Test
    void onlyReadingIsAllowed() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("DELETE /en/index.html HTTP/1.1\r\nHost: " + local() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String r = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(r.startsWith("HTTP/1.1 405"), r);
        }
        assertEquals(true, Files.exists(tmp.resolve("out/en/index.html")));
    }
}
