package org.campussms.conversation.application;

import java.time.Instant;

/**
 * A conversation as the inbox lists it.
 */
public record InboxEntry(long id, Long poolId, boolean personal, String contactNumber, Long personId,
        Instant lastActivityAt, String lastPreview, String lastDirection, int unreadCount) {
}
