package org.campussms.platform.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import org.campussms.platform.JndiNames;

/**
 * What waits in the dead-letter queue, by kind (the JMS type its consumer selects on), for the metrics.
 */
@ApplicationScoped
public class DeadLetters {

    /** Counting stops here: a dead-letter queue that deep is an alarm whatever the exact figure. */
    public static final int MAX_COUNTED = 100_000;

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.DEAD_LETTER_QUEUE)
    private Queue deadLetters;

    /** The dead letters by JMS type ("untyped" for none), each count at most {@link #MAX_COUNTED}. */
    public Map<String, Long> depthByType() {
        Map<String, Long> depths = new TreeMap<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            for (int seen = 0; messages.hasMoreElements() && seen < MAX_COUNTED; seen++) {
                String type = ((Message) messages.nextElement()).getJMSType();
                depths.merge(type == null ? "untyped" : type, 1L, Long::sum);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse the dead-letter queue: " + e.getMessage(), e);
        }
        return depths;
    }

    /** Whether the broker answers: a consumer on the dead-letter queue can be opened and closed. */
    public boolean brokerUp() {
        try (JMSConsumer probe = jms.createConsumer(deadLetters, "JMSType = 'campus-readiness-probe'")) {
            return probe != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
