package org.campussms.platform.jms;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;

/**
 * How one queue's messages look on the wire: which queue, and how a payload is written to and read from a JMS
 * message (type, properties, map entries; never Java serialization). One codec per queue, beside the context that
 * owns the queue; {@link JmsGateway} sends with it and the queue's consumer reads with it.
 *
 * @param <T> what a message of the queue carries
 */
public interface QueueCodec<T> {

    /** The JNDI name of the queue ({@link org.campussms.platform.JndiNames}). */
    String queue();

    void write(T payload, MapMessage message) throws JMSException;

    T read(Message message) throws JMSException;

    /**
     * What a consumer's message carries. An unreadable one throws, so its delivery rolls back and the broker
     * redelivers it, then gives it to the dead-letter queue.
     */
    default T decode(Message message) {
        try {
            return read(message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Unreadable message on " + queue() + ": " + e.getMessage(),
                    e.getErrorCode(), e);
        }
    }

    /** How long the broker holds the message back before delivering it; 0 for at once. */
    default long deliveryDelayMillis(T payload) {
        return 0;
    }
}
