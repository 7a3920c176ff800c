package org.campussms.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A GraphQL subscription over the graphql-transport-ws protocol, as the front end opens it: the upgrade request
 * carries the bearer token.
 */
public final class Subscriptions {

    private Subscriptions() {
    }

    /** What a subscription produced: its events, and how it ended ("complete", "error" or "timeout"). */
    public record Outcome(List<JsonNode> events, String end, JsonNode error) {
    }

    public static Outcome run(String token, String query, Map<String, Object> variables, Duration timeout) {
        List<JsonNode> events = new ArrayList<>();
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        // The JDK's WebSocket refuses a send while an earlier one is still in flight (the refusal only shows in the
        // send's future), and the server's ack can arrive before connection_init's send has completed: subscribe
        // waits for it, and a failed send ends the run instead of leaving it silent until the timeout.
        CompletableFuture<WebSocket> initSent = new CompletableFuture<>();
        String subscribe = Http.JSON.writeValueAsString(Map.of("id", "1", "type", "subscribe",
                "payload", Map.of("query", query, "variables", variables)));
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder buffer = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                buffer.append(data);
                if (last) {
                    JsonNode message = Http.JSON.readTree(buffer.toString());
                    buffer.setLength(0);
                    switch (message.get("type").asString()) {
                        case "connection_ack" -> initSent.thenCompose(s -> s.sendText(subscribe, true))
                                .exceptionally(failed -> failSend(done, failed));
                        case "next" -> {
                            JsonNode payload = message.get("payload");
                            if (payload.has("errors")) {
                                done.complete(new Outcome(events, "error", payload.get("errors")));
                            } else {
                                events.add(payload.get("data"));
                            }
                        }
                        case "error" -> done.complete(new Outcome(events, "error", message.get("payload")));
                        case "complete" -> done.complete(new Outcome(events, "complete", null));
                        default -> { }
                    }
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                done.complete(new Outcome(events, "closed " + status + " " + reason, null));
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                done.completeExceptionally(error);
            }
        };
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(TestEnvironment.baseUrl().replace("http", "ws") + "/graphql"), listener)
                .join();
        socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true)
                .thenAccept(initSent::complete)
                .exceptionally(failed -> failSend(done, failed));
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Outcome(events, "timeout", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("Subscription failed", e.getCause());
        } finally {
            socket.abort();
        }
    }

    private static <T> T failSend(CompletableFuture<Outcome> done, Throwable failed) {
        done.completeExceptionally(failed);
        return null;
    }
}
