package org.campussms.platform.jms;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;

/**
 * A queue whose entries carry one row's id, as a long property, and optionally a JMS type (which a dead-letter
 * consumer can select on): the row itself stays in the database.
 */
public abstract class IdCodec implements QueueCodec<Long> {

    private final String queue;
    private final String property;
    private final String jmsType;

    /**
     * @param queue    the queue's JNDI name
     * @param property the property holding the id
     * @param jmsType  the JMS type of its messages, or null for none
     */
    protected IdCodec(String queue, String property, String jmsType) {
        this.queue = queue;
        this.property = property;
        this.jmsType = jmsType;
    }

    @Override
    public final String queue() {
        return queue;
    }

    @Override
    public final void write(Long id, MapMessage message) throws JMSException {
        if (jmsType != null) {
            message.setJMSType(jmsType);
        }
        message.setLongProperty(property, id);
    }

    @Override
    public final Long read(Message message) throws JMSException {
        return message.getLongProperty(property);
    }
}
