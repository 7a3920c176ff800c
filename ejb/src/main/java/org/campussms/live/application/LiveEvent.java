package org.campussms.live.application;

import java.time.Instant;
import java.util.Set;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.conversation.application.InboundView;
import org.campussms.conversation.application.OutboundView;

/**
 * One change a live inbox shows; of the payloads, the one its kind names is set.
 *
 * @param conversationId the conversation it happened in; null for a consent change
 * @param unreadCount    for READ and UNREAD: the conversation's unread count now
 * @param byStaffUserId  for READ and UNREAD: who marked it; for ASSIGNED: who assigned it (null: nobody, as when
 *                       its assignee left the pool); for NOTE and MENTION: who wrote the note
 * @param aboutStaffUserId for ASSIGNED: who has the conversation now (null: nobody); for MENTION: who was mentioned
 */
public record LiveEvent(Kind kind, Audience audience, Instant at, Long conversationId, InboundView reply,
        OutboundView text, Integer unreadCount, Long byStaffUserId, ConsentEventView consent,
        Long aboutStaffUserId) {

    public enum Kind { REPLY, TEXT_STATUS, READ, UNREAD, CONSENT, ASSIGNED, NOTE, MENTION }

    /** A change about no staff user in particular. */
    public LiveEvent(Kind kind, Audience audience, Instant at, Long conversationId, InboundView reply,
            OutboundView text, Integer unreadCount, Long byStaffUserId, ConsentEventView consent) {
        this(kind, audience, at, conversationId, reply, text, unreadCount, byStaffUserId, consent, null);
    }

    /**
     * Who may see a change besides institution admins: everyone, or a pool's members, or some staff users (a
     * personal number's owner).
     */
    public record Audience(boolean everyone, Long poolId, Set<Long> staffUserIds) {

        public Audience {
            staffUserIds = Set.copyOf(staffUserIds);
        }

        public static Audience of(Long poolId, Long ownerStaffUserId) {
            return new Audience(false, poolId, ownerStaffUserId == null ? Set.of() : Set.of(ownerStaffUserId));
        }

        boolean admits(LiveFeed.Listener listener) {
            return everyone || listener.institutionAdmin()
                    || (poolId != null && listener.poolIds().contains(poolId))
                    || staffUserIds.contains(listener.staffUserId());
        }
    }
}
