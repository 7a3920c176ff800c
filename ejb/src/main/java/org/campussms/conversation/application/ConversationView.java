package org.campussms.conversation.application;

import java.time.Instant;
import java.util.List;
import org.campussms.email.application.EmailView;

/**
 * A conversation with its messages in order: what we sent, the emails sent instead of some of those texts, and
 * what the contact sent us (replies). {@code assignee}: who has it (null: nobody, or a personal number's owner).
 */
public record ConversationView(long id, Long poolId, String ourNumber, String contact, Long personId,
        Instant lastActivityAt, int unreadCount, StaffName assignee, List<OutboundView> messages,
        List<EmailView> emails, List<InboundView> replies) {
}
