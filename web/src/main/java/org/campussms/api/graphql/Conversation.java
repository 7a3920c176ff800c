package org.campussms.api.graphql;

import java.time.Instant;
import java.util.List;
import org.campussms.conversation.application.ConversationView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Conversation")
public record Conversation(
        @Id @NonNull String id,
        @Id String poolId,
        String ourNumber,
        @NonNull String contactNumber,
        @Id String personId,
        @NonNull Instant lastActivityAt,
        int unreadCount,
        @NonNull List<@NonNull OutboundMessage> messages,
        @NonNull List<@NonNull InboundMessage> replies) {

    static Conversation of(ConversationView view) {
        return new Conversation(String.valueOf(view.id()), view.poolId() == null ? null : view.poolId().toString(),
                view.ourNumber(), view.contact(), view.personId() == null ? null : view.personId().toString(),
                view.lastActivityAt(), view.unreadCount(), view.messages().stream().map(OutboundMessage::of).toList(),
                view.replies().stream().map(InboundMessage::of).toList());
    }
}
