package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.campussms.conversation.application.MessagingService;
import org.campussms.delivery.application.NumberProvisioning;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.platform.JndiNames;
import org.campussms.platform.Settings;

/**
 * Buys ordered personal numbers from the carrier. Messages waiting for a number go out once it is active. A failed
 * purchase is retried with backoff by the broker (the number stays PROVISIONING meanwhile).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup",
                propertyValue = JndiNames.NUMBER_PROVISIONING_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@PermitAll
public class NumberProvisioningConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NumberProvisioningConsumer.class.getName());

    @Inject
    private NumberProvisioning provisioning;

    @Inject
    private TwilioCarrier carrier;

    @Inject
    private Settings settings;

    @Override
    public void onMessage(Message message) {
        try {
            long senderNumberId = message.getLongProperty(MessagingService.SENDER_NUMBER_ID);
            if (!provisioning.pending(senderNumberId)) {
                return;
            }
            TwilioCarrier.BoughtNumber bought = carrier.buyLocalNumber(settings.numberCountry(),
                    settings.publicBaseUrl() + "/webhooks/twilio/inbound");
            provisioning.bought(senderNumberId, bought.e164(), bought.sid());
        } catch (JMSException e) {
            throw new EJBException("Unreadable provisioning message", e);
        } catch (CarrierUnavailable e) {
            throw new EJBException("Buying a number failed for now; retrying: " + e.getMessage(), e);
        } catch (CarrierRejection e) {
            LOG.severe(() -> "The carrier refused to sell a number (" + e.code() + "): " + e.getMessage());
            throw new EJBException("The carrier refused to sell a number: " + e.getMessage());
        }
    }
}
