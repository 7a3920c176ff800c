package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Hand-offs the carrier or a crash left unfinished end with exactly one text: an answer the carrier dropped, lost
 * status callbacks, a hung carrier, an outage of 503s and 429s, a queue entry lost, a bulk send whose expansion
 * stopped, a personal number's purchase whose answer was lost or refused. The server reconciles work untouched for
 * 4 s, every second (it/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class HandOffRecoveryIT {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @AfterEach
    void carrierBackToNormal() {
        twilio().refuseSales(false);
        twilio().dropPurchaseAnswers(0);
        twilio().sendCallbacks(true);
        twilio().dropAnswers(0);
        twilio().hangFor(Duration.ZERO);
    }

    @Test
    void aTextWhoseAnswerTheCarrierDroppedIsTextedOnceAndTakesTheCarriersSid() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 10);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        // No callbacks either: only asking the carrier can tell that the text went out.
        twilio().sendCallbacks(false);
        twilio().dropAnswers(1);

        long id = sentId(setup.member().api().sendMessage(setup.poolId(), person, "Advising moved to room 4.")
                .data());

        Map<String, Object> settled = Await.until(RECOVERY, () -> row(id), r -> r.get("twilio_sid") != null,
                "the carrier's sid found by the reconciler");
        List<FakeTwilio.Accepted> texts = twilio().acceptedTo(mobile);
        assertEquals(1, texts.size(), "texts the person got");
        assertEquals(texts.get(0).sid(), settled.get("twilio_sid"));
        assertEquals("DELIVERED", settled.get("status"), "the carrier's status, as it lists it");
        assertEquals(1, ((Number) settled.get("attempts")).intValue(), "never handed off a second time");
    }

    @Test
    void aTextWhoseStatusCallbacksWereLostTakesTheStatusTheCarrierHasForIt() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 10);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        // As when the server was down while the carrier posted them: the callbacks never arrive.
        twilio().sendCallbacks(false);
        twilio().undeliverable(mobile, 30003);

        long id = sentId(setup.member().api().sendMessage(setup.poolId(), person, "Your hold is lifted.").data());

        Map<String, Object> settled = Await.until(RECOVERY, () -> row(id),
                r -> "FELL_BACK_TO_EMAIL".equals(r.get("status")), "the carrier's undelivered, asked for, and email");
        assertEquals(twilio().acceptedTo(mobile).get(0).sid(), settled.get("twilio_sid"));
        assertEquals(1, twilio().acceptedTo(mobile).size());
    }

    @Test
    void aHungCarrierKeepsWebhooksFastAndItsTextGoesOutOnceAfterwards() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 10);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        twilio().hangFor(Duration.ofSeconds(6));

        long id = sentId(setup.member().api().sendMessage(setup.poolId(), person, "Forms are due Friday.").data());
        Await.until(RECOVERY, () -> row(id), r -> "SENDING".equals(r.get("status")), "the hand-off under way");
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            Http.Response ping = Http.postForm(TestEnvironment.baseUrl() + "/webhooks/twilio/ping",
                    Map.of("From", mobile), Map.of());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, ping.status());
            assertTrue(millis < 1_000, "a webhook answered in " + millis + " ms while the carrier hangs");
        }

        Map<String, Object> delivered = Await.until(RECOVERY, () -> row(id),
                r -> "DELIVERED".equals(r.get("status")), "delivery once the carrier answers again");
        assertEquals(1, twilio().acceptedTo(mobile).size(), "texts the person got");
        assertEquals(2, ((Number) delivered.get("attempts")).intValue(),
                "the unanswered hand-off, then one more after the carrier said it had nothing");
    }

    @Test
    void anOutageOf503sAnd429sDelaysTextsAndNeverFailsThem() {
        PoolSetup setup = Fixtures.poolWithMember("TOLL_FREE", null);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mobiles.add(TestNumbers.next());
        }
        List<String> people = Fixtures.students(setup.admin(), mobiles);
        for (int i = 0; i < mobiles.size(); i++) {
            twilio().failFor(mobiles.get(i), Duration.ofSeconds(8), i % 2 == 0 ? 503 : 429);
        }

        List<Long> ids = new ArrayList<>();
        for (String person : people) {
            ids.add(sentId(setup.member().api().sendMessage(setup.poolId(), person, "Campus closes at 3 today.")
                    .data()));
        }

        for (long id : ids) {
            Map<String, Object> delivered = Await.until(RECOVERY, () -> row(id),
                    r -> "DELIVERED".equals(r.get("status")), "text " + id + " delivered after the outage");
            assertTrue(((Number) delivered.get("attempts")).intValue() >= 2, "text " + id + " waited out the outage");
        }
        for (String mobile : mobiles) {
            assertEquals(1, twilio().acceptedTo(mobile).size(), "texts to " + mobile);
        }
    }

    @Test
    void aQueuedTextWhoseQueueEntryWasLostIsSentOnce() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 10);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        long delivered = sentId(setup.member().api().sendMessage(setup.poolId(), person, "First").data());
        Await.until(RECOVERY, () -> row(delivered), r -> "DELIVERED".equals(r.get("status")), "the first text");

        // A text committed as QUEUED whose queue entry a crash lost: a copy of the row, without its entry.
        Db.execute("INSERT INTO outbound_message (conversation_id, pool_id, sender_e164, sender_number_id, to_e164, "
                + "person_id, record_type, body, sent_text, footer_appended, segments, encoding, status, attempts, "
                + "sent_by_staff_user_id, compliance_reply, bulk_send_id, created_at, updated_at) "
                + "SELECT conversation_id, pool_id, sender_e164, sender_number_id, to_e164, person_id, record_type, "
                + "'Lost entry', 'Lost entry', FALSE, 1, encoding, 'QUEUED', 0, sent_by_staff_user_id, FALSE, NULL, "
                + "created_at, NOW(6) - INTERVAL 1 MINUTE FROM outbound_message WHERE id = " + delivered);

        List<FakeTwilio.Accepted> texts = Await.until(RECOVERY, () -> twilio().acceptedTo(mobile),
                t -> t.size() == 2, "the stranded text at the carrier");
        assertEquals("Lost entry", texts.get(1).body());
        long lost = ((Number) Db.rows("SELECT id FROM outbound_message WHERE body = 'Lost entry' AND to_e164 = ?",
                mobile).get(0).get("id")).longValue();
        Await.until(RECOVERY, () -> row(lost), r -> "DELIVERED".equals(r.get("status")), "the stranded text");
        assertEquals(2, twilio().acceptedTo(mobile).size(), "no text twice");
    }

    @Test
    void aRunningBulkSendWhoseExpansionStoppedIsResumedAndTextsEachRecipientOnce() {
        PoolSetup setup = Fixtures.poolWithMember("SHORT_CODE", null);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mobiles.add(TestNumbers.next());
        }
        List<String> people = Fixtures.students(setup.admin(), mobiles);
        String planId = setup.admin().api().planBulkSend(setup.poolId(), people, "Welcome back!").data()
                .get("id").asString();
        // Started, and the server died before its queue entry was taken: RUNNING with nobody queued.
        Db.execute("UPDATE bulk_send SET status = 'RUNNING', started_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = "
                + planId);

        JsonNode progress = Await.until(RECOVERY, () -> setup.admin().api().bulkSend(planId).data(),
                p -> p.get("finished").asBoolean() && p.get("delivered").asInt() == mobiles.size(),
                "the resumed bulk send finished");
        assertEquals(0, progress.get("failed").asInt());
        for (String mobile : mobiles) {
            assertEquals(1, twilio().acceptedTo(mobile).size(), "texts to " + mobile);
        }
    }

    @Test
    void aPersonalNumberWhosePurchaseAnswerWasLostIsFoundAtTheCarrierNotBoughtTwice() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession owner = StaffSession.staff("Lou Lostanswer");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(admin, mobile);
        twilio().dropPurchaseAnswers(1);

        owner.api().sendPersonal(person, "Hello from my own number").data();

        String from = Await.until(RECOVERY, () -> twilio().acceptedTo(mobile), t -> !t.isEmpty(),
                "the text from the personal number").get(0).from();
        List<List<String>> bought = twilio().boughtNumbers().stream().filter(n -> n.get(0).equals(from)).toList();
        assertEquals(1, bought.size(), "bought once: " + twilio().boughtNumbers());
        assertTrue(bought.get(0).get(1).startsWith("campus-sms personal "), bought.toString());
        long purchases = twilio().boughtNumbers().stream().filter(n -> n.get(1).equals(bought.get(0).get(1))).count();
        assertEquals(1, purchases, "one purchase for this personal number");
    }

    @Test
    void aPersonalNumberTheCarrierWillNotSellFailsItsTextGoesByEmailAndTheNextTextOrdersItAgain() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession owner = StaffSession.staff("Ren Refused");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(admin, mobile);
        twilio().refuseSales(true);

        long first = sentId(owner.api().sendPersonal(person, "Are you free at 3?").data());

        Map<String, Object> emailed = Await.until(RECOVERY, () -> row(first),
                r -> "FELL_BACK_TO_EMAIL".equals(r.get("status")), "the text by email");
        assertTrue(String.valueOf(emailed.get("error_message")).contains("personal number not available"),
                emailed.toString());
        assertTrue(twilio().acceptedTo(mobile).isEmpty());

        twilio().refuseSales(false);
        long second = sentId(owner.api().sendPersonal(person, "Or at 4?").data());
        Await.until(RECOVERY, () -> row(second), r -> "DELIVERED".equals(r.get("status")),
                "the next text, from the number ordered again");
        assertEquals(1, twilio().acceptedTo(mobile).size());
    }

    private static long sentId(JsonNode message) {
        return Long.parseLong(message.get("id").asString());
    }

    private static Map<String, Object> row(long id) {
        return Db.rows("SELECT status, twilio_sid, attempts, error_message FROM outbound_message WHERE id = ?", id)
                .get(0);
    }
}
