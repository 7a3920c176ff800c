package org.campussms.api.graphql;

import java.util.List;
import org.campussms.conversation.application.InboxCounts;
import org.campussms.conversation.application.InboxPage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The inbox's page and badge types. */
final class InboxTypes {

    private InboxTypes() {
    }

    @Type("InboxPage")
    @Description("One page of the inbox; pass nextCursor as after for the next one (null: no more).")
    public record Page(@NonNull List<@NonNull InboxConversation> rows, String nextCursor) {

        static Page of(InboxPage page) {
            return new Page(page.rows().stream().map(InboxConversation::of).toList(), page.nextCursor());
        }
    }

    @Type("InboxCounts")
    @Description("The badges of the inbox's views: conversations needing a reply (the contact wrote last) and "
            + "unread ones, in all, of the personal number, and per pool the caller sees; mineUnread: unread ones the "
            + "caller has; unassignedNeedsReply: pools' conversations needing a reply that nobody has.")
    public record Counts(long needsReply, long unread, long personalNeedsReply, long personalUnread,
            long mineUnread, long unassignedNeedsReply, @NonNull List<@NonNull PoolCounts> pools) {

        static Counts of(InboxCounts counts) {
            return new Counts(counts.needsReply(), counts.unread(), counts.personalNeedsReply(),
                    counts.personalUnread(), counts.mineUnread(), counts.unassignedNeedsReply(), counts.pools().stream()
                    .map(p -> new PoolCounts(String.valueOf(p.poolId()), p.poolName(), p.needsReply(), p.unread()))
                    .toList());
        }
    }

    @Type("PoolCounts")
    public record PoolCounts(@Id @NonNull String poolId, @NonNull String poolName, long needsReply, long unread) {
    }
}
