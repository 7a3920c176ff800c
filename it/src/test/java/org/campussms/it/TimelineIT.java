package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.campussms.it.support.Await;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A thread as one timeline: texts with who sent them, replies, the email sent instead of a text, and the STOP that
 * caused it, in order and paged; and a person's consent on each of their mobiles as the caller may see it.
 */
@ExtendWith(ArquillianExtension.class)
class TimelineIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aThreadShowsTextsRepliesTheStopAndTheEmailSentInsteadInOrder() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        StaffSession member = setup.member();

        JsonNode first = member.api().sendMessage(setup.poolId(), person, "Your advising slot is at 10.").data();
        String conversationId = first.get("conversationId").asString();
        Await.until(WAIT, () -> timeline(member, conversationId), items -> items.size() == 1
                && "DELIVERED".equals(items.get(0).at("/text/status").asString()), "the first text delivered");
        assertEquals(200, twilio().reply(mobile, setup.number(), "Thanks!"));
        assertEquals(200, twilio().reply(mobile, setup.number(), "STOP"));
        member.api().sendMessage(setup.poolId(), person, "Reminder: bring your transcript.").data();

        List<JsonNode> items = Await.until(WAIT, () -> timeline(member, conversationId),
                all -> all.stream().anyMatch(i -> "EMAIL".equals(i.get("kind").asString())),
                "the email sent instead of the last text");
        List<String> kinds = items.stream().map(i -> i.get("kind").asString()).toList();
        assertEquals("TEXT", kinds.get(0), kinds.toString());
        assertEquals("Mia Member", items.get(0).get("sentByName").asString(), "who sent it, by name");
        assertEquals(member.id(), items.get(0).get("sentByStaffUserId").asString());
        assertTrue(kinds.containsAll(List.of("TEXT", "REPLY", "CONSENT", "EMAIL")), kinds.toString());
        JsonNode stop = items.stream().filter(i -> "CONSENT".equals(i.get("kind").asString())).findFirst()
                .orElseThrow();
        assertEquals("OPT_OUT", stop.at("/consent/action").asString());
        assertEquals("KEYWORD", stop.at("/consent/source").asString());
        assertEquals(conversationId, stop.get("conversationId").asString());
        JsonNode fellBack = items.stream().filter(i -> "Reminder: bring your transcript."
                .equals(i.at("/text/body").asString(""))).findFirst().orElseThrow();
        assertEquals("FELL_BACK_TO_EMAIL", fellBack.at("/text/status").asString());
        JsonNode email = items.stream().filter(i -> "EMAIL".equals(i.get("kind").asString())).findFirst()
                .orElseThrow();
        assertEquals(fellBack.at("/text/id").asString(), email.at("/email/insteadOfMessageId").asString());
        assertInOrder(items);

        // Compared by entry, not by content: statuses may move on between the reads.
        assertEquals(entries(items), entries(pagedBackwards(member, conversationId, 2)), "pages of 2, older ones "
                + "before, add up to the whole thread");
        assertEquals("FORBIDDEN", StaffSession.staff("Otto Outsider").api()
                .conversationTimeline(conversationId, 10, null).errorCode());
        assertEquals("INVALID_INPUT", member.api().conversationTimeline(conversationId, 101, null).errorCode());

        List<String> personKinds = new ArrayList<>();
        member.api().personTimeline(person, 100, null).data().get("items")
                .forEach(i -> personKinds.add(i.get("kind").asString()));
        assertEquals(kinds.size() + 1, personKinds.size(), "the person's thread adds the import's opt-in: "
                + personKinds);
    }

    @Test
    void eachMobileShowsItsConsentAsTheCallerMaySeeIt() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        JsonNode before = setup.member().api().contact(person).data().at("/mobiles/0/consent");
        assertFalse(before.get("optedOut").asBoolean(), before.toString());
        assertEquals("IMPORT", before.at("/lastOptIn/source").asString(), "a number entered starts opted in");

        assertEquals(200, twilio().reply(mobile, setup.number(), "stop"));

        JsonNode member = setup.member().api().contact(person).data().at("/mobiles/0/consent");
        assertTrue(member.get("optedOut").asBoolean(), member.toString());
        assertEquals("POOL", member.at("/optOuts/0/scope").asString());
        assertEquals(setup.poolId(), member.at("/optOuts/0/poolId").asString());
        assertEquals("KEYWORD", member.at("/optOuts/0/source").asString());
        JsonNode outsider = StaffSession.staff("Otto Outsider").api().contact(person).data()
                .at("/mobiles/0/consent");
        assertFalse(outsider.get("optedOut").asBoolean(), "the STOP was to a pool the outsider is not in, so "
                + "their own texts may still go: " + outsider);
    }

    private static List<JsonNode> timeline(StaffSession staff, String conversationId) {
        List<JsonNode> items = new ArrayList<>();
        staff.api().conversationTimeline(conversationId, 100, null).data().get("items").forEach(items::add);
        return items;
    }

    private static List<JsonNode> pagedBackwards(StaffSession staff, String conversationId, int size) {
        List<JsonNode> all = new ArrayList<>();
        String before = null;
        do {
            JsonNode page = staff.api().conversationTimeline(conversationId, size, before).data();
            List<JsonNode> items = new ArrayList<>();
            page.get("items").forEach(items::add);
            all.addAll(0, items);
            before = page.get("olderCursor").isNull() ? null : page.get("olderCursor").asString();
        } while (before != null);
        return all;
    }

    private static List<String> entries(List<JsonNode> items) {
        return items.stream().map(i -> i.get("kind").asString() + "@" + i.get("at").asString()).toList();
    }

    private static void assertInOrder(List<JsonNode> items) {
        for (int i = 1; i < items.size(); i++) {
            assertFalse(Instant.parse(items.get(i).get("at").asString())
                    .isBefore(Instant.parse(items.get(i - 1).get("at").asString())), "in time order: " + items);
        }
    }
}
