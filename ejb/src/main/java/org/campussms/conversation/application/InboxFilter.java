package org.campussms.conversation.application;

import java.time.Instant;

/**
 * What the inbox shows: all fields optional. {@code direction} is the direction of the last message
 * (INBOUND: the contact wrote last, i.e. it needs a reply).
 */
public record InboxFilter(Long poolId, Boolean unreadOnly, String direction, Instant since, Instant until,
        String contactNumber) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null);
    }
}
