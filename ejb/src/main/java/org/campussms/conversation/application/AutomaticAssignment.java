package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.campussms.conversation.infrastructure.ConversationStore;
import org.campussms.pool.application.MembershipChanged;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;

/**
 * The assignments nobody asks for: a member's text to an unassigned conversation of a pool gives it to them (unless
 * the pool turned that off), so colleagues see it is taken; and a member who leaves a pool no longer has its
 * conversations. Each in the transaction of what caused it.
 */
@ApplicationScoped
class AutomaticAssignment {

    @Inject
    private ConversationStore conversations;

    @Inject
    private PoolLookup pools;

    @Inject
    private Event<AssignmentChanged> changes;

    @Inject
    private Clock clock;

    /** After {@code staffUserId} queued a text in the pool's conversation (an institution admin may be no member). */
    void answered(Pool pool, long conversationId, long staffUserId) {
        if (!pool.assignsOnAnswer() || pools.findMember(pool.getId(), staffUserId).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        if (conversations.assignIfUnassigned(conversationId, staffUserId, now)) {
            changes.fire(new AssignmentChanged(conversationId, pool.getId(), staffUserId, staffUserId, now));
        }
    }

    void membershipChanged(@Observes MembershipChanged change) {
        if (pools.findMember(change.poolId(), change.staffUserId()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        for (long conversationId : conversations.unassignAll(change.poolId(), change.staffUserId())) {
            changes.fire(new AssignmentChanged(conversationId, change.poolId(), null, null, now));
        }
    }
}
