package org.campussms.api.graphql;

import graphql.GraphQLContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.campussms.api.http.ApiErrorCode;
import org.campussms.live.application.LiveConnection;
import org.campussms.live.application.LiveConnections;
import org.campussms.platform.DomainException;

/**
 * One live connection's graphql-transport-ws protocol, SmallRye's with a door in front: {@code connection_init}
 * must carry a ticket that opens the connection (single use), or the socket is closed before any
 * {@code connection_ack}: 4401 without a ticket, 4403 with one that is unknown, expired or used, 4008 when the
 * holder has as many connections open as they may. A connection takes at most a few subscriptions at once; the
 * operations themselves meet {@link OperationLimits}, which lets only subscriptions through here.
 */
final class LiveSocketHandler extends GraphQLTransportWSSubprotocolHandler {

    /** Close codes of refused connections (graphql-transport-ws's, and ours in 4000-4999). */
    static final short UNAUTHORIZED = 4401;
    static final short FORBIDDEN = 4403;
    static final short TOO_MANY_CONNECTIONS = 4008;
    static final short BAD_REQUEST = 4400;
    static final short TOO_MANY_INITIALISATIONS = 4429;

    private static final String TRANSPORT = "campus.transport";
    private static final String WEBSOCKET = "websocket";
    private static final String CONNECTION = "campus.live-connection";
    /** A WebSocket close reason has at most 123 bytes. */
    private static final int MAX_REASON = 120;

    private final LiveConnections connections;
    private final int maxSubscriptions;
    private volatile LiveConnection connection;

    LiveSocketHandler(GraphQLWebSocketSession session, LiveConnections connections, int maxSubscriptions) {
        super(session, newContext());
        this.connections = connections;
        this.maxSubscriptions = maxSubscriptions;
    }

    private static Map<String, Object> newContext() {
        // Shared by the connection's operations, which may run at once.
        Map<String, Object> context = new ConcurrentHashMap<>();
        context.put(TRANSPORT, WEBSOCKET);
        return context;
    }

    /** Whether the operation with this context came over the websocket. */
    static boolean isWebsocket(GraphQLContext context) {
        return WEBSOCKET.equals(context.get(TRANSPORT));
    }

    /** The open connection an operation came on, or null for one that did not come over the websocket. */
    static LiveConnection connectionOf(GraphQLContext context) {
        return context.get(CONNECTION);
    }

    /** The connection this socket opened, null until its ticket was accepted. */
    LiveConnection connection() {
        return connection;
    }

    @Override
    protected void onMessage(JsonObject message) {
        if (message == null) {
            // Not JSON: SmallRye closed the socket already.
            return;
        }
        String type = message.get("type") instanceof JsonString text ? text.getString() : "";
        switch (type) {
            case "connection_init" -> init(message);
            case "subscribe" -> subscribe(message);
            case "ping", "pong", "complete" -> super.onMessage(message);
            default -> session.close(BAD_REQUEST, "Unknown message type");
        }
    }

    private void init(JsonObject message) {
        if (connectionInitialized.get() || connection != null) {
            session.close(TOO_MANY_INITIALISATIONS, "Too many initialisation requests");
            return;
        }
        JsonValue payload = message.get("payload");
        String ticket = payload instanceof JsonObject object && object.get("ticket") instanceof JsonString text
                ? text.getString() : null;
        if (ticket == null || ticket.isBlank()) {
            session.close(UNAUTHORIZED, "Unauthorized: send {\"ticket\": ...} from subscriptionTicket in "
                    + "connection_init's payload");
            return;
        }
        try {
            connection = connections.open(ticket);
        } catch (DomainException e) {
            session.close(switch (e.problem()) {
                case CONFLICT -> TOO_MANY_CONNECTIONS;
                default -> FORBIDDEN;
            }, reason(e.getMessage()));
            return;
        }
        getContext().put(CONNECTION, connection);
        super.onMessage(message);
    }

    private void subscribe(JsonObject message) {
        if (!(message.get("id") instanceof JsonString id)) {
            session.close(BAD_REQUEST, "A subscribe message needs an id");
            return;
        }
        if (connection != null && !activeOperations.containsKey(id.getString())
                && activeOperations.size() >= maxSubscriptions) {
            refuse(id.getString(), ApiErrorCode.TOO_MANY_SUBSCRIPTIONS, "A connection has at most " + maxSubscriptions
                    + " subscriptions at once; complete one first");
            return;
        }
        // Before connection_init was accepted, SmallRye closes the socket (4401).
        super.onMessage(message);
    }

    @Override
    protected void sendErrorMessage(String operationId, ExecutionResponse executionResponse) throws IOException {
        super.sendErrorMessage(operationId, executionResponse);
        // An operation that failed has ended: it no longer counts, and its id may be used again.
        activeOperations.remove(operationId);
    }

    @Override
    public void onClose() {
        super.onClose();
        LiveConnection open = connection;
        if (open != null) {
            connections.close(open.id());
        }
    }

    private void refuse(String operationId, ApiErrorCode code, String message) {
        try {
            session.sendMessage(Json.createObjectBuilder()
                    .add("id", operationId)
                    .add("type", "error")
                    .add("payload", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("message", message)
                            .add("extensions", Json.createObjectBuilder().add("code", code.name()))))
                    .build().toString());
        } catch (IOException e) {
            session.close(BAD_REQUEST, "The refusal could not be sent");
        }
    }

    private static String reason(String message) {
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON);
    }
}
