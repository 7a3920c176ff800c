package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campussms.devstack.carrier.FakeTwilio;
import org.campussms.it.support.Await;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Texting one person from a pool or a personal number: the footer, the carrier's refusals and rate limits, a
 * rolled-back send, the number a contact is texted from, and who may send and read.
 */
@ExtendWith(ArquillianExtension.class)
class SendMessageIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void theFirstTextCarriesThePoolFooterAndTheSecondDoesNot() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 10);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);

        JsonNode first = setup.member().api().sendMessage(setup.poolId(), person,
                "Your advising appointment is tomorrow at 10.").data();
        assertEquals("QUEUED", first.get("status").asString(), "the mutation returns before delivery");
        assertTrue(first.get("footerAppended").asBoolean());
        JsonNode second = setup.member().api().sendMessage(setup.poolId(), person, "Bring your transcript.").data();
        assertFalse(second.get("footerAppended").asBoolean());

        List<FakeTwilio.Accepted> texts = Await.until(DELIVERY, () -> twilio().acceptedTo(mobile),
                t -> t.size() == 2, "both texts at the carrier");
        assertEquals("Your advising appointment is tomorrow at 10.\nReply HELP for help, STOP to stop texts from "
                + setup.poolName() + ", STOPALL to stop all texts.", texts.get(0).body());
        assertEquals("Bring your transcript.", texts.get(1).body());
        assertEquals(setup.number(), texts.get(0).from());

        JsonNode conversation = Await.until(DELIVERY, () -> conversation(setup.member(),
                first.get("conversationId").asString()), c -> statuses(c).equals("[DELIVERED, DELIVERED]"),
                "both delivered");
        assertEquals(mobile, conversation.get("contactNumber").asString());
    }

    @Test
    void aRateLimitBurstIsRetriedAndTheTextDeliveredOnce() {
        PoolSetup setup = Fixtures.poolWithMember("TOLL_FREE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        // Four 429s in a row: each attempt goes back to the queue with backoff (about 1, 2, 4, then 8 s).
        twilio().failNext(mobile, 4, 429);

        JsonNode sent = setup.member().api().sendMessage(setup.poolId(), person, "Registration opens Monday.").data();

        Await.until(DELIVERY, () -> conversation(setup.member(), sent.get("conversationId").asString()),
                c -> statuses(c).equals("[DELIVERED]"), "delivery after the 429s");
        assertEquals(1, twilio().acceptedTo(mobile).size(), "delivered exactly once");
        int attempts = ((Number) Db.rows("select attempts from outbound_message where id = ?",
                Long.parseLong(sent.get("id").asString())).get(0).get("attempts")).intValue();
        assertEquals(5, attempts, "one hand-off per 429, and the one that went through");
    }

    @Test
    void aNumberTheCarrierCallsInvalidIsRejectedWith21211AndTheTextGoesByEmail() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        twilio().invalidNumber(mobile);

        JsonNode sent = setup.member().api().sendMessage(setup.poolId(), person, "Hello").data();

        JsonNode conversation = Await.until(DELIVERY, () -> conversation(setup.member(),
                sent.get("conversationId").asString()), c -> statuses(c).startsWith("[FELL_BACK_TO_EMAIL"),
                "the rejection"); // EmailFallbackIT follows the email
        assertEquals(21211, conversation.at("/messages/0/errorCode").asInt());
        assertTrue(twilio().acceptedTo(mobile).isEmpty());
    }

    @Test
    void aSendWhoseTransactionRollsBackNeverReachesTheCarrier() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 10);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        // The conversation update is the last write of a send, after the JMS message; make it fail at commit.
        Db.execute("CREATE TRIGGER IF NOT EXISTS it_fail_conversation BEFORE UPDATE ON conversation FOR EACH ROW "
                + "BEGIN IF NEW.last_preview LIKE 'ROLLBACK-ME%' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'forced rollback'; END IF; END");
        try {
            Http.Response response = setup.member().api().sendMessage(setup.poolId(), person, "ROLLBACK-ME please")
                    .response();
            assertTrue(response.json().has("errors"), response.body());

            // A later text to the same person proves the queue has moved past the rolled-back one.
            setup.member().api().sendMessage(setup.poolId(), person, "After it").data();
            List<FakeTwilio.Accepted> texts = Await.until(DELIVERY, () -> twilio().acceptedTo(mobile),
                    t -> !t.isEmpty(), "the later text");
            assertEquals(1, texts.size());
            assertTrue(texts.get(0).body().startsWith("After it"), texts.get(0).body());
            assertEquals(0, Db.rows("select id from outbound_message where body like 'ROLLBACK-ME%'").size());
        } finally {
            Db.execute("DROP TRIGGER IF EXISTS it_fail_conversation");
        }
    }

    @Test
    void aContactIsTextedFromThePoolNumberTheyLastTalkedTo() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String second = TestNumbers.next();
        setup.admin().api().addPoolNumber(setup.poolId(), second, "LONG_CODE", null).data();
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);

        setup.member().api().sendMessage(setup.poolId(), person, "Welcome to advising.").data();
        String picked = Await.until(DELIVERY, () -> twilio().acceptedTo(mobile), t -> t.size() == 1,
                "the first text").get(0).from();
        String other = picked.equals(second) ? setup.number() : second;
        // The student answers on the pool's other number (say, one printed on a flyer): that is now their thread.
        assertEquals(200, twilio().reply(mobile, other, "Who is this?"));

        setup.member().api().sendMessage(setup.poolId(), person, "Your advisor, Mia.").data();
        List<FakeTwilio.Accepted> texts = Await.until(DELIVERY, () -> twilio().acceptedTo(mobile),
                t -> t.size() == 2, "the answer");
        assertEquals(other, texts.get(1).from(), "from the number the student last texted, not " + picked);
        setup.member().api().sendMessage(setup.poolId(), person, "See you Monday.").data();
        assertEquals(other, Await.until(DELIVERY, () -> twilio().acceptedTo(mobile), t -> t.size() == 3,
                "the next text").get(2).from(), "and it stays there");
    }

    @Test
    void nonMembersCannotSendFromOrReadAPool() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession outsider = StaffSession.staff("Otto Outsider");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        JsonNode sent = setup.member().api().sendMessage(setup.poolId(), person, "Members only").data();

        assertEquals("FORBIDDEN", outsider.api().sendMessage(setup.poolId(), person, "Let me in").errorCode());
        assertEquals("FORBIDDEN", outsider.api().conversation(sent.get("conversationId").asString()).errorCode());
        Await.until(DELIVERY, () -> twilio().acceptedTo(mobile), t -> !t.isEmpty(), "the member's text");
        assertEquals(1, twilio().acceptedTo(mobile).size(), "only the member's text went out");

        Map<String, Object> ofPool = Map.of("poolId", setup.poolId());
        JsonNode listed = setup.member().api().conversations(ofPool).data();
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(mobile, listed.get(0).get("contactNumber").asString());
        assertEquals("Members only", listed.get(0).get("lastMessage").asString());
        assertEquals("OUTBOUND", listed.get(0).get("lastDirection").asString());
        assertEquals("FORBIDDEN", outsider.api().conversations(ofPool).errorCode());
        Map<String, Object> anyPool = new HashMap<>();
        anyPool.put("poolId", null);
        assertFalse(outsider.api().conversations(anyPool).data().toString().contains(mobile),
                "not in an outsider's inbox");
    }

    @Test
    void theFirstPersonalSendBuysANumberAndTheTextGoesOutFromItOnceActive() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession staff = StaffSession.staff("Pat Personal");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(admin, mobile);
        assertTrue(staff.api().me().data().at("/personalNumber").isNull(), "no number before the first send");

        JsonNode first = staff.api().sendPersonal(person, "Hi, it's Pat from advising.").data();
        assertEquals("QUEUED", first.get("status").asString());
        assertFalse(first.get("footerAppended").asBoolean());

        FakeTwilio.Accepted text = Await.until(DELIVERY, () -> twilio().acceptedTo(mobile), t -> !t.isEmpty(),
                "the text from the new number").get(0);
        assertTrue(text.from().startsWith("+1617555"), "bought from the carrier: " + text.from());
        JsonNode number = staff.api().me().data().at("/personalNumber");
        assertEquals("ACTIVE", number.get("status").asString());
        assertEquals(text.from(), number.get("number").asString());

        staff.api().sendPersonal(person, "Second one.").data();
        List<FakeTwilio.Accepted> both = Await.until(DELIVERY, () -> twilio().acceptedTo(mobile),
                t -> t.size() == 2, "the second text");
        assertEquals(text.from(), both.get(1).from(), "the same number, not a second purchase");
        assertEquals(1, Db.rows("select id from sender_number where staff_user_id = ?",
                Long.parseLong(staff.id())).size());
        StaffSession colleague = StaffSession.staff("Cole Colleague");
        assertEquals("FORBIDDEN", colleague.api().conversation(first.get("conversationId").asString()).errorCode(),
                "a personal conversation is its owner's");
        assertEquals(2, conversation(admin, first.get("conversationId").asString()).get("messages").size(),
                "institution admins see all traffic");
        assertEquals(2, conversation(staff, first.get("conversationId").asString()).get("messages").size());
    }

    @Test
    void aNumberOrderWhoseQueueEntryIsGoneIsQueuedAgainAndBoughtOnce() {
        StaffSession staff = StaffSession.staff("Lou Lost-Order");
        // As a dead node leaves it: the order committed PROVISIONING, its queue entry in a journal that never
        // comes back.
        Db.execute("insert into sender_number (e164, kind, segments_per_second, staff_user_id, status, created_at) "
                + "values (null, 'LONG_CODE', 1, " + staff.id() + ", 'PROVISIONING', utc_timestamp(6) - interval 1 "
                + "minute)");
        long senderId = ((Number) Db.rows("select id from sender_number where staff_user_id = ?",
                Long.parseLong(staff.id())).get(0).get("id")).longValue();

        JsonNode number = Await.until(DELIVERY, () -> staff.api().me().data().at("/personalNumber"),
                n -> "ACTIVE".equals(n.get("status").asString()), "the number bought after the reconciler's order");
        String tag = "campus-sms personal " + senderId + " ";
        Await.until(Duration.ofSeconds(10), () -> Db.rows("select 1 from sender_number where id = ? "
                + "and order_requeued_at < utc_timestamp(6) - interval 6 second", senderId), r -> !r.isEmpty(),
                "a reconcile period past the new order");
        List<List<String>> bought = twilio().boughtNumbers().stream().filter(n -> n.get(1).startsWith(tag)).toList();
        assertEquals(1, bought.size(), "bought once: " + bought);
        assertEquals(bought.get(0).get(0), number.get("number").asString());
    }

    private static JsonNode conversation(StaffSession user, String id) {
        return user.api().conversation(id).data();
    }

    private static String statuses(JsonNode conversation) {
        List<String> statuses = new ArrayList<>();
        conversation.get("messages").forEach(m -> statuses.add(m.get("status").asString()));
        return statuses.toString();
    }
}
