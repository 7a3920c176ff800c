package org.campussms.bulksend.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.campussms.bulksend.application.BulkSendExpansion;
import org.campussms.platform.JndiNames;

/**
 * A bulk send whose expansion the queue gave up on (the database away for longer than its redeliveries) is expanded
 * from here, where it left off; a failure rolls back and the dead-letter queue redelivers a minute later.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "JMSType = '" + BulkSendCodec.JMS_TYPE + "'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class BulkSendDeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(BulkSendDeadLetterConsumer.class.getName());

    @Inject
    private BulkSendExpansion expansion;

    @Override
    public void onMessage(Message message) {
        long bulkId = BulkSendCodec.INSTANCE.decode(message);
        LOG.warning(() -> "Bulk send " + bulkId + " reached the dead-letter queue; expanding it from here");
        expansion.expand(bulkId);
    }
}
