package org.campussms.conversation.application;

import java.util.List;

/**
 * The badges of the inbox's views: conversations that need a reply (the contact wrote last) and unread ones, in all,
 * per pool, and of the personal number.
 */
public record InboxCounts(long needsReply, long unread, long personalNeedsReply, long personalUnread,
        List<PoolCounts> pools) {

    public record PoolCounts(long poolId, String poolName, long needsReply, long unread) {
    }
}
