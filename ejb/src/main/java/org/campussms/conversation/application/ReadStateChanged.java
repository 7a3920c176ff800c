package org.campussms.conversation.application;

import java.time.Instant;

/**
 * A staff user marked a conversation read or unread (fired in that transaction). The unread count is the
 * conversation's, shared by everyone who sees it.
 *
 * @param poolId           the conversation's pool, null for a personal number's
 * @param ownerStaffUserId the personal number's owner, null for a pool's
 */
public record ReadStateChanged(long conversationId, Long poolId, Long ownerStaffUserId, int unreadCount,
        long byStaffUserId, Instant at) {
}
