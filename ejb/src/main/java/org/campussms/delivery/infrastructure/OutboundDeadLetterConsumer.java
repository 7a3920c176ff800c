package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.conversation.application.OutboundSmsCodec;
import org.campussms.delivery.application.DeliveryWorker;
import org.campussms.platform.JndiNames;

/**
 * Outbound texts the queue gave up on (our side failing for longer than its redeliveries) go by email, saying why
 * ({@link DeliveryWorker#abandoned}); the selector leaves other dead letters alone.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "JMSType = '" + OutboundSmsCodec.JMS_TYPE + "'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class OutboundDeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutboundDeadLetterConsumer.class.getName());

    @Inject
    private DeliveryWorker worker;

    @Override
    public void onMessage(Message message) {
        List<Long> messageIds = OutboundSmsCodec.INSTANCE.decode(message).messageIds();
        LOG.warning(() -> "Outbound messages " + messageIds + " reached the dead-letter queue; emailing those "
                + "not handed off");
        worker.abandoned(messageIds);
    }
}
