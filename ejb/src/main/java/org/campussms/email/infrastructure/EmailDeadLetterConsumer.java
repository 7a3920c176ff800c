package org.campussms.email.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.campussms.email.application.EmailDelivery;
import org.campussms.platform.JndiNames;

/**
 * Emails the queue gave up on are marked failed, so staff see it; the selector leaves other dead letters alone.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "JMSType = '" + EmailCodec.JMS_TYPE + "'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class EmailDeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(EmailDeadLetterConsumer.class.getName());

    @Inject
    private EmailDelivery delivery;

    @Override
    public void onMessage(Message message) {
        long emailId = EmailCodec.INSTANCE.decode(message);
        LOG.warning(() -> "Email " + emailId + " reached the dead-letter queue; marking it failed");
        delivery.abandoned(emailId);
    }
}
