package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campussms.devstack.carrier.FakeTwilio;
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
 * Opt-outs that come by text or from the carrier: consent keywords with their automatic answers, Twilio's
 * OptOutType, error 21610, and the guarantee that nothing goes to an opted-out number at hand-off.
 */
@ExtendWith(ArquillianExtension.class)
class OptOutIT {

    private static final String TEXTED = "texted";
    private static final String NOT_TEXTED = "not texted";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void stopStopsOnePoolStopAllStopsEveryPoolAndEveryPhoneAndStartResumesTheNumber() {
        PoolSetup poolA = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup poolB = Fixtures.poolWithMember("LONG_CODE", null);
        poolB.admin().api().setPoolMember(poolB.poolId(), poolA.member().id(), "ROLE").data();
        String mobile = TestNumbers.next();
        String otherMobile = TestNumbers.next();
        String person = studentWithTwoMobiles(poolA.admin(), mobile, otherMobile);
        StaffSession member = poolA.member();

        // STOP (any case, spaces, trailing punctuation) to pool A: confirmation from A; A is blocked, B is not.
        assertEquals(200, twilio().reply(mobile, poolA.number(), "  stop. "));
        String confirmation = awaitTextFrom(poolA.number(), mobile, 1).get(0).body();
        assertTrue(confirmation.startsWith("You will no longer receive texts from " + poolA.poolName()),
                confirmation);
        JsonNode stopped = member.api().conversations(Map.of("contactNumber", mobile)).data().path(0);
        assertEquals(1, stopped.get("unreadCount").asInt(), "the STOP is unread");
        assertEquals("OUTBOUND", stopped.get("lastDirection").asString(), "the confirmation is the latest activity");
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolA.poolId(), person, "From A after STOP"));
        assertEquals(TEXTED, outcomeOfSending(member, poolB.poolId(), person,
                "From B after STOP to A"));

        // STOPALL from the same phone: every pool, every phone of the person.
        assertEquals(200, twilio().reply(mobile, poolB.number(), "STOPALL"));
        assertTrue(awaitTextFrom(poolB.number(), mobile, 2).get(1).body().contains("any texts"));
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolB.poolId(), person, "From B after STOPALL"));
        List<Map<String, Object>> allScope = Db.rows("select phone_e164 from consent_state where scope = 'ALL' "
                + "and phone_e164 in (?, ?)", mobile, otherMobile);
        assertEquals(2, allScope.size(), "the opt-out covers both of the person's phones");

        // HELP names the institution and the pool, and changes nothing.
        assertEquals(200, twilio().reply(mobile, poolA.number(), "Help?"));
        assertTrue(awaitTextFrom(poolA.number(), mobile, 2).get(1).body().startsWith(poolA.poolName() + " at "));

        // START to A lifts A's STOP and the STOPALL of the number it came from, not the person's other phone.
        assertEquals(200, twilio().reply(mobile, poolA.number(), "Start"));
        assertTrue(awaitTextFrom(poolA.number(), mobile, 3).get(2).body().contains("again"));
        assertEquals(TEXTED, outcomeOfSending(member, poolA.poolId(), person,
                "From A after START"));
        assertEquals(TEXTED, outcomeOfSending(member, poolB.poolId(), person, "From B after START to A"));
        assertEquals(List.of(otherMobile), Db.rows("select phone_e164 from consent_state where phone_e164 in (?, ?)",
                mobile, otherMobile).stream().map(r -> r.get("phone_e164")).distinct().toList());
        List<String> actions = Db.rows("select e.action, e.scope from consent_event e where e.phone_e164 = ? "
                + "and e.source = 'KEYWORD' order by e.id", mobile).stream()
                .map(r -> r.get("action") + "/" + r.get("scope")).toList();
        assertEquals(List.of("OPT_OUT/POOL", "OPT_OUT/ALL", "OPT_IN/POOL", "OPT_IN/ALL"), actions);

        // Each keyword message shows what it did, and each change points at the message that made it.
        assertEquals(List.of("OPTED_OUT", "OPTED_OUT", "HELP", "OPTED_IN"), Db.rows("select consent_action from "
                + "inbound_message where from_number = ? order by id", mobile).stream()
                .map(r -> String.valueOf(r.get("consent_action"))).toList());
        assertEquals(4, Db.rows("select e.id from consent_event e join inbound_message m on m.id = "
                + "e.inbound_message_id and m.from_number = e.phone_e164 where e.phone_e164 = ? and e.source = "
                + "'KEYWORD'", mobile).size(), "every keyword's consent event names its message");
    }

    @Test
    void aYesOrStartToOnePoolNeverLiftsAStopGivenToAnother() {
        PoolSetup poolA = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup poolB = Fixtures.poolWithMember("LONG_CODE", null);
        poolB.admin().api().setPoolMember(poolB.poolId(), poolA.member().id(), "ROLE").data();
        String mobile = TestNumbers.next();
        String person = Fixtures.student(poolA.admin(), mobile);
        StaffSession member = poolA.member();

        assertEquals(200, twilio().reply(mobile, poolA.number(), "STOP"));
        assertEquals(200, twilio().reply(mobile, poolB.number(), "Yes"));
        assertTrue(awaitTextFrom(poolB.number(), mobile, 1).get(0).body()
                .startsWith("You will receive texts from " + poolB.poolName()));
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolA.poolId(), person, "From A after YES to B"));
        assertEquals(200, twilio().reply(mobile, poolB.number(), "START"));
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolA.poolId(), person, "From A after START to B"));
        assertEquals(TEXTED, outcomeOfSending(member, poolB.poolId(), person, "From B after START to B"));

        // After STOPALL, a YES to A lifts nothing beyond A's own STOP: every pool stays stopped, and it says so.
        assertEquals(200, twilio().reply(mobile, poolB.number(), "STOPALL"));
        assertEquals(200, twilio().reply(mobile, poolA.number(), "yes"));
        assertTrue(awaitTextFrom(poolA.number(), mobile, 2).get(1).body().startsWith("You still receive no texts"),
                "the answer to YES says every text is still stopped");
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolA.poolId(), person, "From A after STOPALL and YES"));
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolB.poolId(), person, "From B after STOPALL and YES"));
        assertEquals(List.of("ALL"), Db.rows("select scope from consent_state where phone_e164 = ?", mobile).stream()
                .map(r -> r.get("scope")).toList(), "A's STOP was lifted by the YES to A; the STOPALL stays");

        // START to A lifts the STOPALL: both pools text again.
        assertEquals(200, twilio().reply(mobile, poolA.number(), "UNSTOP"));
        assertEquals(TEXTED, outcomeOfSending(member, poolA.poolId(), person, "From A after UNSTOP"));
        assertEquals(TEXTED, outcomeOfSending(member, poolB.poolId(), person, "From B after UNSTOP to A"));
    }

    @Test
    void twiliosOptOutTypeIsHonouredForAWordThatIsNotOurKeyword() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);

        assertEquals(200, twilio().reply(mobile, setup.number(), "ARRET", Map.of("OptOutType", "STOP")));

        assertEquals(NOT_TEXTED, outcomeOfSending(setup.member(), setup.poolId(), person, "After ARRET"));
        assertEquals("CARRIER_OPT_OUT_TYPE", Db.rows("select source from consent_event where phone_e164 = ? "
                + "and action = 'OPT_OUT'", mobile).get(0).get("source"));
    }

    @Test
    void aStopDuringABulkSendStopsEveryLaterHandOffToThatPerson() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 50);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            mobiles.add(TestNumbers.next());
        }
        List<String> people = Fixtures.students(setup.admin(), mobiles);
        JsonNode plan = setup.member().api().planBulkSend(setup.poolId(), people, "Registration closes Friday.")
                .data();
        assertEquals(500, plan.get("sms").asInt());
        setup.member().api().startBulkSend(plan.get("id").asString()).data();

        Await.until(WAIT, () -> fromNumber(setup.number()).size(), n -> n >= 50, "the bulk send under way");
        Set<String> textedSoFar = fromNumber(setup.number()).stream().map(FakeTwilio.Accepted::to)
                .collect(Collectors.toSet());
        List<String> stoppers = mobiles.stream().filter(m -> !textedSoFar.contains(m)).skip(100).limit(5).toList();
        Map<String, Long> stoppedAt = new HashMap<>();
        for (String mobile : stoppers) {
            assertEquals(200, twilio().reply(mobile, setup.number(), "STOP"));
            stoppedAt.put(mobile, System.nanoTime());
        }

        Await.until(Duration.ofSeconds(60), () -> Db.rows("select count(*) n from outbound_message where "
                + "bulk_send_id = ? and status in ('QUEUED', 'SENDING')", Long.parseLong(plan.get("id").asString()))
                .get(0).get("n"), n -> ((Number) n).longValue() == 0, "every text of the bulk send handed off");
        for (String mobile : stoppers) {
            List<FakeTwilio.Accepted> after = twilio().acceptedTo(mobile).stream()
                    .filter(t -> t.acceptedNanos() > stoppedAt.get(mobile)
                            && !t.body().startsWith("You will no longer"))
                    .toList();
            assertEquals(List.of(), after, "nothing handed off to " + mobile + " after its STOP");
        }
        // A stopper's text may have been handed off while its STOP was on the way (before the opt-out was in
        // force, so it is no breach): at most once for them, exactly once for everyone else.
        Map<String, Long> texts = fromNumber(setup.number()).stream()
                .filter(t -> t.body().startsWith("Registration closes Friday."))
                .collect(Collectors.groupingBy(FakeTwilio.Accepted::to, Collectors.counting()));
        for (String mobile : mobiles) {
            long got = texts.getOrDefault(mobile, 0L);
            if (stoppers.contains(mobile)) {
                assertTrue(got <= 1, mobile + " stopped and got the text " + got + " times");
            } else {
                assertEquals(1, got, "everyone else got the text, once: " + mobile);
            }
        }
    }

    @Test
    void carrierError21610RecordsAnOptOutAndLaterTextsDoNotReachTheCarrier() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        twilio().unsubscribe(mobile);

        JsonNode first = setup.member().api().sendMessage(setup.poolId(), person, "Your hold was released.").data();
        JsonNode failed = Await.until(WAIT, () -> setup.member().api().conversation(first.get("conversationId")
                .asString()).data().at("/messages/0"), m -> !"QUEUED".equals(m.get("status").asString())
                && !"SENDING".equals(m.get("status").asString()), "the carrier's refusal");
        assertEquals(21610, failed.get("errorCode").asInt());
        List<Map<String, Object>> events = Db.rows("select action, source, detail from consent_event "
                + "where phone_e164 = ? and source = 'CARRIER_ERROR'", mobile);
        assertEquals(1, events.size());
        assertEquals("OPT_OUT", events.get(0).get("action"));

        int before = twilio().acceptedTo(mobile).size();
        assertEquals(NOT_TEXTED, outcomeOfSending(setup.member(), setup.poolId(), person, "Once more"));
        assertEquals(before, twilio().acceptedTo(mobile).size(), "the opted-out number is not tried again");
    }

    private static String studentWithTwoMobiles(StaffSession admin, String studentMobile, String employeeMobile) {
        String external = "T" + TestNumbers.next().substring(5);
        return Fixtures.imported(admin, List.of(Map.of("firstName", "Sam", "lastName", "Twophones" + external,
                "records", List.of(
                        Map.of("type", "STUDENT", "externalId", "S" + external, "mobile", studentMobile),
                        Map.of("type", "EMPLOYEE", "externalId", "E" + external, "mobile", employeeMobile)))),
                "S" + external);
    }

    /**
     * Sends a text from the pool to the person (their student mobile) and waits for its outcome: {@link #TEXTED}
     * (SENT or DELIVERED) or {@link #NOT_TEXTED} (FAILED, or FELL_BACK_TO_EMAIL when the person has an address).
     */
    private static String outcomeOfSending(StaffSession member, String poolId, String person, String body) {
        JsonNode sent = member.api().sendMessage(poolId, person, "STUDENT", body).data();
        JsonNode message = Await.until(WAIT, () -> {
            for (JsonNode m : member.api().conversation(sent.get("conversationId").asString()).data()
                    .get("messages")) {
                if (m.get("id").asString().equals(sent.get("id").asString())) {
                    return m;
                }
            }
            throw new AssertionError("message missing");
        }, m -> Set.of("SENT", "DELIVERED", "FAILED", "FELL_BACK_TO_EMAIL").contains(m.get("status").asString()),
                "the outcome of " + body);
        return Set.of("SENT", "DELIVERED").contains(message.get("status").asString()) ? TEXTED : NOT_TEXTED;
    }

    private static List<FakeTwilio.Accepted> awaitTextFrom(String from, String to, int count) {
        return Await.until(WAIT, () -> twilio().acceptedTo(to).stream().filter(t -> t.from().equals(from))
                .toList(), t -> t.size() >= count, count + " texts from " + from + " to " + to);
    }

    private static List<FakeTwilio.Accepted> fromNumber(String number) {
        return twilio().accepted().stream().filter(t -> t.from().equals(number)).toList();
    }
}
