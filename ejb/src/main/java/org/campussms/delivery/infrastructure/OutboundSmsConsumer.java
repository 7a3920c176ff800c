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
import java.util.concurrent.TimeUnit;
import org.campussms.conversation.application.MessageQueue;
import org.campussms.delivery.application.DeliveryWorker;
import org.campussms.delivery.application.SenderRateLimiter;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.delivery.domain.Claim;
import org.campussms.delivery.domain.HandOff;
import org.campussms.platform.JndiNames;

/**
 * Hands queued messages to the carrier at each sender number's rate. A message whose slot is more than a moment
 * away goes back on the queue, scheduled for its slot, so one busy number never holds up the others. When the
 * carrier is unavailable the exception rolls back the delivery and the broker retries with backoff, then gives
 * the message to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.OUTBOUND_SMS_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "16")
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
    private JMSContext jms;

    @Resource(lookup = JndiNames.OUTBOUND_SMS_QUEUE)
    private Queue outboundQueue;

    @Override
    public void onMessage(Message message) {
        try {
            long messageId = message.getLongProperty(MessageQueue.MESSAGE_ID);
            long slot = message.propertyExists(SLOT) ? message.getLongProperty(SLOT) : 0;
            Claim claim = worker.claim(messageId);
            if (claim instanceof Claim.Ready ready) {
                handOff(ready.handOff(), slot);
            } else if (claim instanceof Claim.SenderNotReady) {
                later(messageId, 0, SENDER_WAIT_MILLIS);
            }
        } catch (JMSException e) {
            throw new EJBException("Unreadable outbound SMS message", e);
        }
    }

    private void handOff(HandOff handOff, long reservedSlotMillis) {
        long waitMillis = reservedSlotMillis - System.currentTimeMillis();
        if (reservedSlotMillis == 0 || waitMillis < -MAX_LATENESS_MILLIS) {
            // No slot yet, or came back too late to use it: sent now, it could crowd the texts of later slots.
            waitMillis = TimeUnit.NANOSECONDS.toMillis(rateLimiter.reserve(handOff.from(), handOff.segments(),
                    handOff.segmentsPerSecond(), System.nanoTime()) - System.nanoTime());
        }
        if (waitMillis > MAX_INLINE_WAIT_MILLIS) {
            worker.postponed(handOff.messageId(), null, "Waiting for the sender's rate limit");
            later(handOff.messageId(), System.currentTimeMillis() + waitMillis, waitMillis);
            return;
        }
        pause(waitMillis);
        try {
            worker.accepted(handOff.messageId(), carrier.send(handOff));
        } catch (CarrierRejection e) {
            worker.rejected(handOff.messageId(), e.code(), e.getMessage());
        } catch (CarrierUnavailable e) {
            worker.postponed(handOff.messageId(), e.code(), e.getMessage());
            throw new EJBException("Carrier unavailable for message " + handOff.messageId() + "; retrying", e);
        }
    }

    /** Puts the message back on the queue, to come back after {@code delayMillis} (with its reserved slot). */
    private void later(long messageId, long slotEpochMillis, long delayMillis) {
        var producer = jms.createProducer()
                .setJMSType(MessageQueue.OUTBOUND_JMS_TYPE)
                .setProperty(MessageQueue.MESSAGE_ID, messageId)
                .setDeliveryDelay(delayMillis);
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
