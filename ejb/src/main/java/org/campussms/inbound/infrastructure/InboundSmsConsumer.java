package org.campussms.inbound.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.campussms.inbound.application.InboundFilingService;
import org.campussms.platform.JndiNames;

/**
 * Drains the inbound SMS queue into the conversation service. Failures are rethrown so the transaction rolls back
 * and the broker redelivers; after the configured attempts (about an hour) the message moves to the dead-letter
 * queue, where {@link InboundDeadLetterConsumer} keeps trying.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.INBOUND_SMS_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
@PermitAll
public class InboundSmsConsumer implements MessageListener {

    @Inject
    private InboundFilingService inbound;

    @Override
    public void onMessage(Message message) {
        inbound.record(InboundSmsCodec.INSTANCE.decode(message));
    }
}
