package org.campussms.delivery.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.campussms.consent.application.RecentOptOuts;
import org.campussms.conversation.application.MessageQueue;
import org.campussms.delivery.application.DeliveryWorker;
import org.campussms.delivery.application.SenderRateLimiter;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.delivery.domain.Claim;
import org.campussms.delivery.domain.HandOff;
import org.campussms.platform.JndiNames;
import org.campussms.platform.PhoneNumber;

/**
 * Hands queued messages to the carrier at each sender number's rate. A JMS message carries a batch of message ids
 * (a bulk send's texts, {@link MessageQueue#HAND_OFF_BATCH} at a time), claimed and recorded in one transaction
 * each rather than one per text. A message whose slot is more than a moment
 * away goes back on the queue, scheduled for its slot, so one busy number never holds up the others. When the
 * carrier is unavailable the exception rolls back the delivery and the broker retries with backoff, then gives
 * the message to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.OUTBOUND_SMS_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "16"),
        // No prefetch: a delivery takes up to a batch of carrier calls, and messages buffered for a busy session
        // would wait while other sessions sit idle.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
@PermitAll
public class OutboundSmsConsumer implements MessageListener {

    /** The reserved slot (epoch milliseconds) a rescheduled message carries, so it does not reserve again. */
    static final String SLOT = "slotEpochMillis";
    private static final long MAX_INLINE_WAIT_MILLIS = 250;
    /**
     * How late a rescheduled message may still use its slot: a small part of the limiter's margin (100 ms a
     * second), so that even late texts never put more than the limit into any 1-second window.
     */
    private static final long MAX_LATENESS_MILLIS = 25;
    /** How often a message waiting for its personal number being bought looks again. */
    private static final long SENDER_WAIT_MILLIS = 1000;

    @Inject
    private DeliveryWorker worker;

    @Inject
    private SenderRateLimiter rateLimiter;

    @Inject
    private TwilioCarrier carrier;

    @Inject
    private RecentOptOuts recentOptOuts;

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.OUTBOUND_SMS_QUEUE)
    private Queue outboundQueue;

    @Override
    public void onMessage(Message message) {
        try {
            List<Long> messageIds = MessageQueue.decodeIds(message.getStringProperty(MessageQueue.MESSAGE_IDS));
            long slot = message.propertyExists(SLOT) ? message.getLongProperty(SLOT) : 0;
            Claim claim = worker.claim(messageIds);
            for (long waiting : claim.senderNotReady()) {
                later(waiting, 0, SENDER_WAIT_MILLIS);
            }
            handOff(claim.ready(), claim.ready().size() == 1 ? slot : 0);
        } catch (JMSException e) {
            throw new EJBException("Unreadable outbound SMS message", e);
        }
    }

    /**
     * Hands the claimed messages to the carrier one after the other, each at its slot; the sids are recorded
     * together at the end. Messages whose slot is too far away go back to the queue scheduled for it.
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

    /** Puts a message back on the queue, to come back after {@code delayMillis} (with its reserved slot). */
    private void later(long messageId, long slotEpochMillis, long delayMillis) {
        var producer = jms.createProducer()
                .setJMSType(MessageQueue.OUTBOUND_JMS_TYPE)
                .setProperty(MessageQueue.MESSAGE_IDS, String.valueOf(messageId))
                .setDeliveryDelay(Math.max(0, delayMillis));
        if (slotEpochMillis > 0) {
            producer.setProperty(SLOT, slotEpochMillis);
        }
        producer.send(outboundQueue, jms.createMessage());
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
