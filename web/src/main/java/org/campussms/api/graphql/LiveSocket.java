package org.campussms.api.graphql;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.live.application.LiveConnection;
import org.campussms.live.application.LiveConnections;
import org.campussms.platform.Settings;

/**
 * The websocket at {@code /graphql}: live subscriptions of signed-in staff over graphql-transport-ws
 * ({@link LiveSocketHandler}), and nothing else. It replaces SmallRye's own endpoint
 * ({@link LiveSocketEndpoints}); browsers from other origins are refused at the upgrade
 * ({@link LiveSocketOrigins}), messages over 64 KB close the socket (1009), a socket that has not sent its ticket
 * within {@link #INIT_TIMEOUT} is closed (4408), and one whose sign-in has ended a minute ago is closed (4403), so
 * the client opens a new one under its renewed sign-in.
 */
@ServerEndpoint(value = "/graphql", subprotocols = LiveSocket.PROTOCOL, configurator = LiveSocketOrigins.class)
public class LiveSocket {

    static final String PROTOCOL = "graphql-transport-ws";
    static final int MAX_MESSAGE_BYTES = 64 * 1024;
    static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration AFTER_SIGN_IN_ENDS = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(LiveSocket.class.getName());

    @Inject
    private LiveConnections connections;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    private LiveSocketHandler handler;
    private final StringBuilder incoming = new StringBuilder();
    private long incomingBytes;

    @OnOpen
    public void open(Session session) {
        if (!PROTOCOL.equals(session.getNegotiatedSubprotocol())) {
            close(session, 4406, "Subprotocol not acceptable: use " + PROTOCOL);
            return;
        }
        handler = new LiveSocketHandler(new SocketSession(session), connections,
                settings.liveSubscriptionsPerConnection());
        later(INIT_TIMEOUT, () -> {
            if (handler.connection() == null) {
                close(session, 4408, "Connection initialisation timeout");
            }
        });
    }

    /**
     * A message, in the parts Undertow reads it in: they are gathered here up to {@link #MAX_MESSAGE_BYTES}, and a
     * longer message closes the socket (1009) before more of it is read. (Undertow's own limit, @OnMessage's
     * maxMessageSize, did not stop a 1 MB message here.)
     */
    @OnMessage
    public void message(Session session, String part, boolean last) {
        if (handler == null) {
            return;
        }
        incomingBytes += utf8Length(part);
        if (incomingBytes > MAX_MESSAGE_BYTES) {
            incoming.setLength(0);
            close(session, 1009, "Message too big: at most 64 KB");
            return;
        }
        incoming.append(part);
        if (!last) {
            return;
        }
        String text = incoming.toString();
        incoming.setLength(0);
        incomingBytes = 0;
        boolean wasOpen = handler.connection() != null;
        try {
            handler.onMessage(text);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A live connection's message failed; closing it", e);
            close(session, 1011, "Server error");
            return;
        }
        LiveConnection opened = handler.connection();
        if (!wasOpen && opened != null) {
            Duration left = Duration.between(clock.instant(), opened.signInEnds().plus(AFTER_SIGN_IN_ENDS));
            later(left, () -> close(session, 4403, "Your sign-in ended; open a new connection with a fresh ticket"));
        }
    }

    @OnClose
    public void closed(Session session) {
        if (handler != null) {
            handler.onClose();
        }
    }

    @OnError
    public void failed(Session session, Throwable error) {
        // A connection that failed is of no more use: closed; onClose releases it.
        LOG.log(Level.FINE, "Live connection error", error);
        close(session, 1011, "Server error");
    }

    /** The bytes a string takes in UTF-8, as it came over the wire. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Runs {@code action} after {@code delay} on Mutiny's worker pool, which SmallRye's keep-alive uses too. */
    private static void later(Duration delay, Runnable action) {
        Uni.createFrom().voidItem().onItem().delayIt().by(delay.isNegative() ? Duration.ZERO : delay)
                .subscribe().with(ignored -> action.run());
    }

    private static void close(Session session, int code, String reason) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a live connection failed", e);
        }
    }

    /** The socket as SmallRye's protocol handler writes to it. */
    private static final class SocketSession implements GraphQLWebSocketSession {

        private final Session session;

        SocketSession(Session session) {
            this.session = session;
        }

        @Override
        public void sendMessage(String message) throws IOException {
            session.getBasicRemote().sendText(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            LiveSocket.close(session, statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return !session.isOpen();
        }
    }
}
