package org.campussms.conversation.application;

import java.time.Instant;
import org.campussms.conversation.domain.SavedReply;

/** A saved reply as the composer lists it; {@code poolId} null for the caller's own. */
public record SavedReplyView(long id, Long poolId, String title, String body, Instant updatedAt) {

    static SavedReplyView of(SavedReply r) {
        return new SavedReplyView(r.getId(), r.getPoolId(), r.getTitle(), r.getBody(), r.getUpdatedAt());
    }
}
