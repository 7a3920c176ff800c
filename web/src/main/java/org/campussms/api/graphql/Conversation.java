package org.campussms.api.graphql;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.campussms.conversation.application.ConversationView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Conversation")
@Description("A sender number and a contact's phone. Its messages are the texts in order, with the emails sent "
        + "instead of some of them (channel EMAIL) in their place.")
public record Conversation(
        @Id @NonNull String id,
        @Id String poolId,
        String ourNumber,
        @NonNull String contactNumber,
        @Id String personId,
        @NonNull Instant lastActivityAt,
        int unreadCount,
        @Description("Who has the conversation; null: nobody (a personal number's is its owner's).")
        StaffName assignee,
        @NonNull List<@NonNull OutboundMessage> messages,
        @NonNull List<@NonNull InboundMessage> replies) {

    static Conversation of(ConversationView view) {
        return new Conversation(String.valueOf(view.id()), view.poolId() == null ? null : view.poolId().toString(),
                view.ourNumber(), view.contact(), view.personId() == null ? null : view.personId().toString(),
                view.lastActivityAt(), view.unreadCount(), StaffName.of(view.assignee()),
                Stream.concat(view.messages().stream().map(OutboundMessage::of),
                        view.emails().stream().map(OutboundMessage::ofEmail))
                        // Stable: a text and the email sent instead of it at the same instant keep that order.
                        .sorted(Comparator.comparing(OutboundMessage::createdAt))
                        .toList(),
                view.replies().stream().map(InboundMessage::of).toList());
    }
}
