package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.conversation.application.OutboundView;
import org.campussms.email.application.EmailView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OutboundMessage")
@Description("A text we send and where it is, or (channel EMAIL) the email sent instead of a text: then `to` and "
        + "`emailAddress` are the person's address, `id` is \"email-\" and the email's number, `insteadOfMessageId` "
        + "the text it stands in for, segments 0, encoding EMAIL, and status QUEUED, SENT or FAILED.")
public record OutboundMessage(
        @Id @NonNull String id,
        @NonNull Channel channel,
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
        @NonNull Instant createdAt,
        @Description("Where an EMAIL went.") String emailAddress,
        @Id @Description("For an EMAIL, the text it was sent instead of (none for a bulk send's recipient without a "
                + "mobile).") String insteadOfMessageId) {

    @Enum("Channel")
    public enum Channel {
        SMS, EMAIL
    }

    @Enum("MessageStatus")
    public enum Status {
        QUEUED, SENDING, SENT, DELIVERED, UNDELIVERED, FAILED, FELL_BACK_TO_EMAIL
    }

    static OutboundMessage of(OutboundView m) {
        return new OutboundMessage(String.valueOf(m.id()), Channel.SMS, String.valueOf(m.conversationId()), m.from(),
                m.to(), m.body(), m.sentText(), m.footerAppended(), m.segments(), m.encoding(),
                Status.valueOf(m.status().name()), m.errorCode(), m.errorMessage(), m.createdAt(), null, null);
    }

    static OutboundMessage ofEmail(EmailView e) {
        return new OutboundMessage("email-" + e.id(), Channel.EMAIL, String.valueOf(e.conversationId()), null, e.to(),
                e.body(), e.body(), false, 0, "EMAIL", Status.valueOf(e.status()), null, e.errorMessage(),
                e.createdAt(), e.to(), e.outboundMessageId() == null ? null : e.outboundMessageId().toString());
    }
}
