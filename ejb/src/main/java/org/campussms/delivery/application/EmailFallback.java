package org.campussms.delivery.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.email.application.EmailOutbox;
import org.campussms.email.application.EmailRecords;
import org.campussms.email.domain.FallbackTriggers;

/**
 * Sends a text's message by email when it cannot go (or did not get through) by SMS, and marks the text so. The
 * decision, the queued email and its queue entry commit in the caller's transaction (REQUIRED): a rolled-back
 * decision sends no mail, a committed one is sent behind the queue even if the server stops meanwhile.
 *
 * <p>Callers: the hand-off steps and status reports ({@link DeliveryWorker}), and the outbound dispatcher for a
 * recipient found opted out right before the carrier call.
 */
@Stateless
// Runs for the queue consumers and the carrier's webhooks, which have no caller identity.
@PermitAll
public class EmailFallback {

    private static final Logger LOG = Logger.getLogger(EmailFallback.class.getName());

    @Inject
    private OutboundTexts messages;

    @Inject
    private EmailRecords emails;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private Clock clock;

    /**
     * Emails this text's message to its person instead: the text becomes FELL_BACK_TO_EMAIL with {@code reason}
     * as its error message (its carrier error code stays), and the conversation shows the email. Without an
     * address the text stays (or becomes) FAILED, its error message ending in "no email address".
     *
     * <p>Idempotent: a text that was delivered, or already has its email, is left as it is. Locks the text until the
     * caller's transaction ends, so two triggers at once (a rejection and a callback) email once.
     *
     * @return whether the message goes (or went) by email
     */
    public boolean fallBack(long outboundMessageId, String reason) {
        Optional<OutboundMessage> found = messages.lockAll(List.of(outboundMessageId)).stream().findFirst();
        if (found.isEmpty()) {
            LOG.warning(() -> "No outbound message " + outboundMessageId + " to email (" + reason + ")");
            return false;
        }
        OutboundMessage message = found.get();
        if (message.getStatus() == MessageStatus.FELL_BACK_TO_EMAIL
                || emails.findByOutbound(outboundMessageId).isPresent()) {
            return true;
        }
        if (message.getStatus() == MessageStatus.DELIVERED) {
            return false;
        }
        Instant now = clock.instant();
        if (message.getPersonId() == null || outbox.queue(new EmailOutbox.Standing(message.getId(),
                        message.getConversationId(), message.getBulkSendId(), message.getPoolId()),
                message.getPersonId(), message.getBody(), reason, now).isEmpty()) {
            message.notDeliverable(reason + "; " + FallbackTriggers.NO_EMAIL_ADDRESS, now);
            return false;
        }
        message.fellBackToEmail(reason, now);
        return true;
    }
}
