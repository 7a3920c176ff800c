package org.campussms.it.support;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A websocket listener that gathers each text message from its parts, hands it on as JSON, and asks for the next.
 */
final class JsonMessages implements WebSocket.Listener {

    /** What to do with the socket's messages, its close and its failure. */
    interface Handler {
        void message(WebSocket socket, JsonNode message);

        void closed(int code, String reason);

        void failed(Throwable error);
    }

    private final StringBuilder buffer = new StringBuilder();
    private final Handler handler;

    JsonMessages(Handler handler) {
        this.handler = handler;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        buffer.append(data);
        if (last) {
            JsonNode message = Http.JSON.readTree(buffer.toString());
            buffer.setLength(0);
            handler.message(socket, message);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
        handler.closed(code, reason);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        handler.failed(error);
    }

    /** A handler from three callbacks. */
    static Handler of(Consumer<JsonNode> messages, BiConsumer<Integer, String> closed,
            Consumer<Throwable> failed) {
        return new Handler() {
            @Override
            public void message(WebSocket socket, JsonNode message) {
                messages.accept(message);
            }

            @Override
            public void closed(int code, String reason) {
                closed.accept(code, reason);
            }

            @Override
            public void failed(Throwable error) {
                failed.accept(error);
            }
        };
    }
}
