package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.campussms.delivery.application.NumberPurchase;
import org.campussms.platform.JndiNames;
import org.campussms.pool.application.NumberOrderCodec;

/**
 * Buys ordered personal numbers from the carrier ({@link NumberPurchase}); a failure is retried by the broker.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = JndiNames.NUMBER_PROVISIONING_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One purchase at a time: two deliveries of one order must not both buy before either is recorded.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class NumberProvisioningConsumer implements MessageListener {

    @Inject
    private NumberPurchase purchase;

    @Override
    public void onMessage(Message message) {
        purchase.buy(NumberOrderCodec.INSTANCE.decode(message));
    }
}
