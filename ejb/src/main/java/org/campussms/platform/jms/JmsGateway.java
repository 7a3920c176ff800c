package org.campussms.platform.jms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.util.Map;
import org.campussms.platform.JndiNames;

/**
 * The one way onto our queues. A message sent in a JTA transaction goes with it: it reaches its consumer once the
 * transaction commits, and never if it rolls back, so a stored row and its queue entry commit together.
 */
@ApplicationScoped
public class JmsGateway {

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.INBOUND_SMS_QUEUE)
    private Queue inboundSms;

    @Resource(lookup = JndiNames.OUTBOUND_SMS_QUEUE)
    private Queue outboundSms;

    @Resource(lookup = JndiNames.BULK_SEND_QUEUE)
    private Queue bulkSend;

    @Resource(lookup = JndiNames.EMAIL_FALLBACK_QUEUE)
    private Queue emailFallback;

    @Resource(lookup = JndiNames.NUMBER_PROVISIONING_QUEUE)
    private Queue numberProvisioning;

    private Map<String, Queue> queues;

    @PostConstruct
    void resolveQueues() {
        queues = Map.of(JndiNames.INBOUND_SMS_QUEUE, inboundSms, JndiNames.OUTBOUND_SMS_QUEUE, outboundSms,
                JndiNames.BULK_SEND_QUEUE, bulkSend, JndiNames.EMAIL_FALLBACK_QUEUE, emailFallback,
                JndiNames.NUMBER_PROVISIONING_QUEUE, numberProvisioning);
    }

    /** Puts the payload on its codec's queue, in the caller's transaction if there is one. */
    public <T> void send(QueueCodec<T> codec, T payload) {
        Queue queue = queues.get(codec.queue());
        if (queue == null) {
            throw new IllegalArgumentException("No queue " + codec.queue() + " is declared for the gateway");
        }
        MapMessage message = jms.createMapMessage();
        try {
            codec.write(payload, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot write a message for " + codec.queue() + ": " + e.getMessage(),
                    e.getErrorCode(), e);
        }
        JMSProducer producer = jms.createProducer();
        long delay = codec.deliveryDelayMillis(payload);
        if (delay > 0) {
            producer.setDeliveryDelay(delay);
        }
        producer.send(queue, message);
    }
}
