package org.campussms.conversation.application;

import java.time.Instant;

/**
 * What the inbox shows: all fields optional. {@code direction} is the direction of the last message
 * (INBOUND: the contact wrote last, i.e. it needs a reply); {@code personalOnly}: only the caller's personal number;
 * {@code personId}: only conversations with that person; {@code mine}: those the caller has (assigned to them, or
 * of their personal number); {@code unassigned}: pools' conversations nobody has.
 */
public record InboxFilter(Long poolId, Boolean unreadOnly, String direction, Instant since, Instant until,
        String contactNumber, Boolean personalOnly, Long personId, Boolean mine, Boolean unassigned) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** Every conversation with the person. */
    public static InboxFilter withPerson(long personId) {
        return new InboxFilter(null, null, null, null, null, null, null, personId, null, null);
    }
}
