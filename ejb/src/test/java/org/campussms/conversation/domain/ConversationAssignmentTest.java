package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.campussms.platform.DomainException;
import org.junit.jupiter.api.Test;

class ConversationAssignmentTest {

    private static final Instant MORNING = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    /** A conversation of a pool (3) or of a personal number (no pool); conversations are only ever read from rows. */
    private static Conversation of(Long poolId) {
        return new Conversation() {
            @Override
            public Long getPoolId() {
                return poolId;
            }
        };
    }

    @Test
    void aPoolsConversationGoesToOneMemberAtATimeAndBackToNobody() {
        Conversation conversation = of(3L);

        assertTrue(conversation.assign(21L, MORNING));
        assertEquals(21L, conversation.getAssigneeStaffUserId());
        assertEquals(MORNING, conversation.getAssignedAt());

        assertTrue(conversation.assign(22L, NOON), "given to a colleague");
        assertEquals(22L, conversation.getAssigneeStaffUserId());
        assertEquals(NOON, conversation.getAssignedAt());

        assertTrue(conversation.assign(null, NOON), "given back to nobody");
        assertNull(conversation.getAssigneeStaffUserId());
        assertNull(conversation.getAssignedAt());
    }

    @Test
    void givingItToWhoeverHasItChangesNothing() {
        Conversation conversation = of(3L);
        conversation.assign(21L, MORNING);

        assertFalse(conversation.assign(21L, NOON));
        assertEquals(MORNING, conversation.getAssignedAt(), "assigned when it was first given");
        assertFalse(of(3L).assign(null, NOON), "nobody had it");
    }

    @Test
    void aPersonalNumbersConversationIsItsOwnersAndIsNotAssigned() {
        Conversation personal = of(null);

        DomainException refused = assertThrows(DomainException.class, () -> personal.assign(21L, MORNING));
        assertTrue(refused.getMessage().contains("personal number"), refused.getMessage());
        assertNull(personal.getAssigneeStaffUserId());
    }
}
