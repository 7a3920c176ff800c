package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.campussms.it.support.Await;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.Subscriptions;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Who has a pool's conversation: taken by the member who answers it, given to a colleague or to nobody, shown in the
 * Mine and Unassigned views with their badges, heard live, and given back when its member leaves the pool.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void theMemberWhoAnswersHasItAndAColleagueCanTakeItOrGiveItToNobody() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession mia = setup.member();
        StaffSession sam = Fixtures.joined(setup, "Sam Second");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        assertEquals(200, twilio().reply(mobile, setup.number(), "Is the office open today?"));

        JsonNode waiting = Await.until(WAIT, () -> onlyRow(sam, Map.of("unassigned", true)), row -> row != null,
                "the reply in Unassigned");
        String conversationId = waiting.get("id").asString();
        assertTrue(waiting.get("assignee").isNull(), waiting.toString());
        assertEquals(1, sam.api().inboxCounts().data().get("unassignedNeedsReply").asInt());

        mia.api().sendMessage(setup.poolId(), person, "Yes, until 5.").data();
        assertEquals(mia.id() + " Mia Member", who(onlyRow(sam, Map.of())), "Mia answered: hers");
        assertEquals(conversationId, onlyRow(mia, Map.of("mine", true)).get("id").asString(), "in Mia's Mine");
        assertEquals(null, onlyRow(sam, Map.of("unassigned", true)), "no longer unassigned");
        assertEquals(null, onlyRow(sam, Map.of("mine", true)), "not Sam's");
        assertEquals(0, sam.api().inboxCounts().data().get("unassignedNeedsReply").asInt());

        sam.api().sendMessage(setup.poolId(), person, "Sam here too.").data();
        assertEquals(mia.id(), onlyRow(sam, Map.of()).at("/assignee/staffUserId").asString(),
                "a colleague's text does not take it from Mia");

        JsonNode taken = sam.api().assignConversation(conversationId, sam.id()).data();
        assertEquals(sam.id() + " Sam Second", who(taken));
        mia.api().markConversationRead(conversationId).data();
        assertEquals(200, twilio().reply(mobile, setup.number(), "Thanks!"));
        Await.until(WAIT, () -> sam.api().inboxCounts().data().get("mineUnread").asInt(), n -> n == 1,
                "the reply unread in Sam's Mine");
        assertEquals(0, mia.api().inboxCounts().data().get("mineUnread").asInt(), "not in Mia's any more");

        JsonNode released = mia.api().assignConversation(conversationId, null).data();
        assertTrue(released.get("assignee").isNull(), released.toString());
        assertEquals(conversationId, onlyRow(sam, Map.of("unassigned", true)).get("id").asString());
    }

    @Test
    void onlyAMemberOfThePoolCanHaveItAndOnlyThoseWhoSeeItCanGiveIt() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession outsider = StaffSession.staff("Oz Outsider");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        String conversationId = setup.member().api().sendMessage(setup.poolId(), person, "Hello.").data()
                .get("conversationId").asString();

        assertEquals("INVALID_INPUT", setup.member().api().assignConversation(conversationId, outsider.id())
                .errorCode(), "a staff user outside the pool cannot have it");
        assertEquals("FORBIDDEN", outsider.api().assignConversation(conversationId, outsider.id()).errorCode(),
                "nor take it");
        assertEquals("FORBIDDEN", outsider.api().assignConversation("999999999", outsider.id()).errorCode(),
                "an unknown conversation looks like a forbidden one");
        assertEquals("NOT_FOUND", setup.member().api().assignConversation("not-a-number", null).errorCode());
        assertEquals(setup.member().id(), onlyRow(setup.member(), Map.of()).at("/assignee/staffUserId").asString(),
                "still the member's, who answered");

        String personal = setup.member().api().sendPersonal(person, "From my own number.").data()
                .get("conversationId").asString();
        assertEquals("INVALID_INPUT", setup.member().api().assignConversation(personal, setup.member().id())
                .errorCode(), "a personal number's conversation is its owner's");
        assertEquals(personal, setup.member().api().inbox(Map.of("mine", true, "personal", true), 10, null).data()
                .at("/rows/0/id").asString(), "and in its owner's Mine");
    }

    @Test
    void aPoolCanLeaveAnsweredConversationsUnassignedAndALeaverHasNoneLeft() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession mia = setup.member();
        String person = Fixtures.student(setup.admin(), TestNumbers.next());

        assertEquals("FORBIDDEN", mia.api().setPoolAssignOnAnswer(setup.poolId(), false).errorCode(),
                "pool admins only");
        assertEquals(false, setup.admin().api().setPoolAssignOnAnswer(setup.poolId(), false).data()
                .get("assignOnAnswer").asBoolean());
        String conversationId = mia.api().sendMessage(setup.poolId(), person, "Your form is in.").data()
                .get("conversationId").asString();
        assertTrue(onlyRow(mia, Map.of()).get("assignee").isNull(), "left unassigned");

        mia.api().assignConversation(conversationId, mia.id()).data();
        setup.admin().api().removePoolMember(setup.poolId(), mia.id()).data();
        JsonNode row = onlyRow(setup.admin(), Map.of("poolId", setup.poolId()));
        assertTrue(row.get("assignee").isNull(), "given back to nobody when Mia left: " + row);
    }

    @Test
    void everyoneWhoSeesTheConversationHearsWhoHasItNow() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession mia = setup.member();
        StaffSession sam = Fixtures.joined(setup, "Sam Second");
        String person = Fixtures.student(setup.admin(), TestNumbers.next());
        String conversationId = mia.api().sendMessage(setup.poolId(), person, "Hello.").data()
                .get("conversationId").asString();

        try (Subscriptions.Open feed = Subscriptions.open(CampusApi.inboxEvents(mia.subscriptionTicket()), WAIT)) {
            // The feed starts a moment after the subscribe: Sam takes and gives back until Mia hears one.
            long[] lastProbe = {0};
            Await.until(WAIT, () -> {
                if (System.nanoTime() - lastProbe[0] > 1_000_000_000L) {
                    sam.api().assignConversation(conversationId, null).data();
                    sam.api().assignConversation(conversationId, sam.id()).data();
                    lastProbe[0] = System.nanoTime();
                }
                return events(feed, e -> true);
            }, events -> !events.isEmpty(), "an assignment on Mia's feed");

            setup.admin().api().assignConversation(conversationId, mia.id()).data();
            JsonNode given = Await.until(WAIT, () -> events(feed, e -> mia.id().equals(
                    e.path("assigneeStaffUserId").stringValue(null))), found -> !found.isEmpty(),
                    "the admin giving it to Mia, live").get(0);
            assertEquals(conversationId, given.get("conversationId").asString());
            assertEquals(setup.admin().id(), given.get("byStaffUserId").asString());
        }
    }


    /** The one conversation of the caller's inbox with this filter (each test's users see only their pool), or null. */
    private static JsonNode onlyRow(StaffSession who, Map<String, Object> filter) {
        JsonNode rows = who.api().inbox(filter, 10, null).data().get("rows");
        assertTrue(rows.size() <= 1, "one conversation at most: " + rows);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Who has the conversation (row or conversation): their id and name. */
    private static String who(JsonNode conversation) {
        return conversation.at("/assignee/staffUserId").asString() + " " + conversation.at("/assignee/name").asString();
    }

    private static List<JsonNode> events(Subscriptions.Open feed, Predicate<JsonNode> wanted) {
        return feed.events().stream().map(e -> e.get("inboxEvents"))
                .filter(e -> "ASSIGNED".equals(e.get("kind").asString())).filter(wanted).toList();
    }
}
