package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.conversation.application.InboxEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InboxConversation")
@Description("A conversation as the inbox lists it; open it with conversation(id).")
public record InboxConversation(
        @Id @NonNull String id,
        @Id String poolId,
        @Description("True for the caller's personal number.") boolean personal,
        @NonNull String contactNumber,
        @Id String personId,
        @NonNull Instant lastActivityAt,
        String lastMessage,
        @Description("INBOUND when the contact wrote last: it needs a reply.") Direction lastDirection,
        int unreadCount) {

    static InboxConversation of(InboxEntry e) {
        return new InboxConversation(String.valueOf(e.id()), e.poolId() == null ? null : e.poolId().toString(),
                e.personal(), e.contactNumber(), e.personId() == null ? null : e.personId().toString(),
                e.lastActivityAt(), e.lastPreview(),
                e.lastDirection() == null ? null : Direction.valueOf(e.lastDirection()), e.unreadCount());
    }
}
