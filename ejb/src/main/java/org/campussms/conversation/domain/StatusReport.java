package org.campussms.conversation.domain;

import java.util.Objects;

/**
 * A carrier's report of what became of one of our messages (a status callback): the message by our id, the
 * carrier's sid for it, the new status and the carrier's error code, if any.
 */
public record StatusReport(long messageId, String sid, MessageStatus status, Integer errorCode) {

    public StatusReport {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(status, "status");
    }

    /** What a report did to its message. */
    public enum Outcome {
        /** The message moved on to the reported status. */
        APPLIED,
        /** The message is ours, but already as far or further (a late "sent" after "delivered"). */
        UNCHANGED,
        /** No message has this id, or it has another sid: the report is not about a message of ours. */
        UNKNOWN_MESSAGE
    }

    /**
     * The part of an outbound message that status reports change, read from the database and changed in memory by
     * the reports of a batch, in their order, so that the batch ends as applying them one by one would.
     */
    public static final class Target {

        private String sid;
        private MessageStatus status;
        private Integer errorCode;
        private boolean changed;

        public Target(String sid, MessageStatus status, Integer errorCode) {
            this.sid = sid;
            this.status = Objects.requireNonNull(status);
            this.errorCode = errorCode;
        }

        /** Applies the report if it is about this message (its sid, or none yet) and moves its status forward. */
        public Outcome apply(StatusReport report) {
            if (sid != null && !sid.equals(report.sid())) {
                return Outcome.UNKNOWN_MESSAGE;
            }
            if (!status.mayBecome(report.status())) {
                return Outcome.UNCHANGED;
            }
            sid = report.sid();
            status = report.status();
            if (report.errorCode() != null) {
                errorCode = report.errorCode();
            }
            changed = true;
            return Outcome.APPLIED;
        }

        public String sid() {
            return sid;
        }

        public MessageStatus status() {
            return status;
        }

        public Integer errorCode() {
            return errorCode;
        }

        /** Whether any report applied, so the message must be written. */
        public boolean changed() {
            return changed;
        }
    }
}
