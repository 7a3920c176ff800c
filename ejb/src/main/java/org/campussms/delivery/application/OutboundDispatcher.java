package org.campussms.delivery.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.campussms.consent.application.RecentOptOuts;
import org.campussms.conversation.infrastructure.OutboundSmsCodec;
import org.campussms.conversation.infrastructure.OutboundSmsCodec.TextBatch;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.delivery.domain.Claim;
import org.campussms.delivery.domain.HandOff;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.jms.JmsGateway;

/**
 * Hands an outbound queue entry's texts to the carrier at each sender number's rate, in the transaction of the
 * entry's delivery. The texts are claimed and their sids recorded a batch per transaction ({@link DeliveryWorker})
 * rather than one each. A text whose slot is more than a moment away goes back on the queue, scheduled for its
 * slot, so one busy number never holds up the others. When the carrier is unavailable the exception rolls back the
 * delivery and the broker retries with backoff.
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
    private SenderRateLimiter rateLimiter;

    @Inject
    private Carrier carrier;

    @Inject
    private RecentOptOuts recentOptOuts;

    @Inject
    private JmsGateway queues;

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
     * at the end. Texts whose slot is too far away go back to the queue scheduled for it.
     */
    private void handOff(List<HandOff> batch, long reservedSlotMillis) {
        Map<Long, String> accepted = new LinkedHashMap<>();
        Map<Long, Long> postponed = new LinkedHashMap<>();
        try {
            for (int i = 0; i < batch.size(); i++) {
                HandOff handOff = batch.get(i);
                long slotMillis = reservedSlotMillis;
                long waitMillis = slotMillis - System.currentTimeMillis();
                if (slotMillis == 0 || waitMillis < -MAX_LATENESS_MILLIS) {
                    // No slot yet, or came back too late to use it: sent now, it could crowd later slots' texts.
                    long nowNanos = System.nanoTime();
                    waitMillis = TimeUnit.NANOSECONDS.toMillis(rateLimiter.reserve(handOff.from(),
                            handOff.segments(), handOff.segmentsPerSecond(), nowNanos) - nowNanos);
                    slotMillis = System.currentTimeMillis() + waitMillis;
                }
                if (waitMillis > MAX_INLINE_WAIT_MILLIS) {
                    postponed.put(handOff.messageId(), slotMillis);
                    continue;
                }
                pause(waitMillis);
                PhoneNumber to = PhoneNumber.ofE164(handOff.to());
                Lock inFlight = recentOptOuts.handOffLock(to);
                inFlight.lock();
                try {
                    // The claim checked consent in the database; an opt-out committed since is seen here.
                    if (!handOff.complianceReply() && recentOptOuts.blocks(to, handOff.consentScope())) {
                        worker.optedOutAtHandOff(handOff.messageId());
                        continue;
                    }
                    accepted.put(handOff.messageId(), carrier.send(handOff));
                } catch (CarrierRejection e) {
                    worker.rejected(handOff.messageId(), e.code(), e.getMessage());
                } catch (CarrierUnavailable e) {
                    // This one and the rest of the batch go back to QUEUED; the rollback of this delivery makes
                    // the broker redeliver the batch with backoff, and its redelivery claims only those.
                    List<Long> unsent = new ArrayList<>(postponed.keySet());
                    batch.subList(i, batch.size()).forEach(h -> unsent.add(h.messageId()));
                    postponed.clear();
                    worker.postponed(unsent, e.code(), e.getMessage());
                    throw new EJBException("Carrier unavailable for message " + handOff.messageId()
                            + "; retrying", e);
                } finally {
                    inFlight.unlock();
                }
            }
        } finally {
            if (!accepted.isEmpty()) {
                worker.accepted(accepted);
            }
        }
        if (!postponed.isEmpty()) {
            worker.postponed(postponed.keySet(), null, "Waiting for the sender's rate limit");
            long now = System.currentTimeMillis();
            postponed.forEach((messageId, slotMillis) -> later(messageId, slotMillis, slotMillis - now));
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
