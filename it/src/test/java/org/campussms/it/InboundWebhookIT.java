package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campussms.devstack.carrier.FakeTwilio;
import org.campussms.devstack.carrier.TwilioSignature;
import org.campussms.it.support.Await;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Http;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The carrier's inbound webhook, posted to as the carrier would: each SMS stored once, in its conversation, by the
 * time it is answered; forged and malformed posts refused.
 */
@ExtendWith(ArquillianExtension.class)
class InboundWebhookIT {

    private static final Duration QUEUE_WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aPostedSmsIsAnsweredWithTwimlAndStored() {
        String sid = newSid();
        Http.Response response = post(inbound(sid, "Hi, is the advising office open on Friday? ✅"));

        assertEquals(200, response.status(), response.body());
        assertTrue(response.body().contains("<Response/>"), response.body());
        List<Map<String, Object>> rows = Await.until(QUEUE_WAIT, () -> storedWithSid(sid), r -> !r.isEmpty(),
                "the inbound message row");
        Map<String, Object> row = rows.get(0);
        assertEquals("+12015550123", row.get("from_number"));
        assertEquals("+12015550100", row.get("to_number"));
        assertEquals("Hi, is the advising office open on Friday? ✅", row.get("body"));
    }

    @Test
    void theSameMessageSidPostedTwiceIsStoredOnce() {
        String sid = newSid();
        assertEquals(200, post(inbound(sid, "first try")).status());
        assertEquals(200, post(inbound(sid, "first try")).status());
        // A later message proves both earlier ones were consumed before we count.
        postAndAwaitMarker(sid);

        assertEquals(1, storedWithSid(sid).size());
    }

    @Test
    void messageSidsThatDifferInLetterCaseOnlyAreTwoMessages() {
        String lower = "SM" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "a");
        String upper = "SM" + lower.substring(2).toUpperCase(Locale.ROOT);
        assertEquals(200, post(inbound(lower, "lower-case sid")).status());
        assertEquals(200, post(inbound(upper, "upper-case sid")).status());

        assertEquals(List.of("lower-case sid"), storedWithSid(lower).stream().map(row -> row.get("body")).toList());
        assertEquals(List.of("upper-case sid"), storedWithSid(upper).stream().map(row -> row.get("body")).toList());
    }

    /**
     * The webhook remembers by id the conversations it has filed into. Ids are not reused, so a remembered id can
     * name another contact's conversation only in a database edited by hand, as here; even then the next reply goes
     * to its own conversation and the other one does not change.
     */
    @Test
    void aReplyNeverLandsInTheConversationItsRememberedIdNowNames() {
        Fixtures.PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String from = TestNumbers.next();
        Map<String, String> first = inbound(newSid(), "first reply");
        first.put("From", from);
        first.put("To", setup.number());
        assertEquals(200, post(first).status());
        long remembered = ((Number) conversationOf(setup.number(), from).get("id")).longValue();
        String stranger = TestNumbers.next();
        Db.execute("UPDATE conversation SET contact_e164 = '" + stranger + "' WHERE id = " + remembered);

        String secondSid = newSid();
        Map<String, String> second = inbound(secondSid, "second reply");
        second.put("From", from);
        second.put("To", setup.number());
        assertEquals(200, post(second).status());

        Map<String, Object> own = conversationOf(setup.number(), from);
        assertEquals("second reply", own.get("last_preview"));
        assertEquals(1, ((Number) own.get("unread_count")).intValue());
        assertEquals(List.of(own.get("id")), Db.rows("select conversation_id from inbound_message "
                + "where message_sid = ?", secondSid).stream().map(row -> row.get("conversation_id")).toList());
        Map<String, Object> other = conversationOf(setup.number(), stranger);
        assertEquals(remembered, ((Number) other.get("id")).longValue());
        assertEquals("first reply", other.get("last_preview"), "the other conversation is untouched");
        assertEquals(1, ((Number) other.get("unread_count")).intValue());
    }

    @Test
    void theSameMessageSidPostedFiveTimesAtOnceIsStoredOnce() throws Exception {
        String sid = newSid();
        Map<String, String> form = inbound(sid, "five at once");
        ExecutorService posters = Executors.newFixedThreadPool(5);
        try {
            List<Future<Http.Response>> posts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                posts.add(posters.submit(() -> post(form)));
            }
            for (Future<Http.Response> answer : posts) {
                assertEquals(200, answer.get().status());
            }
        } finally {
            posters.shutdown();
        }
        Await.until(QUEUE_WAIT, () -> storedWithSid(sid), r -> !r.isEmpty(), "the message");
        // Counting needs no pause: each 200 came only once its post was filed or found filed already, and a post
        // whose filing failed went behind the queue, which skips a MessageSid already stored. The marker, posted
        // after all five were answered, is awaited as in theSameMessageSidPostedTwiceIsStoredOnce.
        postAndAwaitMarker(sid);
        assertEquals(1, storedWithSid(sid).size());
    }

    /**
     * Replies that arrive together are filed together (one transaction for many); each is still stored once, in its
     * own conversation, counted there, and a STOP among them takes effect before its webhook is answered.
     */
    @Test
    void manyRepliesAtOnceAreEachStoredInTheirConversationsByTheTimeTheyAreAnswered() throws Exception {
        Fixtures.PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        List<String> contacts = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            String from = TestNumbers.next();
            contacts.add(from);
            for (int m = 0; m < 5; m++) {
                Map<String, String> form = inbound(newSid(), c == 7 && m == 4 ? "stop" : "Question " + m);
                form.put("From", from);
                form.put("To", setup.number());
                forms.add(form);
            }
        }
        // The carrier's retry of one of them, at the same time.
        forms.add(new HashMap<>(forms.get(0)));
        ExecutorService posters = Executors.newFixedThreadPool(16);
        try {
            List<Future<Http.Response>> posts = new ArrayList<>();
            for (Map<String, String> form : forms) {
                posts.add(posters.submit(() -> post(form)));
            }
            for (Future<Http.Response> answer : posts) {
                assertEquals(200, answer.get().status());
            }
        } finally {
            posters.shutdown();
        }

        // And a retry of one of them once it is long stored: answered, still counted once.
        assertEquals(200, post(forms.get(1)).status());

        // No waiting: a 200 means stored.
        for (Map<String, String> form : forms) {
            List<Map<String, Object>> rows = Db.rows("select conversation_id, routing_reason from inbound_message "
                    + "where message_sid = ?", form.get("MessageSid"));
            assertEquals(1, rows.size(), form.get("MessageSid"));
            assertTrue(rows.get(0).get("conversation_id") != null, "routed to a conversation");
            assertTrue(String.valueOf(rows.get(0).get("routing_reason")).contains(form.get("From")),
                    String.valueOf(rows.get(0).get("routing_reason")));
        }
        for (String contact : contacts) {
            List<Map<String, Object>> conversations = Db.rows("select c.unread_count, count(m.id) as messages "
                    + "from conversation c join sender_number n on n.id = c.sender_number_id "
                    + "join inbound_message m on m.conversation_id = c.id "
                    + "where n.e164 = ? and c.contact_e164 = ? group by c.id, c.unread_count",
                    setup.number(), contact);
            assertEquals(1, conversations.size(), "one conversation with " + contact);
            assertEquals(5L, ((Number) conversations.get(0).get("messages")).longValue());
            assertEquals(5L, ((Number) conversations.get(0).get("unread_count")).longValue());
        }
        for (String contact : contacts.subList(0, 7)) {
            Map<String, Object> shown = Db.rows("select c.last_direction, c.last_preview, (select m.body from "
                    + "inbound_message m where m.conversation_id = c.id order by m.received_at desc, m.id desc "
                    + "limit 1) as newest from conversation c join sender_number n on n.id = c.sender_number_id "
                    + "where n.e164 = ? and c.contact_e164 = ?", setup.number(), contact).get(0);
            assertEquals("INBOUND", shown.get("last_direction"), contact);
            assertEquals(shown.get("newest"), shown.get("last_preview"), "the inbox shows the newest message");
        }
        assertEquals(List.of("OPT_OUT"), Db.rows("select action from consent_event where phone_e164 = ?",
                contacts.get(7)).stream().map(row -> String.valueOf(row.get("action"))).toList());
    }

    @Test
    void forgedOrUnsignedPostsAreRefusedWith403AndNothingIsStored() {
        String url = TestEnvironment.baseUrl() + "/webhooks/twilio/inbound";
        Map<String, String> form = inbound(newSid(), "forged");
        String signature = TwilioSignature.sign(FakeTwilio.AUTH_TOKEN, url, form);
        Map<String, String> tampered = new HashMap<>(form);
        tampered.put("Body", "STOPALL");

        assertEquals(403, Http.postForm(url, tampered, Map.of("X-Twilio-Signature", signature)).status());
        assertEquals(403, Http.postForm(url, form, Map.of()).status());
        assertEquals(403, Http.postForm(url, form,
                Map.of("X-Twilio-Signature", TwilioSignature.sign("another-token", url, form))).status());
        // A valid request after them proves they were refused, not still in the queue.
        String marker = newSid();
        assertEquals(200, post(inbound(marker, "after the forgeries")).status());
        Await.until(QUEUE_WAIT, () -> storedWithSid(marker), r -> !r.isEmpty(), "the valid message");
        assertEquals(0, storedWithSid(form.get("MessageSid")).size());
    }

    @Test
    void aMalformedPostIsRefusedWith400AndNothingIsStored() {
        Map<String, String> noSid = inbound(newSid(), "no sid");
        noSid.remove("MessageSid");
        Http.Response missing = post(noSid);
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("MessageSid"), missing.body());

        String sid = newSid();
        Map<String, String> badFrom = inbound(sid, "bad from");
        badFrom.put("From", "<script>");
        assertEquals(400, post(badFrom).status());

        Map<String, String> oversized = inbound(newSid(), "x".repeat(1601));
        assertEquals(400, post(oversized).status());
        assertEquals(0, storedWithSid(sid).size());
        assertEquals(0, Db.rows("select id from inbound_message where body = ?", "no sid").size());
    }

    /**
     * When the database refuses the message at the webhook, an ordinary SMS is still answered 200 and stored later
     * from the queue (with redelivery); a STOP is not deferred: the webhook fails, so the carrier tries again.
     */
    @Test
    void whenTheDatabaseRefusesAnSmsItIsQueuedButAKeywordFailsTheWebhook() {
        Fixtures.PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String from = TestNumbers.next();
        // Refuses every inbound row from this number until dropped, at the webhook and at each redelivery alike.
        Db.execute("CREATE TRIGGER IF NOT EXISTS it_refuse_inbound BEFORE INSERT ON inbound_message FOR EACH ROW "
                + "IF NEW.from_number = '" + from + "' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by InboundWebhookIT'; END IF");
        String stopSid = newSid();
        String questionSid = newSid();
        try {
            Map<String, String> stop = inbound(stopSid, "STOP");
            stop.put("From", from);
            stop.put("To", setup.number());
            Http.Response stopAnswer = post(stop);
            assertEquals(500, stopAnswer.status(), stopAnswer.body());

            Map<String, String> question = inbound(questionSid, "Where do I pick up my parking permit?");
            question.put("From", from);
            question.put("To", setup.number());
            Http.Response questionAnswer = post(question);
            assertEquals(200, questionAnswer.status(), questionAnswer.body());
            assertTrue(questionAnswer.body().contains("<Response/>"), questionAnswer.body());
            assertEquals(0, storedWithSid(questionSid).size(), "refused by the database, not stored yet");
        } finally {
            Db.execute("DROP TRIGGER IF EXISTS it_refuse_inbound");
        }
        Await.until(QUEUE_WAIT, () -> storedWithSid(questionSid), r -> !r.isEmpty(),
                "the queued message, stored once the database takes it");
        assertEquals(0, storedWithSid(stopSid).size(), "the STOP the webhook failed is not stored behind its back");
        assertEquals(0, Db.rows("select id from consent_event where phone_e164 = ?", from).size(),
                "no opt-out is recorded for a STOP the webhook failed (the carrier retries it)");
        // The carrier's retry of the STOP, now that the database works, is taken and opts the number out.
        Map<String, String> retry = inbound(stopSid, "STOP");
        retry.put("From", from);
        retry.put("To", setup.number());
        assertEquals(200, post(retry).status());
        assertEquals(1, storedWithSid(stopSid).size());
        assertEquals(List.of("OPT_OUT"), Db.rows("select action from consent_event where phone_e164 = ?", from)
                .stream().map(row -> String.valueOf(row.get("action"))).toList());
    }

    private static Map<String, String> inbound(String sid, String body) {
        Map<String, String> form = new HashMap<>();
        form.put("MessageSid", sid);
        form.put("AccountSid", "AC" + "0".repeat(32));
        form.put("From", "+12015550123");
        form.put("To", "+12015550100");
        form.put("Body", body);
        form.put("NumMedia", "0");
        form.put("NumSegments", "1");
        return form;
    }

    private static Http.Response post(Map<String, String> form) {
        String url = TestEnvironment.baseUrl() + "/webhooks/twilio/inbound";
        return Http.postForm(url, form,
                Map.of("X-Twilio-Signature", TwilioSignature.sign(FakeTwilio.AUTH_TOKEN, url, form)));
    }

    /** Posts a message with a new MessageSid, posted after those of {@code sid}, and waits until it is stored. */
    private static void postAndAwaitMarker(String sid) {
        String marker = "marker-" + sid;
        assertEquals(200, post(inbound(newSid(), marker)).status());
        Await.until(QUEUE_WAIT, () -> Db.rows("select id from inbound_message where body = ?", marker),
                r -> !r.isEmpty(), "the marker message");
    }

    private static List<Map<String, Object>> storedWithSid(String sid) {
        return Db.rows("select from_number, to_number, body from inbound_message where message_sid = ?", sid);
    }

    private static Map<String, Object> conversationOf(String number, String contact) {
        List<Map<String, Object>> rows = Db.rows("select c.id, c.last_preview, c.unread_count from conversation c "
                + "join sender_number n on n.id = c.sender_number_id where n.e164 = ? and c.contact_e164 = ?",
                number, contact);
        assertEquals(1, rows.size(), "one conversation of " + contact + " with " + number);
        return rows.get(0);
    }

    private static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }
}
