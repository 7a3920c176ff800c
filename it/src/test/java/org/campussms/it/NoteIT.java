package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.campussms.devstack.LocalMail;
import org.campussms.it.support.Await;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.Http;
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
 * Notes inside a conversation: for those who see it, in its timeline apart from the texts, never sent to the contact
 * nor in a report or export of texts; a member a note names is told live and emailed once.
 */
@ExtendWith(ArquillianExtension.class)
class NoteIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void aNoteStaysWithStaffAndTheMemberItNamesIsEmailedOnce() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession mia = setup.member();
        StaffSession sam = Fixtures.joined(setup, "Sam Second");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        String conversationId = mia.api().sendMessage(setup.poolId(), person, "Your aid form is in.").data()
                .get("conversationId").asString();
        String body = "She may qualify for the emergency grant. @Sam Second " + TestNumbers.next();

        JsonNode note = mia.api().addNote(conversationId, body, List.of(sam.id())).data();
        assertEquals(body, note.get("body").asString());
        assertEquals("Mia Member", note.at("/author/name").asString());
        assertEquals(sam.id(), note.at("/mentioned/0/staffUserId").asString());

        JsonNode items = sam.api().conversationTimeline(conversationId, 20, null).data().get("items");
        JsonNode last = items.get(items.size() - 1);
        assertEquals("NOTE", last.get("kind").asString(), items.toString());
        assertEquals(body, last.at("/note/body").asString());
        assertTrue(last.get("text").isNull(), "a note is no text");

        List<LocalMail.Mail> mails = Await.until(WAIT, () -> mail().receivedBy(sam.login().email()),
                m -> !m.isEmpty(), "the email to Sam");
        assertEquals("Mia Member mentioned you in a note", mails.get(0).subject());
        assertTrue(mails.get(0).body().contains(body), mails.get(0).body());
        assertTrue(mails.get(0).body().contains("/app/conversations/" + conversationId), mails.get(0).body());
        // Further runs of the timer (every second here) send nothing more.
        Await.until(WAIT, () -> ((Number) Db.rows("select count(*) as n from note_mention where emailed_at is null")
                .get(0).get("n")).longValue(), n -> n == 0, "no mention left to email");
        mia.api().addNote(conversationId, "A second note naming nobody.", null).data();
        Await.until(WAIT, () -> mia.api().conversationTimeline(conversationId, 20, null).data().get("items").size(),
                n -> n == items.size() + 1, "the second note in the timeline");
        assertEquals(1, mail().receivedBy(sam.login().email()).size(), "one email per note that names Sam");
        assertEquals(List.of(), mail().receivedBy(mia.login().email()), "the author is not emailed");

        assertFalse(twilio().acceptedTo(mobile).stream().anyMatch(text -> text.body().contains("emergency grant")),
                "never sent to the contact");
        JsonNode report = setup.admin().api().messageReport(Map.of("poolId", setup.poolId()), 50).data();
        assertFalse(report.toString().contains("emergency grant"), "not in the report of texts: " + report);
        String csv = Http.download("/exports/messages.csv?poolId=" + setup.poolId(), setup.admin().token()).body();
        assertTrue(csv.contains("Your aid form is in."), csv);
        assertFalse(csv.contains("emergency grant"), "nor in its CSV");
    }

    @Test
    void aNoteIsFoundInHistorySearchByThoseWhoSeeItsConversationOnly() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup other = Fixtures.poolWithMember("LONG_CODE", null);
        String person = Fixtures.student(setup.admin(), TestNumbers.next());
        String conversationId = setup.member().api().sendMessage(setup.poolId(), person, "Hello.").data()
                .get("conversationId").asString();
        String word = "zebranote" + TestNumbers.next().substring(8);
        String noteId = setup.member().api().addNote(conversationId, "Ask about the " + word + " grant", null).data()
                .get("id").asString();

        JsonNode hits = setup.member().api().searchMessages(word, Map.of()).data().get("hits");
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.get(0).get("note").asBoolean(), hits.toString());
        assertEquals(noteId, hits.get(0).get("messageId").asString());
        assertEquals(conversationId, hits.get(0).get("conversationId").asString());
        assertEquals(0, other.member().api().searchMessages(word, Map.of()).data().get("hits").size(),
                "not for a member of another pool");
        assertEquals(0, setup.member().api().searchMessages(word, Map.of("direction", "INBOUND")).data()
                .get("hits").size(), "a note is no reply");
    }

    @Test
    void aNoteIsRefusedForSomeoneWhoCannotSeeItOrForANameOutsideThePool() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession outsider = StaffSession.staff("Oz Outsider");
        String person = Fixtures.student(setup.admin(), TestNumbers.next());
        String conversationId = setup.member().api().sendMessage(setup.poolId(), person, "Hello.").data()
                .get("conversationId").asString();

        assertEquals("INVALID_INPUT", setup.member().api().addNote(conversationId, "  ", null).errorCode());
        assertEquals("INVALID_INPUT", setup.member().api().addNote(conversationId, "x".repeat(2001), null)
                .errorCode());
        assertEquals("INVALID_INPUT", setup.member().api().addNote(conversationId, "Ask Oz",
                List.of(outsider.id())).errorCode(), "Oz is no member of the pool");
        assertEquals("FORBIDDEN", outsider.api().addNote(conversationId, "Peeking", null).errorCode());
        assertEquals("FORBIDDEN", outsider.api().addNote("999999999", "Probing", null).errorCode());
        String personal = setup.member().api().sendPersonal(person, "From my own number.").data()
                .get("conversationId").asString();
        assertEquals("INVALID_INPUT", setup.member().api().addNote(personal, "Ask the admin",
                List.of(setup.admin().id())).errorCode(), "a personal number's conversation is its owner's");
        assertEquals(0L, ((Number) Db.rows("select count(*) as n from conversation_note where conversation_id in "
                + "(?, ?)", Long.parseLong(conversationId), Long.parseLong(personal)).get(0).get("n")).longValue(),
                "nothing stored");
    }

    @Test
    void theMemberANoteNamesIsToldLiveAndEveryoneWhoSeesItHearsOfIt() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession mia = setup.member();
        StaffSession sam = Fixtures.joined(setup, "Sam Second");
        String person = Fixtures.student(setup.admin(), TestNumbers.next());
        String conversationId = mia.api().sendMessage(setup.poolId(), person, "Hello.").data()
                .get("conversationId").asString();

        try (Subscriptions.Open feed = Subscriptions.open(CampusApi.inboxEvents(sam.subscriptionTicket()), WAIT)) {
            // The feed starts a moment after the subscribe: Mia writes a note a second until Sam hears one.
            long[] lastNote = {0};
            Await.until(WAIT, () -> {
                if (System.nanoTime() - lastNote[0] > 1_000_000_000L) {
                    mia.api().addNote(conversationId, "Probe", null).data();
                    lastNote[0] = System.nanoTime();
                }
                return kinds(feed);
            }, kinds -> kinds.contains("NOTE"), "a note on Sam's feed");

            mia.api().addNote(conversationId, "Can you call her? @Sam Second", List.of(sam.id())).data();
            JsonNode told = Await.until(WAIT, () -> feed.events().stream().map(e -> e.get("inboxEvents"))
                    .filter(e -> "MENTION".equals(e.get("kind").asString())).toList(), found -> !found.isEmpty(),
                    "the mention on Sam's feed").get(0);
            assertEquals(sam.id(), told.get("mentionedStaffUserId").asString());
            assertEquals(mia.id(), told.get("byStaffUserId").asString());
            assertEquals(conversationId, told.get("conversationId").asString());
        }
    }

    private static List<String> kinds(Subscriptions.Open feed) {
        return feed.events().stream().map(e -> e.at("/inboxEvents/kind").asString()).toList();
    }


    private static LocalMail mail() {
        return TestEnvironment.mail();
    }
}
