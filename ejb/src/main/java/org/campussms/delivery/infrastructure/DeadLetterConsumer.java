package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.conversation.application.MessageQueue;
import org.campussms.delivery.application.DeliveryWorker;
import org.campussms.platform.JndiNames;

/**
 * Outbound messages the queue gave up on are marked failed, so staff see it. Other dead letters stay in the
 * dead-letter queue for an operator (the selector leaves them alone).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "JMSType = '" + MessageQueue.OUTBOUND_JMS_TYPE + "'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class DeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class.getName());

    @Inject
    private DeliveryWorker worker;

    @Override
    public void onMessage(Message message) {
        try {
            List<Long> messageIds = MessageQueue.decodeIds(message.getStringProperty(MessageQueue.MESSAGE_IDS));
            LOG.warning(() -> "Outbound messages " + messageIds + " reached the dead-letter queue; marking those "
                    + "not handed off failed");
            worker.abandoned(messageIds);
        } catch (JMSException e) {
            throw new EJBException("Unreadable dead letter", e);
        }
    }
}
