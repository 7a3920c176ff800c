package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageStatusTest {

    @Test
    void aLateSentNeverReplacesDelivered() {
        assertTrue(MessageStatus.SENDING.mayBecome(MessageStatus.SENT));
        assertTrue(MessageStatus.SENT.mayBecome(MessageStatus.DELIVERED));
        assertTrue(MessageStatus.SENT.mayBecome(MessageStatus.UNDELIVERED));
        assertFalse(MessageStatus.DELIVERED.mayBecome(MessageStatus.SENT));
        assertFalse(MessageStatus.DELIVERED.mayBecome(MessageStatus.FAILED), "final is final");
        assertTrue(Arrays.stream(MessageStatus.values()).noneMatch(s -> s.mayBecome(MessageStatus.QUEUED)));
    }

    @Test
    void twilioNamesMapToOurStatuses() {
        assertEquals(MessageStatus.QUEUED, MessageStatus.fromTwilio("accepted"));
        assertEquals(MessageStatus.DELIVERED, MessageStatus.fromTwilio("read"));
        assertEquals(MessageStatus.FAILED, MessageStatus.fromTwilio("canceled"));
        assertThrows(IllegalArgumentException.class, () -> MessageStatus.fromTwilio("lost"));
    }
}
