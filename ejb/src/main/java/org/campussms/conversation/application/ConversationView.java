package org.campussms.conversation.application;

import java.time.Instant;
import java.util.List;

/**
 * A conversation with its messages in order.
 */
public record ConversationView(long id, Long poolId, String ourNumber, String contact, Long personId,
        Instant lastActivityAt, List<OutboundView> messages) {
}
