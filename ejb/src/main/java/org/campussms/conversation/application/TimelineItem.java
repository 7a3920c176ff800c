package org.campussms.conversation.application;

import java.time.Instant;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.email.application.EmailView;

/**
 * One entry of a conversation's timeline; of the payloads, the one its kind names is set.
 *
 * @param conversationId null for a consent event of a person's timeline
 * @param sentByName     for a TEXT: the staff member who sent it (null for an automatic reply to a keyword)
 */
public record TimelineItem(Kind kind, Instant at, long id, Long conversationId, OutboundView text,
        Long sentByStaffUserId, String sentByName, EmailView email, InboundView reply, ConsentEventView consent,
        NoteView note) {

    /** In this order among entries of the same instant. */
    public enum Kind { TEXT, REPLY, EMAIL, CONSENT, NOTE }

    /** Whether this entry comes before {@code other} in the timeline. */
    boolean before(Instant otherAt, Kind otherKind, long otherId) {
        int byTime = at.compareTo(otherAt);
        if (byTime != 0) {
            return byTime < 0;
        }
        int byKind = kind.compareTo(otherKind);
        return byKind != 0 ? byKind < 0 : id < otherId;
    }
}
