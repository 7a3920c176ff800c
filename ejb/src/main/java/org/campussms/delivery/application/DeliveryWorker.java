package org.campussms.delivery.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.infrastructure.ConversationRepository;
import org.campussms.delivery.domain.Claim;
import org.campussms.delivery.domain.HandOff;
import org.campussms.platform.Settings;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * The steps of handing a message to the carrier. Each step commits on its own (REQUIRES_NEW) because the carrier
 * call between them is not transactional: once a message is claimed (SENDING) no other delivery of its JMS message
 * hands it off again, so a redelivered JMS message never produces a second text.
 */
@Stateless
// Runs for the queue consumer, which has no caller identity.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @Inject
    private ConversationRepository messages;

    @Inject
    private PoolRepository pools;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** Claims a queued message for one hand-off attempt. */
    public Claim claim(long messageId) {
        Optional<OutboundMessage> found = messages.findOutboundLocked(messageId);
        if (found.isEmpty()) {
            LOG.warning(() -> "Outbound message " + messageId + " does not exist; dropping its queue entry");
            return new Claim.Nothing();
        }
        OutboundMessage message = found.get();
        SenderNumber sender = pools.findSender(message.getSenderNumberId()).orElseThrow();
        if (message.getStatus() == MessageStatus.QUEUED && !sender.isActive()) {
            return new Claim.SenderNotReady();
        }
        if (!message.startSending(sender.getNumber(), clock.instant())) {
            LOG.fine(() -> "Outbound message " + messageId + " is " + message.getStatus() + "; not handed off again");
            return new Claim.Nothing();
        }
        return new Claim.Ready(new HandOff(message.getId(), sender.getNumber().e164(), message.getTo().e164(),
                message.getSentText(), message.getSegments(), sender.getSegmentsPerSecond(),
                settings.publicBaseUrl() + "/webhooks/twilio/status?message=" + message.getId()));
    }

    public void accepted(long messageId, String sid) {
        messages.recordCarrierSid(messageId, sid, clock.instant());
    }

    /** Back to the queue: the carrier could not take it now. */
    public void postponed(long messageId, Integer code, String reason) {
        messages.findOutbound(messageId).ifPresent(m -> m.handOffPostponed(code, reason, clock.instant()));
    }

    public void rejected(long messageId, Integer code, String reason) {
        messages.findOutbound(messageId).ifPresent(m -> m.failed(code, reason, clock.instant()));
    }

    /** The queue gave up on the message after its last retry. */
    public void abandoned(long messageId) {
        messages.findOutbound(messageId)
                .filter(m -> m.getStatus() == MessageStatus.QUEUED || m.getStatus() == MessageStatus.SENDING)
                .ifPresent(m -> m.failed(m.getErrorCode(), "Gave up after " + m.getAttempts()
                        + " attempts: " + m.getErrorMessage(), clock.instant()));
    }

    /**
     * A status callback from the carrier. Returns false when the message is unknown.
     */
    public boolean statusReported(long messageId, String sid, MessageStatus status, Integer errorCode) {
        // A late report ("sent" after "delivered") changes nothing but is still a report of a known message.
        return messages.applyStatusReport(messageId, sid, status, status.replaces(), errorCode, clock.instant())
                || messages.outboundExists(messageId, sid);
    }
}
