package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.campussms.devstack.carrier.FakeTwilio;
import org.campussms.it.support.Await;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.Subscriptions;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Texting many people at once: the plan, every text handed off exactly once, and the progress, asked for and
 * pushed live.
 */
@ExtendWith(ArquillianExtension.class)
class BulkSendIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void fiveHundredRecipientsAreEachTextedExactlyOnceAndTheProgressAddsUp() {
        PoolSetup setup = Fixtures.poolWithMember("SHORT_CODE", 250);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            mobiles.add(TestNumbers.next());
        }
        List<String> people = new ArrayList<>(Fixtures.students(setup.admin(), mobiles));
        people.add(Fixtures.student(setup.admin(), mobiles.get(0)));   // shares a mobile: skipped
        people.add(noMobile(setup.admin()));                            // no mobile: email

        JsonNode plan = setup.member().api().planBulkSend(setup.poolId(), people,
                "Classes are cancelled tomorrow because of snow.").data();
        assertEquals(500, plan.get("sms").asInt());
        assertEquals(1, plan.get("email").asInt());
        assertEquals(1, plan.get("skipped").asInt());
        assertEquals("[{\"reason\":\"same mobile as another recipient\",\"count\":1}]",
                plan.get("skipReasons").toString());
        assertEquals(250, plan.get("segmentsPerSecond").asInt());
        assertEquals(500, plan.get("segments").asInt(), "text and footer fit one segment each");
        assertEquals(2, plan.get("estimatedSeconds").asInt());

        long before = System.nanoTime();
        JsonNode started = setup.member().api().startBulkSend(plan.get("id").asString()).data();
        long startMillis = (System.nanoTime() - before) / 1_000_000;
        assertEquals("RUNNING", started.get("status").asString());
        assertAddsUp(started);

        JsonNode finished = Await.until(Duration.ofSeconds(90), () -> {
            JsonNode progress = setup.member().api().bulkSend(plan.get("id").asString()).data();
            assertAddsUp(progress);
            return progress;
        }, p -> p.get("finished").asBoolean(), "all 500 delivered");
        assertEquals(500, finished.get("delivered").asInt(), finished.toString());

        Map<String, Long> perNumber = TestEnvironment.twilio().accepted().stream()
                .filter(m -> m.from().equals(setup.number()))
                .collect(Collectors.groupingBy(FakeTwilio.Accepted::to, Collectors.counting()));
        assertEquals(500, perNumber.size(), "every recipient got a text");
        assertTrue(perNumber.values().stream().allMatch(n -> n == 1), "nobody got two");
        System.out.println("startBulkSend answered in " + startMillis + " ms");
    }

    @Test
    void aMemberFollowsTheProgressLiveAndANonMemberIsRefused() {
        PoolSetup setup = Fixtures.poolWithMember("TOLL_FREE", 20);
        List<String> people = Fixtures.students(setup.admin(), List.of(TestNumbers.next(), TestNumbers.next(),
                TestNumbers.next()));
        String planId = setup.member().api().planBulkSend(setup.poolId(), people, "Reminder: FAFSA deadline Friday.")
                .data().get("id").asString();
        StaffSession outsider = StaffSession.staff("Otto Outsider");

        assertEquals("FORBIDDEN", outsider.api().planBulkSend(setup.poolId(), people, "Not mine").errorCode());
        assertEquals("FORBIDDEN", outsider.api().bulkSend(planId).errorCode());
        assertEquals("FORBIDDEN", outsider.api().startBulkSend(planId).errorCode());
        Subscriptions.Outcome refused = Subscriptions.run(
                CampusApi.bulkSendProgress(planId, outsider.subscriptionTicket()), Duration.ofSeconds(10));
        assertEquals("error", refused.end(), refused.toString());
        assertTrue(refused.events().isEmpty(), "a non-member sees no progress");
        assertTrue(refused.error().toString().contains("FORBIDDEN"), refused.error().toString());

        Subscriptions.Outcome planned = Subscriptions.run(
                CampusApi.bulkSendProgress(planId, setup.member().subscriptionTicket()), Duration.ofSeconds(10));
        assertEquals("complete", planned.end(), "a send not yet started answers once and ends: " + planned);
        assertEquals(List.of("PLANNED"), planned.events().stream()
                .map(e -> e.at("/bulkSendProgress/status").asString()).toList());

        setup.member().api().startBulkSend(planId).data();
        Subscriptions.Outcome forged = Subscriptions.run(
                CampusApi.bulkSendProgress(planId, tampered(outsider.subscriptionTicket())),
                Duration.ofSeconds(10));
        assertTrue(forged.end().startsWith("closed 4403"), "a tampered ticket is refused: " + forged);
        Subscriptions.Outcome live = Subscriptions.run(
                CampusApi.bulkSendProgress(planId, setup.member().subscriptionTicket()),
                Duration.ofSeconds(30));
        assertEquals("complete", live.end(), live.toString());
        JsonNode last = live.events().get(live.events().size() - 1).get("bulkSendProgress");
        assertEquals(3, last.get("delivered").asInt(), last.toString());
        assertTrue(last.get("finished").asBoolean());
        live.events().forEach(e -> assertAddsUp(e.get("bulkSendProgress")));
    }

    private static String tampered(String ticket) {
        char last = ticket.charAt(ticket.length() - 1);
        return ticket.substring(0, ticket.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private static void assertAddsUp(JsonNode p) {
        long sum = 0;
        for (String field : List.of("notYetQueued", "queued", "sending", "sent", "delivered", "undelivered", "failed",
                "fellBackToEmail")) {
            sum += p.get(field).asLong();
        }
        assertEquals(p.get("sms").asLong(), sum, "progress adds up: " + p);
    }

    private static String noMobile(StaffSession admin) {
        String id = "NM" + UUID.randomUUID().toString().substring(0, 8);
        return Fixtures.imported(admin, List.of(Map.of("firstName", "Nora", "lastName", "Nomobile", "email",
                "nora@example.edu", "records", List.of(Map.of("type", "STUDENT", "externalId", id)))), id);
    }
}
