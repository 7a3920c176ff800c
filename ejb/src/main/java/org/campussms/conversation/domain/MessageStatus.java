package org.campussms.conversation.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Where an outgoing message is. Statuses only move forward: a late "sent" callback never overwrites "delivered".
 */
public enum MessageStatus {
    QUEUED(0),
    SENDING(1),
    SENT(2),
    DELIVERED(3),
    UNDELIVERED(3),
    FAILED(3),
    FELL_BACK_TO_EMAIL(4);

    private final int rank;

    MessageStatus(int rank) {
        this.rank = rank;
    }

    public boolean isFinal() {
        return rank >= 3;
    }

    /** Whether a report of {@code next} may replace this status. */
    public boolean mayBecome(MessageStatus next) {
        return next.rank > rank;
    }

    /** The statuses a report of this one may replace. */
    public List<MessageStatus> replaces() {
        return Arrays.stream(values()).filter(s -> s.mayBecome(this)).toList();
    }

    /** Twilio's status names (queued, accepted, sending, sent, delivered, undelivered, failed, ...). */
    public static MessageStatus fromTwilio(String status) {
        return switch (status == null ? "" : status) {
            case "accepted", "queued", "scheduled" -> QUEUED;
            case "sending" -> SENDING;
            case "sent" -> SENT;
            case "delivered", "read" -> DELIVERED;
            case "undelivered" -> UNDELIVERED;
            case "failed", "canceled" -> FAILED;
            default -> throw new IllegalArgumentException("Unknown MessageStatus " + status);
        };
    }
}
