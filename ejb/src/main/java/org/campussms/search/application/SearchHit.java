package org.campussms.search.application;

import java.time.Instant;

/**
 * A text or reply that history search found, with where it is: open its conversation at it.
 *
 * @param direction OUTBOUND for a text staff sent, INBOUND for a reply, NOTE for a note staff wrote
 */
public record SearchHit(String direction, long messageId, long conversationId, Long poolId, String poolName,
        Long personId, String contactNumber, String body, Instant at) {
}
