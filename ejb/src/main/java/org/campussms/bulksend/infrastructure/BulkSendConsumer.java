package org.campussms.bulksend.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.campussms.bulksend.application.BulkSendExpansion;
import org.campussms.platform.JndiNames;

/**
 * Expands a started bulk send into its messages ({@link BulkSendExpansion}). A failure rolls back only this
 * delivery, whose redelivery resumes after the last committed chunk.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.BULK_SEND_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@PermitAll
public class BulkSendConsumer implements MessageListener {

    @Inject
    private BulkSendExpansion expansion;

    @Override
    public void onMessage(Message message) {
        expansion.expand(BulkSendCodec.INSTANCE.decode(message));
    }
}
