package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.campussms.devstack.carrier.FakeTwilio;
import org.campussms.it.support.Await;
import org.campussms.it.support.Db;
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
 * Replies from contacts: routing, consent keywords with their automatic answers, the guarantee that nothing goes to
 * an opted-out number at hand-off, 21610, and the live inbox.
 */
@ExtendWith(ArquillianExtension.class)
class RepliesAndConsentIT {

    private static final String TEXTED = "texted";
    private static final String NOT_TEXTED = "not texted";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SEND = "mutation($pool: ID!, $person: ID!, $body: String!) { sendMessage("
            + "poolId: $pool, personId: $person, body: $body) { id conversationId status } }";
    private static final String INBOX = "query($contact: String) { conversations(filter: {contactNumber: $contact}) "
            + "{ id poolId personal contactNumber unreadCount lastDirection } }";
    private static final String CONVERSATION = "query($id: ID!) { conversation(id: $id) { id unreadCount "
            + "messages { id status errorCode errorMessage sentText } "
            + "replies { id from body contactMatch personIds routingReason consentAction } } }";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    private static FakeTwilio carrier() {
        return TestEnvironment.twilio();
    }

    @Test
    void aReplyFromAKnownPersonIsFiledInThePoolConversationWithItsRoutingReason() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);

        assertEquals(200, carrier().reply(mobile, setup.number(), "Can I come by at 3?"));

        JsonNode entry = awaitConversation(setup.member(), mobile);
        assertEquals(setup.poolId(), entry.get("poolId").asString());
        assertEquals(1, entry.get("unreadCount").asInt());
        assertEquals("INBOUND", entry.get("lastDirection").asString());
        JsonNode reply = conversation(setup.member(), entry.get("id").asString()).at("/replies/0");
        assertEquals("Can I come by at 3?", reply.get("body").asString());
        assertEquals("ONE", reply.get("contactMatch").asString());
        assertEquals(List.of(person), ids(reply.get("personIds")));
        String reason = reply.get("routingReason").asString();
        assertTrue(reason.contains(setup.poolName()) && reason.contains(setup.number()), reason);

        JsonNode queried = setup.member().data("query($id: ID!) { inboundMessage(id: $id) { routingReason } }",
                Map.of("id", reply.get("id").asString())).get("inboundMessage");
        assertEquals(reason, queried.get("routingReason").asString(), "the routing is queryable");
        assertEquals("FORBIDDEN", StaffSession.staff("Otto Outsider").errorCode("query($id: ID!) { "
                + "inboundMessage(id: $id) { id } }", Map.of("id", reply.get("id").asString())));

        JsonNode read = setup.member().data("mutation($id: ID!) { markConversationRead(id: $id) { unreadCount } }",
                Map.of("id", entry.get("id").asString())).get("markConversationRead");
        assertEquals(0, read.get("unreadCount").asInt());
    }

    @Test
    void aSharedNumberListsEveryCandidateAndAnUnknownNumberStillMakesAConversation() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String shared = TestNumbers.next();
        // Siblings share a parent's mobile; a placeholder number (the school office's) may be on file for hundreds.
        List<String> siblings = Fixtures.students(setup.admin(), Collections.nCopies(400, shared));
        String stranger = TestNumbers.next();

        carrier().reply(shared, setup.number(), "This is their mom");
        carrier().reply(stranger, setup.number(), "Who is this?");

        JsonNode fromShared = conversation(setup.member(), awaitConversation(setup.member(), shared)
                .get("id").asString()).at("/replies/0");
        assertEquals("SEVERAL", fromShared.get("contactMatch").asString());
        assertEquals(siblings.stream().sorted().toList(), ids(fromShared.get("personIds")).stream().sorted()
                .toList());
        JsonNode fromStranger = conversation(setup.member(), awaitConversation(setup.member(), stranger)
                .get("id").asString()).at("/replies/0");
        assertEquals("UNKNOWN", fromStranger.get("contactMatch").asString());
        assertEquals(0, fromStranger.get("personIds").size());
        assertTrue(fromStranger.get("routingReason").asString().contains("unknown contact"));
    }

    /** The webhook keeps what it routes by between requests (InboundRoutingCache): a change shows at once. */
    @Test
    void aNumberAddedToTheDirectoryOrToAPoolRoutesTheVeryNextReply() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String newPoolNumber = TestNumbers.next();

        carrier().reply(mobile, setup.number(), "Who is this?");
        carrier().reply(mobile, newPoolNumber, "Anyone there?");
        String conversationId = awaitConversation(setup.member(), mobile).get("id").asString();
        JsonNode first = conversation(setup.member(), conversationId).at("/replies/0");
        assertEquals("UNKNOWN", first.get("contactMatch").asString());
        List<Map<String, Object>> toStranger = Db.rows("select conversation_id from inbound_message "
                + "where to_number = ?", newPoolNumber);
        assertEquals(1, toStranger.size(), "the text to a number that is not ours yet is stored");
        assertNull(toStranger.get(0).get("conversation_id"), "and goes to no conversation");

        String person = Fixtures.student(setup.admin(), mobile);
        setup.admin().data("mutation($pool: ID!, $number: String!) { addPoolNumber(poolId: $pool, number: $number, "
                + "kind: LONG_CODE) { id } }", Map.of("pool", setup.poolId(), "number", newPoolNumber));
        carrier().reply(mobile, setup.number(), "It's me, Sam");
        carrier().reply(mobile, newPoolNumber, "Hello again");

        JsonNode second = Await.until(WAIT, () -> conversation(setup.member(), conversationId).get("replies"),
                r -> r.size() == 2, "the second reply").get(1);
        assertEquals("It's me, Sam", second.get("body").asString());
        assertEquals("ONE", second.get("contactMatch").asString(), "the number is on file now");
        assertEquals(List.of(person), ids(second.get("personIds")));
        JsonNode viaNewNumber = Await.until(WAIT, () -> setup.member().data(INBOX, Map.of("contact", mobile))
                .get("conversations"), c -> c.size() == 2, "a conversation through the pool's new number");
        for (JsonNode entry : viaNewNumber) {
            assertEquals(setup.poolId(), entry.get("poolId").asString());
        }
    }

    @Test
    void aReplyToAPersonalNumberGoesToItsOwnerOnly() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession owner = StaffSession.staff("Pia Personal");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(admin, mobile);
        owner.data("mutation($person: ID!) { sendMessage(personal: true, personId: $person, body: \"Hello\") "
                + "{ id } }", Map.of("person", person));
        String number = Await.until(WAIT, () -> carrier().acceptedTo(mobile), t -> !t.isEmpty(),
                "the text from the new personal number").get(0).from();

        carrier().reply(mobile, number, "Thanks Pia");

        JsonNode entry = Await.until(WAIT, () -> owner.data(INBOX, Map.of("contact", mobile)).get("conversations"),
                c -> c.size() == 1 && "INBOUND".equals(c.get(0).get("lastDirection").asString()), "the reply")
                .get(0);
        assertTrue(entry.get("personal").asBoolean());
        JsonNode reply = conversation(owner, entry.get("id").asString()).at("/replies/0");
        assertTrue(reply.get("routingReason").asString().contains("personal number of staff user #" + owner.id()),
                reply.toString());
        assertEquals("FORBIDDEN", StaffSession.staff("Cole Colleague").errorCode(CONVERSATION,
                Map.of("id", entry.get("id").asString())));
    }

    @Test
    void stopStopsOnePoolStopAllStopsEveryPoolAndEveryPhoneAndStartResumesTheNumber() {
        PoolSetup poolA = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup poolB = Fixtures.poolWithMember("LONG_CODE", null);
        poolB.admin().data("mutation($pool: ID!, $user: ID!) { setPoolMember(poolId: $pool, staffUserId: $user, "
                + "access: ROLE) { id } }", Map.of("pool", poolB.poolId(), "user", poolA.member().id()));
        String mobile = TestNumbers.next();
        String otherMobile = TestNumbers.next();
        String person = studentWithTwoMobiles(poolA.admin(), mobile, otherMobile);
        StaffSession member = poolA.member();

        // STOP (any case, spaces, trailing punctuation) to pool A: confirmation from A; A is blocked, B is not.
        assertEquals(200, carrier().reply(mobile, poolA.number(), "  stop. "));
        String confirmation = awaitTextFrom(poolA.number(), mobile, 1).get(0).body();
        assertTrue(confirmation.startsWith("You will no longer receive texts from " + poolA.poolName()),
                confirmation);
        JsonNode stopped = member.data(INBOX, Map.of("contact", mobile)).at("/conversations/0");
        assertEquals(1, stopped.get("unreadCount").asInt(), "the STOP is unread");
        assertEquals("OUTBOUND", stopped.get("lastDirection").asString(), "the confirmation is the latest activity");
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolA.poolId(), person, "From A after STOP"));
        assertEquals(TEXTED, outcomeOfSending(member, poolB.poolId(), person,
                "From B after STOP to A"));

        // STOPALL from the same phone: every pool, every phone of the person.
        assertEquals(200, carrier().reply(mobile, poolB.number(), "STOPALL"));
        assertTrue(awaitTextFrom(poolB.number(), mobile, 2).get(1).body().contains("any texts"));
        assertEquals(NOT_TEXTED, outcomeOfSending(member, poolB.poolId(), person, "From B after STOPALL"));
        List<Map<String, Object>> allScope = Db.rows("select phone_e164 from consent_state where scope = 'ALL' "
                + "and phone_e164 in (?, ?)", mobile, otherMobile);
        assertEquals(2, allScope.size(), "the opt-out covers both of the person's phones");

        // HELP names the institution and the pool, and changes nothing.
        assertEquals(200, carrier().reply(mobile, poolA.number(), "Help?"));
        assertTrue(awaitTextFrom(poolA.number(), mobile, 2).get(1).body().startsWith(poolA.poolName() + " at "));

        // START re-enables the number it came from (all pools), not the person's other phone.
        assertEquals(200, carrier().reply(mobile, poolA.number(), "Start"));
        assertTrue(awaitTextFrom(poolA.number(), mobile, 3).get(2).body().contains("again"));
        assertEquals(TEXTED, outcomeOfSending(member, poolA.poolId(), person,
                "From A after START"));
        assertEquals(List.of(otherMobile), Db.rows("select phone_e164 from consent_state where phone_e164 in (?, ?)",
                mobile, otherMobile).stream().map(r -> r.get("phone_e164")).distinct().toList());
        List<String> actions = Db.rows("select e.action, e.source from consent_event e where e.phone_e164 = ? "
                + "and e.source = 'KEYWORD' order by e.id", mobile).stream()
                .map(r -> r.get("action") + "/" + r.get("source")).toList();
        assertEquals(List.of("OPT_OUT/KEYWORD", "OPT_OUT/KEYWORD", "OPT_IN/KEYWORD"), actions);

        // Each keyword message shows what it did, and each change points at the message that made it.
        assertEquals(List.of("OPTED_OUT", "OPTED_OUT", "HELP", "OPTED_IN"), Db.rows("select consent_action from "
                + "inbound_message where from_number = ? order by id", mobile).stream()
                .map(r -> String.valueOf(r.get("consent_action"))).toList());
        assertEquals(3, Db.rows("select e.id from consent_event e join inbound_message m on m.id = "
                + "e.inbound_message_id and m.from_number = e.phone_e164 where e.phone_e164 = ? and e.source = "
                + "'KEYWORD'", mobile).size(), "every keyword's consent event names its message");
    }

    @Test
    void twiliosOptOutTypeIsHonouredForAWordThatIsNotOurKeyword() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);

        assertEquals(200, carrier().reply(mobile, setup.number(), "ARRET", Map.of("OptOutType", "STOP")));

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
        JsonNode plan = setup.member().data("mutation($pool: ID!, $people: [ID!], $body: String!) { planBulkSend("
                + "poolId: $pool, audience: {personIds: $people}, body: $body) { id sms } }", Map.of("pool",
                setup.poolId(), "people", people, "body", "Registration closes Friday.")).get("planBulkSend");
        assertEquals(500, plan.get("sms").asInt());
        setup.member().data("mutation($id: ID!) { startBulkSend(planId: $id) { status } }",
                Map.of("id", plan.get("id").asString()));

        Await.until(WAIT, () -> fromNumber(setup.number()).size(), n -> n >= 50, "the bulk send under way");
        Set<String> textedSoFar = fromNumber(setup.number()).stream().map(FakeTwilio.Accepted::to)
                .collect(Collectors.toSet());
        List<String> stoppers = mobiles.stream().filter(m -> !textedSoFar.contains(m)).skip(100).limit(5).toList();
        Map<String, Long> stoppedAt = new HashMap<>();
        for (String mobile : stoppers) {
            assertEquals(200, carrier().reply(mobile, setup.number(), "STOP"));
            stoppedAt.put(mobile, System.nanoTime());
        }

        Await.until(Duration.ofSeconds(60), () -> Db.rows("select count(*) n from outbound_message where "
                + "bulk_send_id = ? and status in ('QUEUED', 'SENDING')", Long.parseLong(plan.get("id").asString()))
                .get(0).get("n"), n -> ((Number) n).longValue() == 0, "every text of the bulk send handed off");
        for (String mobile : stoppers) {
            List<FakeTwilio.Accepted> after = carrier().acceptedTo(mobile).stream()
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
        carrier().unsubscribe(mobile);

        JsonNode first = setup.member().data(SEND, Map.of("pool", setup.poolId(), "person", person,
                "body", "Your hold was released.")).get("sendMessage");
        JsonNode failed = Await.until(WAIT, () -> conversation(setup.member(), first.get("conversationId")
                .asString()).at("/messages/0"), m -> !"QUEUED".equals(m.get("status").asString())
                && !"SENDING".equals(m.get("status").asString()), "the carrier's refusal");
        assertEquals(21610, failed.get("errorCode").asInt());
        List<Map<String, Object>> events = Db.rows("select action, source, detail from consent_event "
                + "where phone_e164 = ? and source = 'CARRIER_ERROR'", mobile);
        assertEquals(1, events.size());
        assertEquals("OPT_OUT", events.get(0).get("action"));

        int before = carrier().acceptedTo(mobile).size();
        assertEquals(NOT_TEXTED, outcomeOfSending(setup.member(), setup.poolId(), person, "Once more"));
        assertEquals(before, carrier().acceptedTo(mobile).size(), "the opted-out number is not tried again");
    }

    @Test
    void theLiveInboxDeliversToPoolMembersAndToNobodyElse() throws Exception {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession outsider = StaffSession.staff("Otto Outsider");
        String mobile = TestNumbers.next();
        Fixtures.student(setup.admin(), mobile);
        String subscription = "subscription($ticket: String!) { inboundMessages(ticket: $ticket) { body poolId } }";

        CompletableFuture<Subscriptions.Outcome> member = CompletableFuture.supplyAsync(() -> Subscriptions.run(
                setup.member().token(), subscription, Map.of("ticket", ticket(setup.member())), Duration.ofSeconds(8)));
        CompletableFuture<Subscriptions.Outcome> other = CompletableFuture.supplyAsync(() -> Subscriptions.run(
                outsider.token(), subscription, Map.of("ticket", ticket(outsider)), Duration.ofSeconds(8)));
        Thread.sleep(2500);
        carrier().reply(mobile, setup.number(), "Live one");

        List<JsonNode> seen = member.get().events().stream().map(e -> e.get("inboundMessages"))
                .filter(m -> m.get("poolId").asString().equals(setup.poolId())).toList();
        assertEquals(1, seen.size(), "the member sees the reply live");
        assertEquals("Live one", seen.get(0).get("body").asString());
        assertTrue(other.get().events().stream().noneMatch(e -> e.toString().contains("Live one")),
                "a non-member never sees it");
    }

    private static String ticket(StaffSession staff) {
        return staff.data("{ subscriptionTicket }", Map.of()).get("subscriptionTicket").asString();
    }

    private static String studentWithTwoMobiles(StaffSession admin, String studentMobile, String employeeMobile) {
        String external = "T" + TestNumbers.next().substring(5);
        admin.data("mutation($people: [PersonInput!]!) { importPeople(people: $people) { created } }",
                Map.of("people", List.of(Map.of("firstName", "Sam", "lastName", "Twophones" + external,
                        "records", List.of(
                                Map.of("type", "STUDENT", "externalId", "S" + external, "mobile", studentMobile),
                                Map.of("type", "EMPLOYEE", "externalId", "E" + external, "mobile",
                                        employeeMobile))))));
        return Db.rows("select person_id from person_record where external_id = ?", "S" + external).get(0)
                .get("person_id").toString();
    }

    /**
     * Sends a text from the pool to the person (their student mobile) and waits for its outcome: {@link #TEXTED}
     * (SENT or DELIVERED) or {@link #NOT_TEXTED} (FAILED, or FELL_BACK_TO_EMAIL when the person has an address).
     */
    private static String outcomeOfSending(StaffSession member, String poolId, String person, String body) {
        Map<String, Object> vars = new HashMap<>(Map.of("pool", poolId, "person", person, "body", body));
        String query = "mutation($pool: ID!, $person: ID!, $body: String!) { sendMessage(poolId: $pool, "
                + "personId: $person, recordType: STUDENT, body: $body) { id conversationId } }";
        JsonNode sent = member.data(query, vars).get("sendMessage");
        JsonNode message = Await.until(WAIT, () -> {
            for (JsonNode m : conversation(member, sent.get("conversationId").asString()).get("messages")) {
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
        return Await.until(WAIT, () -> carrier().acceptedTo(to).stream().filter(t -> t.from().equals(from))
                .toList(), t -> t.size() >= count, count + " texts from " + from + " to " + to);
    }

    private static List<FakeTwilio.Accepted> fromNumber(String number) {
        return carrier().accepted().stream().filter(t -> t.from().equals(number)).toList();
    }

    private static JsonNode awaitConversation(StaffSession member, String contact) {
        return Await.until(WAIT, () -> member.data(INBOX, Map.of("contact", contact)).get("conversations"),
                c -> c.size() == 1 && "INBOUND".equals(c.get(0).get("lastDirection").asString()),
                "the conversation with " + contact).get(0);
    }

    private static JsonNode conversation(StaffSession staff, String id) {
        return staff.data(CONVERSATION, Map.of("id", id)).get("conversation");
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asString()));
        return ids;
    }
}
