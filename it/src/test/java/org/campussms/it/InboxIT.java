package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campussms.it.support.Await;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The inbox as its screen needs it in one request: who each conversation is with, the pool's name, the last
 * message's status, pages by cursor, and the views' badges.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void rowsCarryNamesPoolsAndStatusesAndPageByCursor() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String known = TestNumbers.next();
        String shared = TestNumbers.next();
        String unknown = TestNumbers.next();
        String student = Fixtures.student(setup.admin(), known);
        Fixtures.students(setup.admin(), List.of(shared, shared));
        StaffSession member = setup.member();

        member.api().sendMessage(setup.poolId(), student, "See you at 3.").data();
        member.api().sendMessage(setup.poolId(), student, "Bring your ID.").data();
        assertEquals(200, twilio().reply(shared, setup.number(), "Who is this?"));
        assertEquals(200, twilio().reply(unknown, setup.number(), "Wrong number?"));

        Map<String, Object> thisPool = Map.of("poolId", setup.poolId());
        JsonNode first = Await.until(WAIT, () -> member.api().inbox(thisPool, 2, null).data(),
                page -> page.get("rows").size() == 2 && "INBOUND".equals(page.at("/rows/0/lastDirection")
                        .asString()), "the two newest conversations");
        assertEquals(List.of(unknown, shared), List.of(first.at("/rows/0/contactNumber").asString(),
                first.at("/rows/1/contactNumber").asString()), "newest activity first");
        assertEquals(0, first.at("/rows/0/candidates").asInt(), "nobody has the unknown number");
        assertTrue(first.at("/rows/0/contact").isNull());
        assertEquals(2, first.at("/rows/1/candidates").asInt(), "two people share the number");
        assertEquals(setup.poolName(), first.at("/rows/0/poolName").asString());
        assertEquals(1, first.at("/rows/0/unreadCount").asInt());

        JsonNode second = member.api().inbox(thisPool, 2, first.get("nextCursor").asString()).data();
        assertEquals(1, second.get("rows").size(), "the rest: " + second);
        assertTrue(second.get("nextCursor").isNull(), "no more pages");
        JsonNode texted = second.at("/rows/0");
        assertEquals(known, texted.get("contactNumber").asString());
        assertEquals("Student0", texted.at("/contact/firstName").asString());
        assertEquals("STUDENT", texted.at("/contact/kind").asString());
        assertTrue(texted.at("/contact/records/0/externalId").asString().endsWith("-0"), texted.toString());
        assertEquals("OUTBOUND", texted.get("lastDirection").asString());
        assertEquals("Bring your ID.", texted.get("lastMessage").asString());
        Await.until(WAIT, () -> member.api().inbox(Map.of("contactNumber", known), 1, null).data()
                .at("/rows/0/lastStatus").asString(), "DELIVERED"::equals, "the newest text's status in its row");

        JsonNode counts = member.api().inboxCounts().data();
        JsonNode pool = findPool(counts, setup.poolId());
        assertEquals(2, pool.get("needsReply").asInt(), "the two replies wait for an answer: " + counts);
        assertEquals(2, pool.get("unread").asInt());
        assertEquals(0, counts.get("personalUnread").asInt());

        String conversationId = first.at("/rows/1/id").asString();
        member.api().markConversationRead(conversationId).data();
        assertEquals(1, findPool(member.api().inboxCounts().data(), setup.poolId()).get("unread").asInt());
        assertEquals(1, member.api().markConversationUnread(conversationId).data().get("unreadCount").asInt());
        assertEquals(2, findPool(member.api().inboxCounts().data(), setup.poolId()).get("unread").asInt(),
                "marked unread counts again");

        StaffSession outsider = StaffSession.staff("Otto Outsider");
        assertEquals("FORBIDDEN", outsider.api().markConversationUnread(conversationId).errorCode());
        assertEquals("FORBIDDEN", outsider.api().inbox(thisPool, 2, null).errorCode());
        assertEquals("INVALID_INPUT", member.api().inbox(thisPool, 2, "not-a-cursor").errorCode());
        List<String> outsiders = new ArrayList<>();
        outsider.api().inboxCounts().data().get("pools").forEach(p -> outsiders.add(p.get("poolId").asString()));
        assertTrue(!outsiders.contains(setup.poolId()), "no badge of a pool one is not in");
    }

    private static JsonNode findPool(JsonNode counts, String poolId) {
        for (JsonNode pool : counts.get("pools")) {
            if (pool.get("poolId").asString().equals(poolId)) {
                return pool;
            }
        }
        throw new AssertionError("no counts of pool " + poolId + ": " + counts);
    }
}
