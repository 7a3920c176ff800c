package org.campussms.email.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.email.domain.EmailMessage;

/**
 * What other contexts read of the emails sent in place of texts: by text, by conversation and by bulk send.
 */
public interface EmailRecords {

    /** The email that stands in for this text, if there is one. */
    Optional<EmailMessage> findByOutbound(long outboundMessageId);

    List<EmailMessage> ofConversation(long conversationId);

    /** The emails sent instead of texts in any of these conversations, oldest first, in one query. */
    List<EmailMessage> ofConversations(Collection<Long> conversationIds);

    /** How many emails of the bulk send (fallbacks and recipients planned for email) are in each status. */
    Map<EmailMessage.Status, Long> statusCountsOfBulk(long bulkSendId);
}
