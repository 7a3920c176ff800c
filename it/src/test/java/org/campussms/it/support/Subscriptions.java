package org.campussms.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;

/**
 * A GraphQL subscription over the graphql-transport-ws protocol, as a browser opens it: the upgrade request carries
 * no token (a browser's websocket cannot send one); connection_init's payload carries a ticket from
 * subscriptionTicket.
 */
public final class Subscriptions {

    private Subscriptions() {
    }

    /**
     * A subscription to open: whose (a ticket, null for none), its document and its variables; {@link CampusApi}
     * makes them.
     */
    public record Request(String ticket, String document, Map<String, Object> variables) {
    }

    /** What a subscription produced: its events, and how it ended ("complete", "error" or "timeout"). */
    public record Outcome(List<JsonNode> events, String end, JsonNode error) {
    }

    /** Opens the subscription and waits, up to {@code timeout}, for how it ends. */
    public static Outcome run(Request request, Duration timeout) {
        return open(request, timeout).outcome();
    }

    /**
     * Opens the subscription and returns at once, so a test can make happen what it should see once
     * {@link Open#subscribed()} says the server has the subscribe message. It runs for {@code timeout} from now.
     */
    public static Open open(Request request, Duration timeout) {
        return new Open(TestEnvironment.baseUrl(), TestEnvironment.baseUrl(), request, timeout);
    }

    /**
     * The same on the server at {@code baseUrl}, from a page of {@code origin} (a cluster's node, from a page the
     * balancer served).
     */
    public static Open openAt(String baseUrl, String origin, Request request, Duration timeout) {
        return new Open(baseUrl, origin, request, timeout);
    }

    /** A subscription under way; closing it closes its connection. */
    public static final class Open implements AutoCloseable {

        private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
        private final CompletableFuture<Outcome> done = new CompletableFuture<>();
        private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
        private final long deadline;
        private final WebSocket socket;

        private Open(String baseUrl, String origin, Request request, Duration timeout) {
            // The JDK's WebSocket refuses a send while an earlier one is still in flight (the refusal only shows in
            // the send's future), and the server's ack can arrive before connection_init's send has completed:
            // subscribe waits for it, and a failed send ends the run instead of leaving it silent until the timeout.
            CompletableFuture<WebSocket> initSent = new CompletableFuture<>();
            String subscribe = Http.JSON.writeValueAsString(Map.of("id", "1", "type", "subscribe",
                    "payload", Map.of("query", request.document(), "variables", request.variables())));
            WebSocket.Listener listener = new JsonMessages(new JsonMessages.Handler() {
                @Override
                public void message(WebSocket socket, JsonNode message) {
                    switch (message.get("type").asString()) {
                        case "connection_ack" -> initSent.thenCompose(s -> s.sendText(subscribe, true))
                                .thenRun(() -> subscribed.complete(null))
                                .exceptionally(Open.this::failSend);
                        case "next" -> {
                            JsonNode payload = message.get("payload");
                            if (payload.has("errors")) {
                                done.complete(new Outcome(snapshot(), "error", payload.get("errors")));
                            } else {
                                events.add(payload.get("data"));
                            }
                        }
                        case "error" -> done.complete(new Outcome(snapshot(), "error", message.get("payload")));
                        case "complete" -> done.complete(new Outcome(snapshot(), "complete", null));
                        default -> { }
                    }
                }

                @Override
                public void closed(int code, String reason) {
                    done.complete(new Outcome(snapshot(), "closed " + code + " " + reason, null));
                }

                @Override
                public void failed(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            // A subscription that ends (refused, completed, closed) before its subscribe is sent never will be: say
            // so to whoever waits for the subscribe rather than let them wait out the time.
            done.whenComplete((outcome, failure) -> subscribed.completeExceptionally(
                    new AssertionError("The subscription ended before it was subscribed: " + outcome, failure)));
            subscribed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws")
                    // A browser sends its page's origin; the app's pages are the server's own.
                    .header("Origin", origin)
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create(baseUrl.replace("http", "ws") + "/graphql"), listener)
                    .join();
            deadline = System.nanoTime() + timeout.toNanos();
            Map<String, Object> init = new HashMap<>();
            init.put("type", "connection_init");
            init.put("payload", request.ticket() == null ? Map.of() : Map.of("ticket", request.ticket()));
            socket.sendText(Http.JSON.writeValueAsString(init), true)
                    .thenAccept(initSent::complete)
                    .exceptionally(this::failSend);
        }

        /**
         * Completes once the subscribe message is sent after the server's connection_ack: the protocol answers a
         * subscribe with nothing but its events, so this is the last point a client can see before they flow.
         * Fails when the subscription ends or times out first.
         */
        public CompletableFuture<Void> subscribed() {
            return subscribed;
        }

        /** Waits until the subscription ends or its time is up, then closes it. */
        public Outcome outcome() {
            try {
                return done.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return new Outcome(snapshot(), "timeout", null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (ExecutionException e) {
                throw new AssertionError("Subscription failed", e.getCause());
            } finally {
                socket.abort();
            }
        }

        /** The events so far. */
        public List<JsonNode> events() {
            return snapshot();
        }

        @Override
        public void close() {
            socket.abort();
        }

        private List<JsonNode> snapshot() {
            synchronized (events) {
                return new ArrayList<>(events);
            }
        }

        private <T> T failSend(Throwable failed) {
            done.completeExceptionally(failed);
            return null;
        }
    }
}
