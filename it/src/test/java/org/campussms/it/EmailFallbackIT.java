package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.LocalMail;
import org.campussms.it.support.Await;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
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
 * Texts that cannot reach the person go to their institutional address: the mail arrives at the mail catcher, the
 * conversation shows it as an EMAIL entry after the text, and the text is FELL_BACK_TO_EMAIL.
 */
@ExtendWith(ArquillianExtension.class)
class EmailFallbackIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    private static LocalMail mailCatcher() {
        return TestEnvironment.mail();
    }

    @Test
    void aNumberTheCarrierCallsInvalidGetsTheMessageByEmail() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        twilio().invalidNumber(mobile);

        JsonNode sent = send(setup, person, "Your advising appointment moved to 2 pm.");

        LocalMail.Mail mail = awaitMail(emailOf(person));
        assertEquals("Your advising appointment moved to 2 pm.", mail.body(), "the text, without the SMS footer");
        assertEquals("Message from " + setup.poolName() + " at Example University", mail.subject());
        assertEquals("campus-sms@example.edu", mail.from());
        assertTrue(twilio().acceptedTo(mobile).isEmpty());

        JsonNode messages = Await.until(DELIVERY, () -> messages(setup.member(), sent),
                m -> m.size() == 2 && "SENT".equals(m.get(1).get("status").asString()),
                "the email in the conversation");
        JsonNode text = messages.get(0);
        assertEquals("SMS", text.get("channel").asString());
        assertEquals("FELL_BACK_TO_EMAIL", text.get("status").asString());
        assertEquals(21211, text.get("errorCode").asInt(), "the carrier's code stays for reports");
        assertEquals("invalid number (21211)", text.get("errorMessage").asString());
        JsonNode email = messages.get(1);
        assertEquals("EMAIL", email.get("channel").asString());
        assertEquals(emailOf(person), email.get("emailAddress").asString());
        assertEquals(emailOf(person), email.get("to").asString());
        assertEquals("Your advising appointment moved to 2 pm.", email.get("body").asString());
        assertEquals(sent.get("id").asString(), email.get("insteadOfMessageId").asString());
    }

    @Test
    void aTextReportedUndeliveredWith30003GoesByEmailOnce() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        twilio().undeliverable(mobile, 30003);

        JsonNode sent = send(setup, person, "The library closes early today.");

        LocalMail.Mail mail = awaitMail(emailOf(person));
        assertEquals("The library closes early today.", mail.body());
        assertEquals(1, twilio().acceptedTo(mobile).size(), "the carrier took the text, then could not deliver it");
        JsonNode text = Await.until(DELIVERY, () -> messages(setup.member(), sent),
                m -> m.size() == 2, "the email in the conversation").get(0);
        assertEquals("FELL_BACK_TO_EMAIL", text.get("status").asString(), "a late callback does not undo it");
        assertEquals(30003, text.get("errorCode").asInt());
        assertEquals(1, mailCatcher().receivedBy(emailOf(person)).size(), "emailed once");
    }

    @Test
    void anUnsubscribedRecipient21610GetsTheMessageByEmail() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        twilio().unsubscribe(mobile);

        JsonNode sent = send(setup, person, "Financial aid forms are due Friday.");

        assertEquals("Financial aid forms are due Friday.", awaitMail(emailOf(person)).body());
        JsonNode text = Await.until(DELIVERY, () -> messages(setup.member(), sent),
                m -> m.size() == 2, "the email in the conversation").get(0);
        assertEquals("FELL_BACK_TO_EMAIL", text.get("status").asString());
        assertEquals(21610, text.get("errorCode").asInt());
        assertEquals(List.of("OPT_OUT"), Db.rows("select action from consent_event where phone_e164 = ? "
                + "and source = 'CARRIER_ERROR'", mobile).stream().map(r -> r.get("action")).toList(),
                "the carrier's word is recorded as an opt-out");
    }

    @Test
    void aStudentWhoTextedStopGetsLaterMessagesByEmailAndTheBulkPlanSaysSo() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        twilio().reply(mobile, setup.number(), "Stop");
        Await.until(DELIVERY, () -> Db.rows("select scope from consent_state where phone_e164 = ?", mobile),
                rows -> !rows.isEmpty(), "the opt-out");

        JsonNode sent = send(setup, person, "Room change: Biology 101 meets in Hall B.");

        assertEquals("Room change: Biology 101 meets in Hall B.", awaitMail(emailOf(person)).body());
        // The conversation also holds the reply to STOP, which is the one text the number still got.
        String id = sent.get("id").asString();
        JsonNode messages = Await.until(DELIVERY, () -> messages(setup.member(), sent),
                m -> find(m, "insteadOfMessageId", id) != null, "the email in the conversation");
        JsonNode text = find(messages, "id", id);
        assertEquals("FELL_BACK_TO_EMAIL", text.get("status").asString());
        assertEquals("opted out", text.get("errorMessage").asString());
        assertEquals("EMAIL", find(messages, "insteadOfMessageId", id).get("channel").asString());
        assertTrue(twilio().acceptedTo(mobile).stream().noneMatch(t -> t.body().startsWith("Room change")),
                "the opted-out number got no text");

        JsonNode planned = setup.member().api().planBulkSend(setup.poolId(), List.of(person),
                "Finals week schedule is out.").data();
        assertEquals(0, planned.get("sms").asInt(), planned.toString());
        assertEquals(1, planned.get("email").asInt(), planned.toString());
    }

    @Test
    void anEmailWhoseQueueEntryIsGoneIsQueuedAgainFromTheDatabaseAndSentOnce() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String person = Fixtures.student(setup.admin(), TestNumbers.next());
        String address = "lost." + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
        // As a dead node leaves it: the row committed QUEUED, its queue entry in a journal that never comes back.
        Db.execute("insert into email_message (person_id, pool_id, to_address, subject, body, reason, status, "
                + "created_at, updated_at) values (" + person + ", " + setup.poolId() + ", '" + address + "', "
                + "'Advising', 'Office hours moved to 3pm.', 'test', 'QUEUED', utc_timestamp(6) - interval 1 minute, "
                + "utc_timestamp(6))");

        List<LocalMail.Mail> mails = Await.until(DELIVERY, () -> mailCatcher().receivedBy(address),
                received -> !received.isEmpty(), "the email, queued again by the reconciler");
        Map<String, Object> row = Await.until(DELIVERY, () -> Db.rows("select status, requeued_at from "
                + "email_message where to_address = ?", address).get(0), r -> "SENT".equals(r.get("status")),
                "the email marked sent");
        assertTrue(row.get("requeued_at") != null, row.toString());
        assertEquals("Office hours moved to 3pm.", mails.get(0).body());
        // Later runs find it sent: one mail, however many runs pass.
        Await.until(Duration.ofSeconds(10), () -> Db.rows("select 1 from email_message where to_address = ? "
                + "and requeued_at < utc_timestamp(6) - interval 6 second", address), r -> !r.isEmpty(),
                "a reconcile period past the requeue");
        assertEquals(1, mailCatcher().receivedBy(address).size());
    }

    @Test
    void withoutAnEmailAddressTheTextStaysFailedAndNoMailGoesOut() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = withoutEmail(setup.admin(), mobile);
        twilio().invalidNumber(mobile);
        int mailsBefore = mailCatcher().received().size();

        JsonNode sent = send(setup, person, "Nobody will read this.");

        JsonNode messages = Await.until(DELIVERY, () -> messages(setup.member(), sent),
                m -> "FAILED".equals(m.get(0).get("status").asString()), "the failure");
        assertEquals(1, messages.size(), "no email in the conversation");
        assertEquals(21211, messages.get(0).get("errorCode").asInt());
        assertEquals("invalid number (21211); no email address", messages.get(0).get("errorMessage").asString());
        assertTrue(messages.get(0).get("emailAddress").isNull());
        assertEquals(0, Db.rows("select id from email_message where person_id = ?", Long.parseLong(person)).size());
        assertEquals(mailsBefore, mailCatcher().received().size(), "no mail went out");
    }

    @Test
    void aBulkSendEmailsTheRecipientWithoutAMobile() {
        PoolSetup setup = Fixtures.poolWithMember("TOLL_FREE", 20);
        String mobile = TestNumbers.next();
        String texted = Fixtures.student(setup.admin(), mobile);
        String noMobile = withoutMobile(setup.admin());
        JsonNode planned = setup.member().api().planBulkSend(setup.poolId(), List.of(texted, noMobile),
                "Campus is closed Monday for the holiday.").data();
        assertEquals(1, planned.get("sms").asInt());
        assertEquals(1, planned.get("email").asInt());
        setup.member().api().startBulkSend(planned.get("id").asString()).data();

        LocalMail.Mail mail = awaitMail(emailOf(noMobile));
        assertEquals("Campus is closed Monday for the holiday.", mail.body());
        JsonNode finished = Await.until(DELIVERY, () -> setup.member().api().bulkSend(planned.get("id").asString())
                .data(), p -> p.get("finished").asBoolean(), "the bulk send finished");
        assertEquals(1, finished.get("delivered").asInt(), finished.toString());
        assertEquals(1, finished.get("emailsSent").asInt(), finished.toString());
        assertEquals(0, finished.get("emailsPending").asInt(), finished.toString());
        assertEquals(1, twilio().acceptedTo(mobile).size());
        assertEquals(1, mailCatcher().receivedBy(emailOf(noMobile)).size(), "emailed once");
    }

    private static JsonNode send(PoolSetup setup, String person, String body) {
        return setup.member().api().sendMessage(setup.poolId(), person, body).data();
    }

    private static JsonNode messages(StaffSession user, JsonNode sent) {
        return user.api().conversation(sent.get("conversationId").asString()).data().get("messages");
    }

    private static JsonNode find(JsonNode messages, String field, String value) {
        for (JsonNode m : messages) {
            if (value.equals(m.get(field).asString())) {
                return m;
            }
        }
        return null;
    }

    private static LocalMail.Mail awaitMail(String address) {
        return Await.until(DELIVERY, () -> mailCatcher().receivedBy(address), m -> !m.isEmpty(),
                "a mail to " + address).get(0);
    }

    private static String emailOf(String personId) {
        return (String) Db.rows("select email from person where id = ?", Long.parseLong(personId)).get(0)
                .get("email");
    }

    private static String withoutEmail(StaffSession admin, String mobile) {
        return importOne(admin, Map.of("firstName", "Noel", "lastName", "Noemail", "records",
                List.of(Map.of("type", "STUDENT", "externalId", "NE", "mobile", mobile))));
    }

    private static String withoutMobile(StaffSession admin) {
        return importOne(admin, Map.of("firstName", "Nora", "lastName", "Nomobile", "email",
                "nora." + UUID.randomUUID().toString().substring(0, 8) + "@example.edu", "records",
                List.of(Map.of("type", "STUDENT", "externalId", "NM"))));
    }

    /** Imports one person, their record's external id made unique; returns their id. */
    @SuppressWarnings("unchecked")
    private static String importOne(StaffSession admin, Map<String, Object> person) {
        Map<String, Object> record = new HashMap<>(((List<Map<String, Object>>) person.get("records")).get(0));
        String externalId = record.get("externalId") + UUID.randomUUID().toString().substring(0, 8);
        record.put("externalId", externalId);
        Map<String, Object> input = new HashMap<>(person);
        input.put("records", List.of(record));
        return Fixtures.imported(admin, List.of(input), externalId);
    }
}
