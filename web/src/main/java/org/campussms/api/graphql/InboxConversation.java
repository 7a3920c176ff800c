package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.conversation.application.InboxRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InboxConversation")
@Description("A conversation as the inbox lists it, ready to show; open it with conversation(id) or its timeline.")
public record InboxConversation(
        @Id @NonNull String id,
        @Id String poolId,
        @Description("The pool's name; null for the caller's personal number.") String poolName,
        @Description("True for the caller's personal number.") boolean personal,
        @NonNull String contactNumber,
        @Id String personId,
        @Description("Who the conversation is with; null when the number is not one person's (see candidates).")
        Contact contact,
        @Description("When contact is null: how many people have the number on file (0: unknown, 2 or more: "
                + "namesakes or a shared phone).") int candidates,
        @NonNull Instant lastActivityAt,
        String lastMessage,
        @Description("INBOUND when the contact wrote last: it needs a reply.") Direction lastDirection,
        @Description("The status of the newest text sent in the conversation.")
        OutboundMessage.Status lastStatus,
        int unreadCount,
        @Description("Who has the conversation; null: nobody (a personal number's is its owner's).")
        StaffName assignee) {

    static InboxConversation of(InboxRow row) {
        return new InboxConversation(String.valueOf(row.id()), row.poolId() == null ? null : row.poolId().toString(),
                row.poolName(), row.personal(), row.contactNumber(),
                row.contact() == null ? null : String.valueOf(row.contact().personId()),
                row.contact() == null ? null : Contact.of(row.contact()), row.candidates(), row.lastActivityAt(),
                row.lastPreview(), row.lastDirection() == null ? null : Direction.valueOf(row.lastDirection()),
                row.lastStatus() == null ? null : OutboundMessage.Status.valueOf(row.lastStatus().name()),
                row.unreadCount(), StaffName.of(row.assignee()));
    }
}
