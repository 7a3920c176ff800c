package org.campussms.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * The live websocket at the level of its frames, as an attacker (or a careless client) would use it: any origin,
 * any message, and what the server answered or how it closed the socket.
 */
public final class LiveSocketClient implements AutoCloseable {

    /** How the server closed the socket. */
    public record Closed(int code, String reason) {
    }

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private LiveSocketClient(String origin) {
        WebSocket.Listener listener = new JsonMessages(JsonMessages.of(messages::add,
                (code, reason) -> closed.complete(new Closed(code, reason)), closed::completeExceptionally));
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(5));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder.buildAsync(URI.create(TestEnvironment.baseUrl().replace("http", "ws") + "/graphql"),
                listener).join();
    }

    /** Opens a socket as the application's own pages would (their origin is the server's). */
    public static LiveSocketClient open() {
        return new LiveSocketClient(TestEnvironment.baseUrl());
    }

    /** Opens a socket as a page of {@code origin} would (null: no Origin, as a script would). */
    public static LiveSocketClient openFrom(String origin) {
        return new LiveSocketClient(origin);
    }

    /** The HTTP status of the upgrade from {@code origin}: 101 when it was accepted. */
    public static int upgradeStatusFrom(String origin) {
        try (LiveSocketClient ignored = new LiveSocketClient(origin)) {
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** Sends connection_init with this payload (null: none at all). */
    public LiveSocketClient init(Map<String, Object> payload) {
        return sendJson(payload == null ? Map.of("type", "connection_init")
                : Map.of("type", "connection_init", "payload", payload));
    }

    /** Sends connection_init with a ticket and waits for connection_ack. */
    public LiveSocketClient initWith(String ticket) {
        init(Map.of("ticket", ticket));
        JsonNode ack = next(Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.get("type").asString())) {
            throw new AssertionError("No connection_ack for the ticket: " + ack + " " + closedNow());
        }
        return this;
    }

    /** Sends a subscribe message: the operation {@code query} under {@code id}. */
    public LiveSocketClient subscribe(String id, String query, Map<String, Object> variables) {
        return sendJson(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables",
                variables)));
    }

    public LiveSocketClient sendJson(Object message) {
        return sendText(Http.JSON.writeValueAsString(message));
    }

    public LiveSocketClient sendText(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** The next message from the server within {@code timeout}, skipping pings; null when none came. */
    public JsonNode next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                JsonNode message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null || !"ping".equals(message.path("type").asString())) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message about operation {@code id} within {@code timeout}, null when none came. */
    public JsonNode nextFor(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (JsonNode message = next(timeout); message != null;
                message = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
            if (id.equals(message.path("id").asString())) {
                return message;
            }
        }
        return null;
    }

    /** How the server closed the socket, waiting up to {@code timeout}. */
    public Closed awaitClosed(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The server did not close the socket within " + timeout);
        } catch (ExecutionException e) {
            throw new AssertionError("The socket failed instead of closing", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every message the server sent that was not read yet. */
    public List<JsonNode> unread() {
        List<JsonNode> left = new ArrayList<>();
        messages.drainTo(left);
        return left;
    }

    private String closedNow() {
        return closed.isDone() ? "closed: " + closed.getNow(null) : "still open";
    }

    @Override
    public void close() {
        socket.abort();
    }
}
