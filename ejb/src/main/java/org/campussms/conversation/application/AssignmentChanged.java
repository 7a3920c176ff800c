package org.campussms.conversation.application;

import java.time.Instant;

/**
 * A pool's conversation was given to a member, or to nobody (fired in that transaction): everyone who sees it is
 * told.
 *
 * @param assigneeStaffUserId who has it now; null: nobody
 * @param byStaffUserId       who gave it; null when no one did (its assignee left the pool)
 */
public record AssignmentChanged(long conversationId, long poolId, Long assigneeStaffUserId, Long byStaffUserId,
        Instant at) {
}
