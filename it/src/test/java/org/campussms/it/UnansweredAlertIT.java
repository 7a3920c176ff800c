package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.campussms.devstack.LocalMail;
import org.campussms.it.support.Await;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reply nobody answered for the pool's working hours is emailed to the pool's members, once per waiting reply.
 * The test makes the reply old by moving its conversation's activity back ten days, as time would.
 */
@ExtendWith(ArquillianExtension.class)
class UnansweredAlertIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aReplyWaitingItsWorkingHoursIsEmailedToTheMembersOncePerReply() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup marker = Fixtures.poolWithMember("LONG_CODE", null);
        assertEquals(4, setup.admin().api().setPoolUnansweredAlert(setup.poolId(), 4).data()
                .get("unansweredAlertHours").asInt());
        String mobile = TestNumbers.next();
        Fixtures.student(setup.admin(), mobile);
        String memberEmail = setup.member().login().email();

        assertEquals(200, twilio().reply(mobile, setup.number(), "Can I come in tomorrow?"));
        String conversation = awaitConversation(setup, mobile);
        age(conversation);

        List<LocalMail.Mail> alerts = Await.until(WAIT, () -> mail().receivedBy(memberEmail), m -> !m.isEmpty(),
                "the alert to the member");
        assertTrue(alerts.get(0).subject().startsWith("Unanswered reply in " + setup.poolName()),
                alerts.get(0).subject());
        assertTrue(alerts.get(0).body().contains("Can I come in tomorrow?"), alerts.get(0).body());
        assertTrue(alerts.get(0).body().contains("/app/conversations/" + conversation), alerts.get(0).body());

        // Runs go on every second: once another pool's alert has come, this one has had its chances to repeat.
        String otherMobile = TestNumbers.next();
        assertEquals(200, twilio().reply(otherMobile, marker.number(), "Hello?"));
        age(awaitConversation(marker, otherMobile));
        Await.until(WAIT, () -> mail().receivedBy(marker.member().login().email()), m -> !m.isEmpty(),
                "the other pool's alert");
        assertEquals(1, mail().receivedBy(memberEmail).size(), "one alert per waiting reply");

        assertEquals(200, twilio().reply(mobile, setup.number(), "Anyone there?"));
        age(conversation);
        Await.until(WAIT, () -> mail().receivedBy(memberEmail), m -> m.size() == 2,
                "a second alert for the new reply, once it too has waited");
    }

    @Test
    void anAnsweredReplyOrAPoolWithoutAlertsSendsNothing() {
        PoolSetup quiet = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup answered = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup marker = Fixtures.poolWithMember("LONG_CODE", null);
        assertEquals("FORBIDDEN", quiet.member().api().setPoolUnansweredAlert(quiet.poolId(), 2).errorCode());
        quiet.admin().api().setPoolUnansweredAlert(quiet.poolId(), null).data();
        String quietMobile = TestNumbers.next();
        String answeredMobile = TestNumbers.next();
        Fixtures.student(quiet.admin(), quietMobile);
        String person = Fixtures.student(answered.admin(), answeredMobile);

        assertEquals(200, twilio().reply(quietMobile, quiet.number(), "Hi"));
        age(awaitConversation(quiet, quietMobile));
        assertEquals(200, twilio().reply(answeredMobile, answered.number(), "Hi"));
        answered.member().api().sendMessage(answered.poolId(), person, "Hi, how can I help?").data();
        Db.execute("update conversation set last_activity_at = timestampadd(day, -10, last_activity_at) "
                + "where contact_e164 = '" + answeredMobile + "'");

        String markerMobile = TestNumbers.next();
        assertEquals(200, twilio().reply(markerMobile, marker.number(), "Hello?"));
        age(awaitConversation(marker, markerMobile));
        Await.until(WAIT, () -> mail().receivedBy(marker.member().login().email()), m -> !m.isEmpty(),
                "the marker pool's alert");
        assertEquals(List.of(), mail().receivedBy(quiet.member().login().email()), "alerts off");
        assertEquals(List.of(), mail().receivedBy(answered.member().login().email()), "staff wrote last");
    }

    private static String awaitConversation(PoolSetup pool, String mobile) {
        return Await.until(WAIT, () -> Db.rows("select id from conversation where pool_id = ? and contact_e164 = ?",
                Long.parseLong(pool.poolId()), mobile), rows -> rows.size() == 1, "the conversation").get(0)
                .get("id").toString();
    }

    /** As if ten days had passed since the conversation's last message (and its last alert). */
    private static void age(String conversationId) {
        Db.execute("update conversation set last_activity_at = timestampadd(day, -10, last_activity_at), "
                + "alerted_at = timestampadd(day, -10, alerted_at) where id = " + Long.parseLong(conversationId));
    }

    private static LocalMail mail() {
        return TestEnvironment.mail();
    }
}
