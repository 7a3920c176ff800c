package org.campussms.conversation.application;

import java.util.List;

/**
 * The badges of the inbox's views: conversations that need a reply (the contact wrote last) and unread ones, in all,
 * per pool, and of the personal number; unread ones the caller has ({@code mineUnread}) and those needing a reply
 * that nobody has ({@code unassignedNeedsReply}).
 */
public record InboxCounts(long needsReply, long unread, long personalNeedsReply, long personalUnread,
        long mineUnread, long unassignedNeedsReply, List<PoolCounts> pools) {

    public record PoolCounts(long poolId, String poolName, long needsReply, long unread) {
    }
}
