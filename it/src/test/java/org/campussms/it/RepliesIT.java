package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.campussms.it.support.Await;
import org.campussms.it.support.CampusApi;
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
 * Replies from contacts: which conversation they are filed in and why (known, shared and unknown numbers, numbers
 * added meanwhile, personal numbers), and who sees them live in the inbox.
 */
@ExtendWith(ArquillianExtension.class)
class RepliesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aReplyFromAKnownPersonIsFiledInThePoolConversationWithItsRoutingReason() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);

        assertEquals(200, twilio().reply(mobile, setup.number(), "Can I come by at 3?"));

        JsonNode entry = awaitConversation(setup.member(), mobile);
        assertEquals(setup.poolId(), entry.get("poolId").asString());
        assertEquals(1, entry.get("unreadCount").asInt());
        assertEquals("INBOUND", entry.get("lastDirection").asString());
        JsonNode reply = setup.member().api().conversation(entry.get("id").asString()).data().at("/replies/0");
        assertEquals("Can I come by at 3?", reply.get("body").asString());
        assertEquals("ONE", reply.get("contactMatch").asString());
        assertEquals(List.of(person), ids(reply.get("personIds")));
        String reason = reply.get("routingReason").asString();
        assertTrue(reason.contains(setup.poolName()) && reason.contains(setup.number()), reason);

        JsonNode queried = setup.member().api().inboundMessage(reply.get("id").asString()).data();
        assertEquals(reason, queried.get("routingReason").asString(), "the routing is queryable");
        assertEquals("FORBIDDEN", StaffSession.staff("Otto Outsider").api().inboundMessage(reply.get("id").asString())
                .errorCode());

        JsonNode read = setup.member().api().markConversationRead(entry.get("id").asString()).data();
        assertEquals(0, read.get("unreadCount").asInt());
    }

    @Test
    void aSharedNumberListsEveryCandidateAndAnUnknownNumberStillMakesAConversation() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String shared = TestNumbers.next();
        // Siblings share a parent's mobile; a placeholder number (the school office's) may be on file for hundreds.
        List<String> siblings = Fixtures.students(setup.admin(), Collections.nCopies(400, shared));
        String stranger = TestNumbers.next();

        twilio().reply(shared, setup.number(), "This is their mom");
        twilio().reply(stranger, setup.number(), "Who is this?");

        JsonNode fromShared = setup.member().api().conversation(awaitConversation(setup.member(), shared)
                .get("id").asString()).data().at("/replies/0");
        assertEquals("SEVERAL", fromShared.get("contactMatch").asString());
        assertEquals(siblings.stream().sorted().toList(), ids(fromShared.get("personIds")).stream().sorted()
                .toList());
        JsonNode fromStranger = setup.member().api().conversation(awaitConversation(setup.member(), stranger)
                .get("id").asString()).data().at("/replies/0");
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

        twilio().reply(mobile, setup.number(), "Who is this?");
        twilio().reply(mobile, newPoolNumber, "Anyone there?");
        String conversationId = awaitConversation(setup.member(), mobile).get("id").asString();
        JsonNode first = setup.member().api().conversation(conversationId).data().at("/replies/0");
        assertEquals("UNKNOWN", first.get("contactMatch").asString());
        List<Map<String, Object>> toStranger = Db.rows("select conversation_id from inbound_message "
                + "where to_number = ?", newPoolNumber);
        assertEquals(1, toStranger.size(), "the text to a number that is not ours yet is stored");
        assertNull(toStranger.get(0).get("conversation_id"), "and goes to no conversation");

        String person = Fixtures.student(setup.admin(), mobile);
        setup.admin().api().addPoolNumber(setup.poolId(), newPoolNumber, "LONG_CODE", null).data();
        twilio().reply(mobile, setup.number(), "It's me, Sam");
        twilio().reply(mobile, newPoolNumber, "Hello again");

        JsonNode second = Await.until(WAIT, () -> setup.member().api().conversation(conversationId).data()
                .get("replies"), r -> r.size() == 2, "the second reply").get(1);
        assertEquals("It's me, Sam", second.get("body").asString());
        assertEquals("ONE", second.get("contactMatch").asString(), "the number is on file now");
        assertEquals(List.of(person), ids(second.get("personIds")));
        JsonNode viaNewNumber = Await.until(WAIT, () -> setup.member().api().conversations(
                Map.of("contactNumber", mobile)).data(), c -> c.size() == 2,
                "a conversation through the pool's new number");
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
        owner.api().sendPersonal(person, "Hello").data();
        String number = Await.until(WAIT, () -> twilio().acceptedTo(mobile), t -> !t.isEmpty(),
                "the text from the new personal number").get(0).from();

        twilio().reply(mobile, number, "Thanks Pia");

        JsonNode entry = awaitConversation(owner, mobile);
        assertTrue(entry.get("personal").asBoolean());
        JsonNode reply = owner.api().conversation(entry.get("id").asString()).data().at("/replies/0");
        assertTrue(reply.get("routingReason").asString().contains("personal number of staff user #" + owner.id()),
                reply.toString());
        assertEquals("FORBIDDEN", StaffSession.staff("Cole Colleague").api().conversation(entry.get("id").asString())
                .errorCode());
    }

    @Test
    void theLiveInboxDeliversToPoolMembersAndToNobodyElse() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup other = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        Fixtures.student(setup.admin(), mobile);
        StaffSession member = setup.member();
        StaffSession outsider = other.member();

        try (Subscriptions.Open membersInbox = Subscriptions.open(
                        CampusApi.inboxEvents(member.subscriptionTicket()), WAIT);
                Subscriptions.Open outsidersInbox = Subscriptions.open(
                        CampusApi.inboxEvents(outsider.subscriptionTicket()), WAIT)) {
            awaitLive(membersInbox, setup, mobile);
            awaitLive(outsidersInbox, other, mobile);

            twilio().reply(mobile, setup.number(), "Live one");
            Await.until(WAIT, () -> bodies(membersInbox, setup.poolId()), b -> b.contains("Live one"),
                    "the member to see the reply live");
            // A reply is handed to the live inboxes before its webhook is answered, each inbox's in order: once the
            // outsider has one sent after "Live one" was answered, "Live one" can no longer come.
            twilio().reply(mobile, other.number(), "After it");
            Await.until(WAIT, () -> bodies(outsidersInbox, other.poolId()), b -> b.contains("After it"),
                    "the outsider's own pool's reply");

            assertEquals(1, Collections.frequency(bodies(membersInbox, setup.poolId()), "Live one"),
                    "the member sees the reply live, once");
            assertTrue(outsidersInbox.events().stream().noneMatch(e -> e.toString().contains("Live one")),
                    "a non-member never sees it");
        }
    }

    /**
     * Waits until the inbox pushes a reply to its pool: the server starts pushing a moment after the subscribe
     * message, and the protocol does not say when. A probe a second is texted to the pool until one comes through.
     */
    private static void awaitLive(Subscriptions.Open inbox, PoolSetup pool, String mobile) {
        long[] lastProbe = {0};
        Await.until(WAIT, () -> {
            if (System.nanoTime() - lastProbe[0] > 1_000_000_000L) {
                twilio().reply(mobile, pool.number(), "Probe");
                lastProbe[0] = System.nanoTime();
            }
            return bodies(inbox, pool.poolId());
        }, b -> b.contains("Probe"), "the live inbox of " + pool.poolName() + " to start");
    }

    /** The bodies of the replies to this pool an inbox has pushed so far. */
    private static List<String> bodies(Subscriptions.Open inbox, String poolId) {
        return inbox.events().stream().map(e -> e.get("inboxEvents"))
                .filter(e -> e.get("kind").asString().equals("REPLY")).map(e -> e.get("reply"))
                .filter(m -> m.get("poolId").asString().equals(poolId))
                .map(m -> m.get("body").asString()).toList();
    }

    /** The one conversation with the contact in the staff user's inbox, once the contact wrote last. */
    private static JsonNode awaitConversation(StaffSession staff, String contact) {
        return Await.until(WAIT, () -> staff.api().conversations(Map.of("contactNumber", contact)).data(),
                c -> c.size() == 1 && "INBOUND".equals(c.get(0).get("lastDirection").asString()),
                "the conversation with " + contact).get(0);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asString()));
        return ids;
    }
}
