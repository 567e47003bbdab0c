package org.kring.render.print.browser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * A conversation with a browser over the Chrome DevTools protocol: commands with an id and their answers,
 * and events, as JSON. The transport (a pipe or a WebSocket) only moves whole messages; this class pairs
 * answers with commands and hands each tab's events to that tab's listener. Thread-safe: tabs print in
 * parallel over one connection.
 */
final class DevTools {
    /** How long one command may take before the browser is considered stuck. */
    static final long TIMEOUT_SECONDS = 120;

    private final Consumer<String> transport;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<Map<String, Object>>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Map<String, Object>>> listeners = new ConcurrentHashMap<>();
    private volatile String closedBecause;

    /** @param transport sends one message to the browser */
    DevTools(Consumer<String> transport) {
        this.transport = transport;
    }

    /** Called by the transport with each whole message from the browser. */
    @SuppressWarnings("unchecked")
    void received(String message) {
        Map<String, Object> m;
        try {
            m = JSON.std.mapFrom(message);
        } catch (IOException e) {
            return; // not JSON: nothing a command waits for
        }
        Object id = m.get("id");
        if (id instanceof Number n) {
            CompletableFuture<Map<String, Object>> f = waiting.remove(n.longValue());
            if (f == null) {
                return;
            }
            Object error = m.get("error");
            if (error instanceof Map<?, ?> e) {
                f.completeExceptionally(new BrowserException(String.valueOf(e.get("message"))));
            } else {
                Object result = m.get("result");
                f.complete(result instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of());
            }
            return;
        }
        Object session = m.get("sessionId");
        Consumer<Map<String, Object>> l = listeners.get(session == null ? "" : session.toString());
        if (l != null) {
            l.accept(m);
        }
    }

    /** Called by the transport when the browser went away: every waiting command fails with the reason. */
    void closed(String why) {
        closedBecause = why;
        for (CompletableFuture<Map<String, Object>> f : waiting.values()) {
            f.completeExceptionally(new BrowserException(why));
        }
        waiting.clear();
    }

    /** Sends a command and returns at once; the answer completes the future. */
    CompletableFuture<Map<String, Object>> send(String method, Map<String, Object> params, String sessionId) {
        CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
        if (closedBecause != null) {
            f.completeExceptionally(new BrowserException(closedBecause));
            return f;
        }
        long id = ids.incrementAndGet();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("method", method);
        m.put("params", params == null ? Map.of() : params);
        if (sessionId != null) {
            m.put("sessionId", sessionId);
        }
        waiting.put(id, f);
        try {
            transport.accept(JSON.std.asString(m));
        } catch (IOException | RuntimeException e) {
            waiting.remove(id);
            f.completeExceptionally(new BrowserException("cannot talk to the browser: " + e.getMessage()));
        }
        return f;
    }

    /** Sends a command and waits for its answer. */
    Map<String, Object> call(String method, Map<String, Object> params, String sessionId) {
        return await(send(method, params, sessionId), method);
    }

    static Map<String, Object> await(CompletableFuture<Map<String, Object>> f, String what) {
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException("interrupted while the browser worked on " + what);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BrowserException b) {
                throw new BrowserException(what + ": " + b.getMessage());
            }
            throw new BrowserException(what + ": " + e.getCause());
        } catch (TimeoutException e) {
            throw new BrowserException("the browser did not answer " + what + " in " + TIMEOUT_SECONDS + " s");
        }
    }

    /** Events of one tab (its session id) go to {@code listener}; "" for the browser's own events. */
    void listen(String sessionId, Consumer<Map<String, Object>> listener) {
        listeners.put(sessionId, listener);
    }

    void forget(String sessionId) {
        listeners.remove(sessionId);
    }
}
