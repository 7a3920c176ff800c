package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageStatusTest {

    @Test
    void aLateSentNeverReplacesDelivered() {
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SENDING), MessageStatus.SENT.replaces());
        assertEquals(List.of(MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.SENT),
                MessageStatus.DELIVERED.replaces());
        assertTrue(MessageStatus.UNDELIVERED.replaces().contains(MessageStatus.SENT));
        assertTrue(MessageStatus.QUEUED.replaces().isEmpty());
    }

    @Test
    void twilioNamesMapToOurStatuses() {
        assertEquals(MessageStatus.QUEUED, MessageStatus.fromTwilio("accepted"));
        assertEquals(MessageStatus.DELIVERED, MessageStatus.fromTwilio("read"));
        assertEquals(MessageStatus.FAILED, MessageStatus.fromTwilio("canceled"));
        assertThrows(IllegalArgumentException.class, () -> MessageStatus.fromTwilio("lost"));
    }
}
