package org.campussms.email.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.campussms.email.application.EmailDelivery;
import org.campussms.platform.JndiNames;

/**
 * Sends queued emails. A failure rolls back the delivery, so the broker retries with backoff and finally hands the
 * entry to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EMAIL_FALLBACK_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@PermitAll
public class EmailFallbackConsumer implements MessageListener {

    @Inject
    private EmailDelivery delivery;

    @Override
    public void onMessage(Message message) {
        delivery.send(EmailCodec.INSTANCE.decode(message));
    }
}
