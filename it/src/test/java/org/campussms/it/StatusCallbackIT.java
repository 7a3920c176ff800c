package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The carrier's status callbacks, posted as the carrier would: many at once, late, for messages we do not know, and
 * forged.
 */
@ExtendWith(ArquillianExtension.class)
class StatusCallbackIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void lateCallbacksArrivingTogetherNeverUndoDeliveredAndUnknownOnesAre404() throws Exception {
        Fixtures.PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mobiles.add(TestNumbers.next());
        }
        List<String> people = Fixtures.students(setup.admin(), mobiles);
        List<String> ids = new ArrayList<>();
        for (String person : people) {
            ids.add(setup.member().api().sendMessage(setup.poolId(), person, "Registration closes Friday.").data()
                    .get("id").asString());
        }
        List<Map<String, Object>> delivered = Await.until(DELIVERY, () -> messages(ids),
                rows -> rows.size() == ids.size() && rows.stream().allMatch(r -> "DELIVERED".equals(r.get("status"))),
                "all delivered");

        // The carrier repeats "sent" and "queued" for every one of them, all at once, after "delivered"; among them
        // (so in the same batches) reports under a sid that is not the message's: those alone are 404.
        record Callback(String messageId, Map<String, String> form, int expected) {
        }
        List<Callback> callbacks = new ArrayList<>();
        for (Map<String, Object> row : delivered) {
            String id = String.valueOf(row.get("id"));
            for (String late : List.of("sent", "queued")) {
                callbacks.add(new Callback(id, status(String.valueOf(row.get("twilio_sid")), late), 204));
            }
            callbacks.add(new Callback(id, status("SM" + "2".repeat(32), "undelivered"), 404));
        }
        ExecutorService posters = Executors.newFixedThreadPool(12);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (Callback callback : callbacks) {
                answers.add(posters.submit(() -> post(callback.messageId(), callback.form())));
            }
            for (int i = 0; i < callbacks.size(); i++) {
                assertEquals(callbacks.get(i).expected(), answers.get(i).get().status(), answers.get(i).get().body());
            }
        } finally {
            posters.shutdown();
        }
        assertEquals(List.of("DELIVERED"), messages(ids).stream().map(r -> r.get("status")).distinct().toList());
        // Texts that never failed carry no error code, however many callbacks moved them along.
        assertEquals(Collections.singletonList(null),
                messages(ids).stream().map(r -> r.get("error_code")).distinct().toList());

        // A message we never sent, and one of ours under another sid: 404, nothing changes.
        Http.Response unknown = post("999999999", status("SM" + "0".repeat(32), "failed"));
        assertEquals(404, unknown.status(), unknown.body());
        Http.Response otherSid = post(ids.get(0), status("SM" + "1".repeat(32), "undelivered"));
        assertEquals(404, otherSid.status(), otherSid.body());
        assertEquals("DELIVERED", messages(ids.subList(0, 1)).get(0).get("status"));
    }

    @Test
    void aForgedCallbackIsRefusedAndChangesNothing() {
        Fixtures.PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String person = Fixtures.student(setup.admin(), TestNumbers.next());
        String id = setup.member().api().sendMessage(setup.poolId(), person, "Your hold is lifted.").data().get("id")
                .asString();
        Map<String, Object> row = Await.until(DELIVERY, () -> messages(List.of(id)),
                rows -> rows.size() == 1 && "DELIVERED".equals(rows.get(0).get("status")), "delivered").get(0);

        String url = TestEnvironment.baseUrl() + "/webhooks/twilio/status?message=" + id;
        Map<String, String> form = status(String.valueOf(row.get("twilio_sid")), "undelivered");
        form.put("ErrorCode", "30003");
        Http.Response forged = Http.postForm(url, form,
                Map.of("X-Twilio-Signature", TwilioSignature.sign("another-token", url, form)));
        assertEquals(403, forged.status());
        assertEquals("DELIVERED", messages(List.of(id)).get(0).get("status"));
    }

    private static Map<String, String> status(String sid, String status) {
        Map<String, String> form = new HashMap<>();
        form.put("MessageSid", sid);
        form.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        form.put("MessageStatus", status);
        return form;
    }

    private static Http.Response post(String messageId, Map<String, String> form) {
        String url = TestEnvironment.baseUrl() + "/webhooks/twilio/status?message=" + messageId;
        return Http.postForm(url, form,
                Map.of("X-Twilio-Signature", TwilioSignature.sign(FakeTwilio.AUTH_TOKEN, url, form)));
    }

    private static List<Map<String, Object>> messages(List<String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : ids) {
            rows.addAll(Db.rows("select id, status, twilio_sid, error_code from outbound_message where id = ?",
                    Long.valueOf(id)));
        }
        return rows;
    }
}
