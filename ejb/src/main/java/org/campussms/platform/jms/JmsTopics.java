package org.campussms.platform.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Topic;
import org.campussms.platform.JndiNames;

/**
 * The one way onto our topics, for news every server hears and nobody needs once it is old: sent at once (outside
 * any transaction, from threads that have no request either), not persistent, and dropped after its time to live.
 */
@ApplicationScoped
public class JmsTopics {

    // The pooled factory: an injected JMSContext needs a transaction or a request, and these threads have neither.
    @Resource(lookup = JndiNames.POOLED_CONNECTION_FACTORY)
    private ConnectionFactory connections;

    @Resource(lookup = JndiNames.LIVE_CHANGES_TOPIC)
    private Topic liveChanges;

    public <T> void publish(QueueCodec<T> codec, T payload, long timeToLiveMillis) {
        if (!JndiNames.LIVE_CHANGES_TOPIC.equals(codec.queue())) {
            throw new IllegalArgumentException("No topic " + codec.queue() + " is declared for publishing");
        }
        try (JMSContext jms = connections.createContext()) {
            MapMessage message = jms.createMapMessage();
            codec.write(payload, message);
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).setTimeToLive(timeToLiveMillis)
                    .send(liveChanges, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot write a message for " + codec.queue() + ": " + e.getMessage(),
                    e.getErrorCode(), e);
        }
    }
}
