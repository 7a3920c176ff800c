package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.campussms.delivery.application.NumberProvisioning;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.platform.JndiNames;
import org.campussms.pool.application.NumberOrderCodec;

/**
 * A personal number the queue gave up buying (the carrier unavailable through every retry) is marked failed, and the
 * texts waiting for it go by email; the owner's next personal text orders it again.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "JMSType = '" + NumberOrderCodec.JMS_TYPE + "'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class NumberProvisioningDeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NumberProvisioningDeadLetterConsumer.class.getName());

    @Inject
    private NumberProvisioning provisioning;

    @Override
    public void onMessage(Message message) {
        long senderNumberId = NumberOrderCodec.INSTANCE.decode(message);
        LOG.warning(() -> "Buying personal number " + senderNumberId + " reached the dead-letter queue");
        provisioning.failed(senderNumberId, FallbackTriggers.PERSONAL_NUMBER_FAILED);
    }
}
