package org.campussms.delivery.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.platform.Settings;

/**
 * Buys an ordered personal number from the carrier, between two short transactions ({@link NumberProvisioning});
 * the texts waiting for it go out once it is active. A failed purchase throws, so the broker retries it with
 * backoff (the number stays PROVISIONING meanwhile).
 */
@ApplicationScoped
public class NumberPurchase {

    private static final Logger LOG = Logger.getLogger(NumberPurchase.class.getName());

    @Inject
    private NumberProvisioning provisioning;

    @Inject
    private Carrier carrier;

    @Inject
    private Settings settings;

    public void buy(long senderNumberId) {
        if (!provisioning.pending(senderNumberId)) {
            return;
        }
        try {
            Carrier.BoughtNumber bought = carrier.buyLocalNumber(settings.numberCountry(),
                    settings.publicBaseUrl() + "/webhooks/twilio/inbound");
            provisioning.bought(senderNumberId, bought.e164(), bought.sid());
        } catch (CarrierUnavailable e) {
            throw new EJBException("Buying a number failed for now; retrying: " + e.getMessage(), e);
        } catch (CarrierRejection e) {
            LOG.severe(() -> "The carrier refused to sell a number (" + e.code() + "): " + e.getMessage());
            throw new EJBException("The carrier refused to sell a number: " + e.getMessage());
        }
    }
}
