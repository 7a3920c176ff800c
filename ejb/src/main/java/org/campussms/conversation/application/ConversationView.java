package org.campussms.conversation.application;

import java.time.Instant;
import java.util.List;
import org.campussms.email.application.EmailView;

/**
 * A conversation with its messages in order, and the emails sent instead of some of them (also in order).
 */
public record ConversationView(long id, Long poolId, String ourNumber, String contact, Long personId,
        Instant lastActivityAt, List<OutboundView> messages, List<EmailView> emails) {
}
