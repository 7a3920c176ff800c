package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.campussms.devstack.LocalSignIn.StaffLogin;
import org.campussms.it.support.Await;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.Subscriptions;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.campussms.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The live inbox as a browser opens it: a websocket without any Authorization header, a ticket in connection_init's
 * payload, and one feed of everything that changes in what the user may see.
 */
@ExtendWith(ArquillianExtension.class)
class LiveInboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void repliesStatusesReadStatesAndConsentReachThePoolsMembersAndNobodyElse() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup other = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        StaffSession colleague = StaffSession.staff("Cole Colleague");
        setup.admin().api().setPoolMember(setup.poolId(), colleague.id(), "ROLE").data();

        try (Subscriptions.Open mine = Subscriptions.open(
                        CampusApi.inboxEvents(setup.member().subscriptionTicket()), WAIT);
                Subscriptions.Open theirs = Subscriptions.open(
                        CampusApi.inboxEvents(other.member().subscriptionTicket()), WAIT)) {
            awaitLive(mine, setup, mobile);
            awaitLive(theirs, other, mobile);

            JsonNode text = setup.member().api().sendMessage(setup.poolId(), person, "Your hold is cleared.").data();
            String textId = text.get("id").asString();
            String conversationId = text.get("conversationId").asString();
            awaitEvent(mine, e -> kind(e, "TEXT_STATUS") && e.at("/text/id").asString().equals(textId)
                    && e.at("/text/status").asString().equals("DELIVERED"), "the text's status, DELIVERED");

            // The probes above may have landed more than once; read, the conversation counts none.
            setup.member().api().markConversationRead(conversationId).data();
            colleague.api().markConversationUnread(conversationId).data();
            JsonNode unread = awaitEvent(mine, e -> kind(e, "UNREAD")
                    && conversationId.equals(e.path("conversationId").stringValue(null)),
                    "the colleague's mark unread");
            assertEquals(colleague.id(), unread.get("byStaffUserId").asString());
            assertEquals(1, unread.get("unreadCount").asInt());

            assertEquals(200, twilio().reply(mobile, setup.number(), "Stop"));
            JsonNode consent = awaitEvent(mine, e -> kind(e, "CONSENT")
                    && mobile.equals(e.at("/consent/phone").stringValue(null)), "the STOP's opt-out");
            assertEquals("OPT_OUT", consent.at("/consent/action").asString());
            assertEquals("POOL", consent.at("/consent/scope").asString());
            assertEquals("KEYWORD", consent.at("/consent/source").asString());

            // A connection's events arrive in order: once the outsider has a reply sent after all of the above,
            // nothing of it can still come.
            twilio().reply(mobile, other.number(), "After it all");
            awaitEvent(theirs, e -> kind(e, "REPLY") && e.at("/reply/body").asString().equals("After it all"),
                    "the outsider's own pool's reply");
            assertTrue(theirs.events().stream().map(e -> e.get("inboxEvents")).noneMatch(e ->
                            conversationId.equals(e.path("conversationId").stringValue(null))
                            || mobile.equals(e.at("/consent/phone").stringValue(null))),
                    "the other pool's member sees nothing of this pool: " + theirs.events());
        }
    }

    @Test
    void aSubscriptionNeedsAValidTicketAndPlainGetsNeedAToken() {
        StaffSession dana = StaffSession.staff("Dana Advisor");

        Subscriptions.Outcome noTicket = Subscriptions.run(CampusApi.inboxEvents(null), Duration.ofSeconds(10));
        assertTrue(noTicket.end().startsWith("closed 4401"), noTicket.toString());
        assertTrue(noTicket.events().isEmpty());

        String ticket = dana.subscriptionTicket();
        String tampered = ticket.substring(0, ticket.length() - 1) + (ticket.endsWith("A") ? "B" : "A");
        Subscriptions.Outcome forged = Subscriptions.run(CampusApi.inboxEvents(tampered), Duration.ofSeconds(10));
        assertTrue(forged.end().startsWith("closed 4403"), forged.toString());

        Http.Response query = Http.get("/graphql?query=%7Bme%7Bid%7D%7D", null);
        assertEquals(401, query.status(), "only the websocket upgrade passes without a token: " + query.body());
    }

    @Test
    void aSubscriptionEndsWhenTheMembersAccessChanges() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        Fixtures.student(setup.admin(), mobile);

        try (Subscriptions.Open mine = Subscriptions.open(
                CampusApi.inboxEvents(setup.member().subscriptionTicket()), WAIT)) {
            awaitLive(mine, setup, mobile);

            setup.admin().api().removePoolMember(setup.poolId(), setup.member().id()).data();

            Subscriptions.Outcome ended = mine.outcome();
            assertEquals("error", ended.end(), ended.toString());
            assertTrue(ended.error().toString().contains("SUBSCRIBE_AGAIN"), ended.toString());
        }
    }

    @Test
    void aSubscriptionEndsWithTheSignIn() {
        StaffLogin sam = Tokens.newStaff("Sam Shortlived");
        String token = TestEnvironment.signIn().issueToken(sam, 8);
        String ticket = new CampusApi(token).subscriptionTicket().data().asString();

        Subscriptions.Outcome outcome = Subscriptions.run(CampusApi.inboxEvents(ticket), WAIT);

        assertEquals("error", outcome.end(), "ends before the test's 30 s: " + outcome);
        assertTrue(outcome.error().toString().contains("SUBSCRIBE_AGAIN"), outcome.toString());
    }

    /**
     * Waits until the feed pushes a reply to the pool: the server starts pushing a moment after the subscribe
     * message, and the protocol does not say when. A probe a second is texted to the pool until one comes through.
     */
    private static void awaitLive(Subscriptions.Open feed, PoolSetup pool, String mobile) {
        long[] lastProbe = {0};
        Await.until(WAIT, () -> {
            if (System.nanoTime() - lastProbe[0] > 1_000_000_000L) {
                twilio().reply(mobile, pool.number(), "Probe");
                lastProbe[0] = System.nanoTime();
            }
            return feed.events();
        }, events -> events.stream().map(e -> e.get("inboxEvents")).anyMatch(e -> kind(e, "REPLY")
                && e.at("/reply/poolId").asString().equals(pool.poolId())), "the live feed of " + pool.poolName());
    }

    private static JsonNode awaitEvent(Subscriptions.Open feed, Predicate<JsonNode> wanted, String what) {
        List<JsonNode> events = Await.until(WAIT, () -> feed.events().stream().map(e -> e.get("inboxEvents"))
                .filter(wanted).toList(), found -> !found.isEmpty(), what);
        return events.get(0);
    }

    private static boolean kind(JsonNode event, String kind) {
        return event.get("kind").asString().equals(kind);
    }
}
