package org.campussms.conversation.domain;

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
