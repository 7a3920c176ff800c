package org.campussms.email.application;

import java.time.Instant;
import org.campussms.email.domain.EmailMessage;

/**
 * An email sent instead of a text, as staff see it in the conversation.
 */
public record EmailView(long id, Long conversationId, Long outboundMessageId, String to, String subject, String body,
        String reason, String status, String errorMessage, Instant createdAt, Instant sentAt) {

    public static EmailView of(EmailMessage e) {
        return new EmailView(e.getId(), e.getConversationId(), e.getOutboundMessageId(), e.getTo(), e.getSubject(),
                e.getBody(), e.getReason(), e.getStatus().name(), e.getErrorMessage(), e.getCreatedAt(),
                e.getSentAt());
    }
}
