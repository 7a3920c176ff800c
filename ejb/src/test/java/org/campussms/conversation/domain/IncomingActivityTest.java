package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.campussms.platform.PhoneNumber;
import org.junit.jupiter.api.Test;

class IncomingActivityTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

    private final IncomingActivity activity = new IncomingActivity(7, 3, PhoneNumber.ofE164("+12015550100"));

    @Test
    void theNewestMessageIsShownAndEveryOneIsUnread() {
        activity.add("first", null, NOON);
        activity.add("second", null, NOON.plusSeconds(2));
        activity.add("late arrival, sent earlier", null, NOON.plusSeconds(1));

        assertEquals("second", activity.latestPreview());
        assertEquals(NOON.plusSeconds(2), activity.latestAt());
        assertEquals(3, activity.count());
        assertNull(activity.personId(), "nobody known sent them");
    }

    @Test
    void atTheSameInstantTheLaterArrivalIsTheNewer() {
        activity.add("one", null, NOON);
        activity.add("two", null, NOON);

        assertEquals("two", activity.latestPreview());
    }

    @Test
    void theLastKnownSenderNamesThePersonAndAnUnknownOneDoesNotUnnameThem() {
        activity.add("from Ana", 11L, NOON);
        activity.add("from Ben", 12L, NOON.plusSeconds(1));
        activity.add("from the same phone, nobody matched", null, NOON.plusSeconds(2));

        assertEquals(12L, activity.personId());
    }

    @Test
    void aLongMessageIsShownByItsBeginning() {
        String text = "x".repeat(200);
        activity.add(text, null, NOON);

        assertEquals(text.substring(0, 160), activity.latestPreview());
        assertEquals(Conversation.preview(text), activity.latestPreview());
    }

    @Test
    void anActivityForAConversationThatMayNotExistYetHasNoIdToGive() {
        IncomingActivity unknown = IncomingActivity.arriving(null, 3, PhoneNumber.ofE164("+12015550100"));
        unknown.add("hello", null, NOON);

        assertEquals(7, activity.conversationId());
        assertEquals(7L, activity.knownConversationId());
        assertThrows(IllegalStateException.class, unknown::conversationId);
        assertNull(unknown.knownConversationId());
        assertEquals(1, unknown.count());
        assertEquals(9L, IncomingActivity.arriving(9L, 3, PhoneNumber.ofE164("+12015550100")).conversationId());
    }
}
