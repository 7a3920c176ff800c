package org.campussms.delivery.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campussms.consent.application.OptOutGate;
import org.campussms.conversation.application.OutboundSmsCodec;
import org.campussms.conversation.application.OutboundSmsCodec.TextBatch;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.delivery.domain.CarrierUncertain;
import org.campussms.delivery.domain.Claim;
import org.campussms.delivery.domain.HandOff;
import org.campussms.delivery.domain.Retry;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.jms.JmsGateway;

/**
 * Hands an outbound queue entry's texts to the carrier at each sender number's rate, in the transaction of the
 * entry's delivery. The texts are claimed and their sids recorded a batch per transaction ({@link DeliveryWorker})
 * rather than one each. A text whose slot is more than a moment away goes back on the queue, scheduled for its
 * slot, so one busy number never holds up the others. Texts the carrier cannot take now come back later with backoff
 * (a queue entry of their own, scheduled); a hand-off without a clear answer waits for the reconciler. Only a failure
 * of our own (the database away) rolls the delivery back, for the broker to redeliver.
 */
@ApplicationScoped
public class OutboundDispatcher {

    private static final long MAX_INLINE_WAIT_MILLIS = 250;
    /**
     * How late a rescheduled text may still use its slot: a small part of the limiter's 10 % margin, so that even
     * late texts never put more than the limit into any 1-second window.
     */
    private static final long MAX_LATENESS_MILLIS = 25;
    /** How often a text waiting for its personal number being bought looks again. */
    private static final long SENDER_WAIT_MILLIS = 1000;

    @Inject
    private DeliveryWorker worker;

    @Inject
    private CarrierSilence silence;

    @Inject
    private SenderRateLimiter rateLimiter;

    @Inject
    private Carrier carrier;

    @Inject
    private OptOutGate optOutGate;

    @Inject
    private JmsGateway queues;

    @Inject
    private Clock clock;

    /** Claims the batch's texts and hands off those ready; those whose sender is being bought wait a moment. */
    public void dispatch(TextBatch batch) {
        Claim claim = worker.claim(batch.messageIds());
        for (long waiting : claim.senderNotReady()) {
            later(waiting, 0, SENDER_WAIT_MILLIS);
        }
        handOff(claim.ready(), claim.ready().size() == 1 ? batch.slotEpochMillis() : 0);
    }

    /**
     * Hands the claimed texts to the carrier one after the other, each at its slot; the sids are recorded together
     * at the end. Texts whose slot is too far away go back to the queue scheduled for it. When the carrier cannot
     * take a text, or gives no clear answer (a timeout, a 5xx), the rest of the batch goes back to the queue with
     * backoff: a failing carrier is asked once per batch, not once per text. A connection merely closed on one text
     * stops none of the others.
     */
    private void handOff(List<HandOff> batch, long reservedSlotMillis) {
        Map<Long, String> accepted = new LinkedHashMap<>();
        Map<Long, Long> postponed = new LinkedHashMap<>();
        try {
            for (int i = 0; i < batch.size(); i++) {
                HandOff handOff = batch.get(i);
                long slotMillis = reservedSlotMillis;
                long waitMillis = slotMillis - clock.millis();
                if (slotMillis == 0 || waitMillis < -MAX_LATENESS_MILLIS) {
                    // No slot yet, or came back too late to use it: sent now, it could crowd later slots' texts.
                    slotMillis = rateLimiter.reserve(handOff.from(), handOff.segments(), handOff.segmentsPerSecond(),
                            clock.millis());
                    waitMillis = slotMillis - clock.millis();
                }
                if (waitMillis > MAX_INLINE_WAIT_MILLIS) {
                    postponed.put(handOff.messageId(), slotMillis);
                    continue;
                }
                pause(waitMillis);
                PhoneNumber to = PhoneNumber.ofE164(handOff.to());
                try (OptOutGate.Passage passage = optOutGate.enter(to, handOff.consentScope())) {
                    // The claim checked consent in the database; an opt-out committed since is seen here.
                    if (!handOff.complianceReply() && passage.stopped()) {
                        worker.optedOutAtHandOff(handOff.messageId());
                        continue;
                    }
                    accepted.put(handOff.messageId(), carrier.send(handOff));
                } catch (CarrierRejection e) {
                    worker.rejected(handOff.messageId(), e.code(), e.getMessage());
                } catch (CarrierUnavailable e) {
                    retryLater(unsent(postponed, batch.subList(i, batch.size())), e.code(), e.getMessage());
                    return;
                } catch (CarrierUncertain e) {
                    // This text may have gone out: the reconciler asks the carrier before it is ever sent again.
                    worker.noAnswer(handOff.messageId(), e.code(), e.getMessage());
                    if (!e.carrierAnswering()) {
                        silence.noAnswerAt(clock.instant());
                        retryLater(unsent(postponed, batch.subList(i + 1, batch.size())), e.code(),
                                "Not tried: the carrier gave no answer to an earlier text (" + e.getMessage() + ")");
                        return;
                    }
                }
            }
        } finally {
            if (!accepted.isEmpty()) {
                worker.accepted(accepted);
            }
        }
        if (!postponed.isEmpty()) {
            Map<Long, Instant> slots = new LinkedHashMap<>();
            postponed.forEach((messageId, slotMillis) -> slots.put(messageId, Instant.ofEpochMilli(slotMillis)));
            worker.waitForSlots(slots);
            long now = clock.millis();
            postponed.forEach((messageId, slotMillis) -> later(messageId, slotMillis, slotMillis - now));
        }
    }

    /** The texts waiting for their slots and the rest of the batch: none of them goes now. */
    private static List<Long> unsent(Map<Long, Long> postponed, List<HandOff> rest) {
        List<Long> unsent = new ArrayList<>(postponed.keySet());
        rest.forEach(h -> unsent.add(h.messageId()));
        postponed.clear();
        return unsent;
    }

    /** Back to the queue with backoff (those past the outage budget go by email: {@link DeliveryWorker}). */
    private void retryLater(List<Long> messageIds, Integer code, String reason) {
        if (messageIds.isEmpty()) {
            return;
        }
        Retry retry = worker.carrierUnavailable(messageIds, code, reason);
        if (!retry.messageIds().isEmpty()) {
            queues.send(OutboundSmsCodec.INSTANCE, TextBatch.retry(retry.messageIds(), retry.delayMillis()));
        }
    }

    /** Puts a text back on the queue, to come back after {@code delayMillis} (with its reserved slot). */
    private void later(long messageId, long slotEpochMillis, long delayMillis) {
        queues.send(OutboundSmsCodec.INSTANCE, TextBatch.later(messageId, slotEpochMillis, delayMillis));
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EJBException("Interrupted while waiting for a rate slot", e);
            }
        }
    }
}
