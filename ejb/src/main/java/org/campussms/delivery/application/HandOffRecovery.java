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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.campussms.conversation.application.OutboundSmsCodec;
import org.campussms.conversation.application.OutboundSmsCodec.TextBatch;
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierMessage;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.platform.jms.JmsGateway;

/**
 * The steps of recovering hand-offs a crash or a silent carrier left unfinished, each in a transaction of its own
 * that holds the rows it works on ({@link HandOffReconciler} runs them).
 */
@Stateless
// Runs for the reconciliation timer, which has no caller identity.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HandOffRecovery {

    /** How many stale queued texts one step queues again. */
    static final int REQUEUE_LIMIT = 500;
    /**
     * How many unanswered hand-offs one step looks up: each is a carrier call of up to 15 s made while its row is
     * locked, and the step must end well inside the transaction timeout.
     */
    static final int LOOKUP_LIMIT = 10;
    /** A hand-off's call has ended by then, answered or not: the carrier's read timeout (15 s) and a margin. */
    static final Duration HAND_OFF_ENDED = Duration.ofSeconds(20);
    /** How many texts without a final status one step leases to ask the carrier about. */
    static final int STATUS_LIMIT = 50;
    /** A text still without a final status a day after it was queued stays as it is: the carrier has said enough. */
    private static final Duration UNCONFIRMED_FOR_AT_MOST = Duration.ofDays(1);
    /** How far before the claim the carrier's list is read: the carrier's clock and ours may differ a little. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);
    private static final int ENTRY_SIZE = 50;
    private static final Logger LOG = Logger.getLogger(HandOffRecovery.class.getName());

    @Inject
    private OutboundTexts messages;

    @Inject
    private Carrier carrier;

    @Inject
    private EmailFallback emailFallback;

    @Inject
    private JmsGateway queues;

    @Inject
    private Clock clock;

    @Inject
    private CarrierSilence silence;

    /**
     * Queues again texts left QUEUED without a queue entry since before {@code staleBefore}. The claim takes a text
     * once, so an entry that was not lost after all sends nothing twice.
     *
     * @return how many texts were queued again
     */
    public int requeueStale(Instant staleBefore) {
        List<Long> stale = messages.lockStaleQueued(staleBefore, REQUEUE_LIMIT);
        if (stale.isEmpty()) {
            return 0;
        }
        messages.requeued(stale, clock.instant());
        enqueue(stale);
        LOG.warning(() -> stale.size() + " queued texts had not been handed off since before " + staleBefore
                + "; queued again");
        return stale.size();
    }

    /**
     * Asks the carrier about texts claimed before {@code staleBefore} that have no sid: a text it has takes its sid
     * and status; one it does not have is queued again and sent once. When the carrier cannot be asked, the rest
     * wait for the next run.
     *
     * @return how many texts were settled
     */
    public int settleUnanswered(Instant staleBefore) {
        Instant now = clock.instant();
        if (!silence.settledAt(now)) {
            return 0;
        }
        // A hand-off whose call may still be under way may yet be taken: only those claimed before are looked up.
        Instant claimedBefore = now.minus(HAND_OFF_ENDED);
        List<OutboundMessage> unanswered = messages.lockUnanswered(
                staleBefore.isBefore(claimedBefore) ? staleBefore : claimedBefore, LOOKUP_LIMIT);
        Set<String> matched = new HashSet<>();
        List<Long> requeue = new ArrayList<>();
        int settled = 0;
        for (OutboundMessage message : unanswered) {
            List<CarrierMessage> listed;
            try {
                listed = carrier.sentSince(message.getSender().e164(), message.getTo().e164(),
                        message.getUpdatedAt().minus(CLOCK_MARGIN));
            } catch (CarrierUnavailable e) {
                silence.noAnswerAt(clock.instant());
                LOG.warning(() -> "Cannot ask the carrier about unanswered hand-offs now: " + e.getMessage());
                break;
            }
            settled++;
            Optional<CarrierMessage> copy = sameText(message, listed, matched);
            if (copy.isPresent()) {
                CarrierMessage found = copy.get();
                matched.add(found.sid());
                MessageStatus status = carrierStatus(found.status());
                message.foundAtCarrier(found.sid(), status, found.errorCode(), now);
                LOG.info(() -> "Unanswered hand-off of text " + message.getId() + " found at the carrier: "
                        + found.sid() + " " + found.status());
                if (status == MessageStatus.UNDELIVERED || status == MessageStatus.FAILED) {
                    FallbackTriggers.forUndelivered(found.errorCode())
                            .ifPresent(why -> emailFallback.fallBack(message.getId(), why));
                }
            } else {
                message.backToQueue(now);
                requeue.add(message.getId());
                LOG.info(() -> "Unanswered hand-off of text " + message.getId()
                        + " not at the carrier; queued again");
            }
        }
        enqueue(requeue);
        return settled;
    }

    /** The carrier's status as ours; one we do not track (or none) leaves the text SENDING, its status asked later. */
    private static MessageStatus carrierStatus(String status) {
        try {
            return status == null ? MessageStatus.SENDING : MessageStatus.fromTwilio(status);
        } catch (IllegalArgumentException e) {
            return MessageStatus.SENDING;
        }
    }

    /**
     * Leases handed-off texts whose final status has not come for a while (see
     * {@link OutboundTexts#leaseUnconfirmed}); the caller asks the carrier about them outside this
     * transaction.
     */
    public List<OutboundTexts.Unconfirmed> leaseUnconfirmed(Instant staleBefore) {
        Instant now = clock.instant();
        return messages.leaseUnconfirmed(staleBefore, now.minus(UNCONFIRMED_FOR_AT_MOST), STATUS_LIMIT, now);
    }

    /**
     * The oldest message the carrier lists with this text's exact content that is not already another text's: two
     * identical texts to one person are told apart by their sids.
     */
    private Optional<CarrierMessage> sameText(OutboundMessage message, List<CarrierMessage> listed,
            Set<String> matched) {
        List<CarrierMessage> candidates = listed.stream()
                .filter(c -> message.getSentText().equals(c.body()) && !matched.contains(c.sid()))
                .toList();
        Set<String> known = messages.knownSids(candidates.stream().map(CarrierMessage::sid).toList());
        return candidates.stream()
                .filter(c -> !known.contains(c.sid()))
                .min(Comparator.comparing(CarrierMessage::createdAt, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private void enqueue(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += ENTRY_SIZE) {
            queues.send(OutboundSmsCodec.INSTANCE, TextBatch.now(ids.subList(from, Math.min(ids.size(),
                    from + ENTRY_SIZE))));
        }
    }
}
