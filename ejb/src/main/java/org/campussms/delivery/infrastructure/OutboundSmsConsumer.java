package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.campussms.conversation.application.OutboundSmsCodec;
import org.campussms.delivery.application.OutboundDispatcher;
import org.campussms.platform.JndiNames;

/**
 * Hands queued texts to the carrier ({@link OutboundDispatcher}). A failure rolls the delivery back, so the broker
 * retries with backoff and finally hands the entry to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.OUTBOUND_SMS_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "16"),
        // No prefetch: a delivery takes up to a batch of carrier calls, and messages buffered for a busy session
        // would wait while other sessions sit idle.
        @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
@PermitAll
public class OutboundSmsConsumer implements MessageListener {

    @Inject
    private OutboundDispatcher dispatcher;

    @Override
    public void onMessage(Message message) {
        dispatcher.dispatch(OutboundSmsCodec.INSTANCE.decode(message));
    }
}
