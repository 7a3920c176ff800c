package org.campussms.delivery.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.domain.StatusReport;
import org.campussms.delivery.domain.Claim;
import org.campussms.delivery.domain.HandOff;
import org.campussms.delivery.domain.Retry;
import org.campussms.delivery.domain.RetryBackoff;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Settings;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.SenderNumber;

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
    private OutboundTexts messages;

    @Inject
    private PoolLookup pools;

    @Inject
    private Settings settings;

    @Inject
    private ConsentService consent;

    @Inject
    private Clock clock;

    @Inject
    private EmailFallback emailFallback;

    /**
     * Claims these queued messages for one hand-off attempt each, in one transaction: those QUEUED whose sender is
     * active become SENDING and come back ready; the rest (gone, handed off already, failed) are left alone.
     */
    public Claim claim(List<Long> messageIds) {
        List<OutboundMessage> found = messages.lockAll(messageIds);
        if (found.size() < messageIds.size()) {
            LOG.warning(() -> (messageIds.size() - found.size()) + " of the outbound messages " + messageIds
                    + " do not exist; dropping their queue entries");
        }
        Map<Long, SenderNumber> senders = new HashMap<>();
        Map<ConsentScope, Set<PhoneNumber>> optedOut = optedOut(found);
        List<HandOff> ready = new ArrayList<>(found.size());
        List<OutboundMessage> claimed = new ArrayList<>(found.size());
        List<Long> senderNotReady = new ArrayList<>();
        Instant now = clock.instant();
        for (OutboundMessage message : found) {
            SenderNumber sender = senders.computeIfAbsent(message.getSenderNumberId(),
                    id -> pools.findSender(id).orElseThrow());
            ConsentScope scope = consentScope(message);
            if (message.getStatus() == MessageStatus.QUEUED && sender.isFailed()) {
                emailFallback.fallBack(message.getId(), FallbackTriggers.PERSONAL_NUMBER_FAILED);
            } else if (message.getStatus() == MessageStatus.QUEUED && !sender.isActive()) {
                senderNotReady.add(message.getId());
            } else if (message.getStatus() == MessageStatus.QUEUED && !message.isComplianceReply()
                    && optedOut.get(scope).contains(message.getTo())) {
                optedOutOrEmailed(message, now);
            } else if (message.startSending(sender.getNumber(), now)) {
                claimed.add(message);
                ready.add(new HandOff(message.getId(), sender.getNumber().e164(), message.getTo().e164(),
                        message.getSentText(), message.getSegments(), sender.getSegmentsPerSecond(),
                        settings.publicBaseUrl() + "/webhooks/twilio/status?message=" + message.getId(), scope,
                        message.isComplianceReply()));
            } else {
                LOG.fine(() -> "Outbound message " + message.getId() + " is " + message.getStatus()
                        + "; not handed off again");
            }
        }
        messages.saveHandOffStateAndDetach(claimed);
        return new Claim(ready, senderNotReady);
    }

    /** The recipients among these messages who have opted out of their sender, by sender: a query per sender. */
    private Map<ConsentScope, Set<PhoneNumber>> optedOut(List<OutboundMessage> batch) {
        Map<ConsentScope, List<PhoneNumber>> recipients = new HashMap<>();
        batch.forEach(m -> recipients.computeIfAbsent(consentScope(m), s -> new ArrayList<>()).add(m.getTo()));
        Map<ConsentScope, Set<PhoneNumber>> blocked = new HashMap<>();
        recipients.forEach((scope, to) -> blocked.put(scope, consent.blocked(to, scope)));
        return blocked;
    }

    private static ConsentScope consentScope(OutboundMessage message) {
        return message.getPoolId() != null ? ConsentScope.pool(message.getPoolId())
                : ConsentScope.personalNumber(message.getSenderNumberId());
    }

    /** The recipient opted out between the claim and the carrier call (seen in memory right before it). */
    public void optedOutAtHandOff(long messageId) {
        messages.find(messageId).ifPresent(m -> optedOutOrEmailed(m, clock.instant()));
    }

    /** An opted-out recipient gets the message by email instead; without an address it fails as opted out. */
    private void optedOutOrEmailed(OutboundMessage message, Instant now) {
        if (!emailFallback.fallBack(message.getId(), FallbackTriggers.OPTED_OUT)) {
            message.optedOut(now);
        }
    }

    /** The carrier took these messages: their sids by message id. */
    public void accepted(Map<Long, String> sids) {
        messages.recordCarrierSids(sids, clock.instant());
    }

    /** Back to the queue until their rate-limit slots (by message id). */
    public void waitForSlots(Map<Long, Instant> slots) {
        Instant now = clock.instant();
        messages.findAll(slots.keySet()).forEach(m -> m.waitForSlot(slots.get(m.getId()), now));
    }

    /**
     * The carrier could not take these texts now (or was not asked, after an earlier text of their batch failed):
     * back to the queue, tried again after a backoff that grows with their attempts ({@link RetryBackoff}). A text
     * the carrier has been failing for longer than the outage budget goes by email instead, saying why (without an
     * address it fails, saying why).
     *
     * @return the texts to try again, and when
     */
    public Retry carrierUnavailable(Collection<Long> messageIds, Integer code, String reason) {
        Instant now = clock.instant();
        Duration budget = settings.outageBudget();
        List<OutboundMessage> found = messages.findAll(messageIds);
        int attempts = found.stream().mapToInt(OutboundMessage::getAttempts).max().orElse(1);
        long delayMillis = RetryBackoff.delayMillis(attempts, ThreadLocalRandom.current());
        List<Long> retry = new ArrayList<>(found.size());
        for (OutboundMessage message : found) {
            message.carrierUnavailable(code, reason, now.plusMillis(delayMillis), now);
            if (message.getStatus() != MessageStatus.QUEUED) {
                continue;
            }
            if (message.failingLongerThan(budget, now)) {
                emailFallback.fallBack(message.getId(), FallbackTriggers.carrierOutage(budget, code, reason));
            } else {
                retry.add(message.getId());
            }
        }
        return new Retry(retry, delayMillis);
    }

    /** The carrier gave no clear answer to this hand-off: the text stays SENDING until the reconciler asks. */
    public void noAnswer(long messageId, Integer code, String reason) {
        messages.find(messageId).ifPresent(m -> m.noAnswer(code, reason, clock.instant()));
    }

    /**
     * The carrier refused the message for good. 21610 (the recipient unsubscribed at the carrier) is evidence of an
     * opt-out and is recorded as one at once; an invalid or unsubscribed number gets the message by email instead.
     */
    public void rejected(long messageId, Integer code, String reason) {
        messages.find(messageId).ifPresent(m -> {
            m.failed(code, reason, clock.instant());
            if (Integer.valueOf(ConsentService.CARRIER_UNSUBSCRIBED).equals(code)) {
                consent.carrierOptOut(m.getTo(), consentScope(m), code, clock.instant());
            }
        });
        // Email fallback: in this transaction, so the failure and the queued email commit together.
        FallbackTriggers.forRejection(code).ifPresent(why -> emailFallback.fallBack(messageId, why));
    }

    /**
     * The queue gave up on these texts after its last redelivery (the database or the broker away for longer than
     * the outage budget): those still queued go by email, saying why. A SENDING text is left to the reconciler: the
     * carrier may have it.
     */
    public void abandoned(Collection<Long> messageIds) {
        messages.findAll(messageIds).stream()
                .filter(m -> m.getStatus() == MessageStatus.QUEUED)
                .forEach(m -> emailFallback.fallBack(m.getId(), FallbackTriggers.handOffAbandoned(m.getAttempts(),
                        m.getErrorMessage())));
    }

    /**
     * Status callbacks from the carrier, applied in one transaction in their order (see {@link StatusCallbacks}).
     * An undelivered or failed text whose carrier code means an unreachable or unknown handset goes by email instead,
     * in this transaction.
     *
     * @return per report, whether it is about a message of ours (false: no message with its id and sid)
     */
    public List<Boolean> statusesReported(List<StatusReport> reports) {
        List<StatusReport.Outcome> outcomes = messages.applyStatusReports(reports, clock.instant());
        List<Boolean> known = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            StatusReport report = reports.get(i);
            StatusReport.Outcome outcome = outcomes.get(i);
            if (outcome == StatusReport.Outcome.APPLIED && (report.status() == MessageStatus.UNDELIVERED
                    || report.status() == MessageStatus.FAILED)) {
                FallbackTriggers.forUndelivered(report.errorCode())
                        .ifPresent(why -> emailFallback.fallBack(report.messageId(), why));
            }
            // A late report ("sent" after "delivered") changes nothing but is still about a known message.
            known.add(outcome != StatusReport.Outcome.UNKNOWN_MESSAGE);
        }
        return known;
    }
}
