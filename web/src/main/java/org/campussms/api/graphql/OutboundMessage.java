package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.conversation.application.OutboundView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OutboundMessage")
@Description("A text we send and where it is.")
public record OutboundMessage(
        @Id @NonNull String id,
        @Id @NonNull String conversationId,
        @Description("Null while the personal number it goes out from is still being bought.") String from,
        @NonNull String to,
        @NonNull @Description("What the sender wrote.") String body,
        @NonNull @Description("What went to the carrier: the body and, when due, the footer.") String sentText,
        boolean footerAppended,
        int segments,
        @NonNull String encoding,
        @NonNull Status status,
        @Description("Twilio's error code, e.g. 21211 invalid number, 21610 unsubscribed.") Integer errorCode,
        String errorMessage,
        @NonNull Instant createdAt) {

    @Enum("MessageStatus")
    public enum Status {
        QUEUED, SENDING, SENT, DELIVERED, UNDELIVERED, FAILED, FELL_BACK_TO_EMAIL
    }

    static OutboundMessage of(OutboundView m) {
        return new OutboundMessage(String.valueOf(m.id()), String.valueOf(m.conversationId()), m.from(), m.to(),
                m.body(), m.sentText(), m.footerAppended(), m.segments(), m.encoding(),
                Status.valueOf(m.status().name()), m.errorCode(), m.errorMessage(), m.createdAt());
    }
}
