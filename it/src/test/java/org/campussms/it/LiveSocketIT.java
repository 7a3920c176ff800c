package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.LiveSocketClient;
import org.campussms.it.support.LiveSocketClient.Closed;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The live websocket tried as an attacker would: it is a door for the subscriptions of signed-in staff, and for
 * nothing else. Every refusal is checked for what the server answered and for what it did not do.
 */
@ExtendWith(ArquillianExtension.class)
class LiveSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String INBOX = "subscription { inboxEvents { kind } }";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void withoutATicketTheSocketIsClosedBeforeAnyAcknowledgement() {
        List<Map<String, Object>> payloads = new ArrayList<>();
        payloads.add(null);
        payloads.add(Map.of());
        payloads.add(Map.of("ticket", ""));
        for (Map<String, Object> payload : payloads) {
            try (LiveSocketClient socket = LiveSocketClient.open()) {
                socket.init(payload);

                Closed closed = socket.awaitClosed(WAIT);
                assertEquals(4401, closed.code(), "payload " + payload + ": " + closed);
                assertTrue(socket.unread().stream().noneMatch(m -> "connection_ack".equals(m.path("type")
                        .asString())), "no connection_ack for " + payload);
            }
        }
    }

    @Test
    void aForgedOrUsedTicketIsForbiddenAndATicketOpensOneConnectionOnly() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String ticket = dana.subscriptionTicket();
        String forged = ticket.substring(0, ticket.length() - 1) + (ticket.endsWith("A") ? "B" : "A");

        try (LiveSocketClient socket = LiveSocketClient.open()) {
            assertEquals(4403, socket.init(Map.of("ticket", forged)).awaitClosed(WAIT).code());
        }
        try (LiveSocketClient first = LiveSocketClient.open().initWith(ticket);
                LiveSocketClient second = LiveSocketClient.open()) {
            Closed closed = second.init(Map.of("ticket", ticket)).awaitClosed(WAIT);
            assertEquals(4403, closed.code(), "the ticket was used by the first connection: " + closed);
            assertTrue(second.unread().isEmpty(), "nothing was acknowledged: " + closed);
            first.subscribe("1", INBOX, Map.of());
            assertEquals(null, first.nextFor("1", Duration.ofSeconds(2)), "the first connection subscribes");
        }
    }

    @Test
    void queriesAndMutationsAreAnsweredWithAnErrorAndNotRun() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String pool = "Socket pool " + UUID.randomUUID();
        try (LiveSocketClient socket = LiveSocketClient.open().initWith(admin.subscriptionTicket())) {
            socket.subscribe("q", "{ me { id } }", Map.of());
            socket.subscribe("i", "{ __schema { types { name } } }", Map.of());
            socket.subscribe("m", "mutation($name: String!) { createPool(name: $name) { id } }",
                    Map.of("name", pool));
            socket.subscribe("f", "{ _service { sdl } }", Map.of());

            for (String id : List.of("q", "i", "m")) {
                JsonNode answer = socket.nextFor(id, WAIT);
                assertNotNull(answer, "an answer to " + id);
                assertEquals("error", answer.get("type").asString(), answer.toString());
                assertEquals("SUBSCRIPTIONS_ONLY", answer.at("/payload/0/extensions/code").asString(),
                        answer.toString());
            }
            JsonNode federation = socket.nextFor("f", WAIT);
            assertEquals("error", federation.get("type").asString(), "_service is no field at all: " + federation);
            assertTrue(federation.toString().contains("_service"), federation.toString());
        }
        assertTrue(Db.rows("select id from pool where name = ?", pool).isEmpty(), "the mutation did not run");
    }

    @Test
    void aFrameOver64KilobytesClosesTheSocket() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        try (LiveSocketClient socket = LiveSocketClient.open().initWith(dana.subscriptionTicket())) {
            socket.subscribe("big", INBOX + " ".repeat(65 * 1024), Map.of());

            assertEquals(1009, socket.awaitClosed(WAIT).code(), "1009: message too big");
        }
    }

    @Test
    void pagesOfOtherOriginsCannotOpenTheSocket() {
        assertEquals(101, LiveSocketClient.upgradeStatusFrom(TestEnvironment.baseUrl()));
        assertEquals(403, LiveSocketClient.upgradeStatusFrom("https://evil.example.com"));
        assertEquals(403, LiveSocketClient.upgradeStatusFrom(null), "a script that sends no Origin");
    }

    @Test
    void aSocketThatNeverSendsItsTicketIsClosedAfterTenSeconds() {
        try (LiveSocketClient socket = LiveSocketClient.open()) {
            Closed closed = socket.awaitClosed(Duration.ofSeconds(20));

            assertEquals(4408, closed.code(), closed.toString());
        }
    }

    @Test
    void aUserHasAtMostSixConnectionsAndAConnectionEightSubscriptions() {
        StaffSession sam = StaffSession.staff("Sam Sixtabs");
        List<LiveSocketClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                open.add(LiveSocketClient.open().initWith(sam.subscriptionTicket()));
            }
            try (LiveSocketClient seventh = LiveSocketClient.open()) {
                Closed refused = seventh.init(Map.of("ticket", sam.subscriptionTicket())).awaitClosed(WAIT);
                assertEquals(4008, refused.code(), refused.toString());
                assertTrue(refused.reason().contains("6 live connections"), refused.reason());
            }
            open.remove(0).close();
            LiveSocketClient again = awaitOpened(sam);
            open.add(again);

            for (int i = 1; i <= 8; i++) {
                again.subscribe("s" + i, INBOX, Map.of());
            }
            again.subscribe("s9", INBOX, Map.of());
            JsonNode ninth = again.nextFor("s9", WAIT);
            assertNotNull(ninth, "an answer to the ninth subscription");
            assertEquals("TOO_MANY_SUBSCRIPTIONS", ninth.at("/payload/0/extensions/code").asString(),
                    ninth.toString());
            again.sendJson(Map.of("id", "s1", "type", "complete"));
            again.subscribe("s10", INBOX, Map.of());
            assertEquals(null, again.nextFor("s10", Duration.ofSeconds(2)), "one completed, one more fits");
        } finally {
            open.forEach(LiveSocketClient::close);
        }
    }

    /** A connection for the user once the server has seen one of theirs close (it hears of it a moment later). */
    private static LiveSocketClient awaitOpened(StaffSession user) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            LiveSocketClient socket = LiveSocketClient.open().init(Map.of("ticket", user.subscriptionTicket()));
            JsonNode ack = socket.next(Duration.ofSeconds(2));
            if (ack != null && "connection_ack".equals(ack.get("type").asString())) {
                return socket;
            }
            socket.close();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No connection opened after one of the six closed");
            }
        }
    }
}
