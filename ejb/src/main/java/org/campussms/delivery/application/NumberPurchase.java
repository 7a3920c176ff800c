package org.campussms.delivery.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.platform.Settings;

/**
 * Buys an ordered personal number from the carrier, between two short transactions ({@link NumberProvisioning});
 * the texts waiting for it go out once it is active. Each purchase is named after the number it is for, and the
 * carrier is asked for a number of that name first: a purchase whose answer was lost (a crash, a timeout) is found,
 * not made twice. A failure the carrier may get over is thrown, so the broker retries it with backoff (the number
 * stays PROVISIONING meanwhile); a refusal fails the number at once and its waiting texts go by email.
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
        String tag = tag(senderNumberId, settings.publicBaseUrl());
        try {
            Optional<Carrier.BoughtNumber> earlier = carrier.findBought(tag);
            earlier.ifPresent(n -> LOG.info(() -> "Number " + n.e164() + " was bought for sender number "
                    + senderNumberId + " before; taking it"));
            Carrier.BoughtNumber bought = earlier.isPresent() ? earlier.get()
                    : carrier.buyLocalNumber(settings.numberCountry(), settings.publicBaseUrl()
                            + "/webhooks/twilio/inbound", tag);
            provisioning.bought(senderNumberId, bought.e164(), bought.sid());
        } catch (CarrierUnavailable e) {
            throw new EJBException("Buying a number failed for now; retrying: " + e.getMessage(), e);
        } catch (CarrierRejection e) {
            LOG.severe(() -> "The carrier refused to sell a number (" + e.code() + "): " + e.getMessage());
            provisioning.failed(senderNumberId, "personal number not available: the carrier refused to sell one ("
                    + e.code() + ")");
        }
    }

    /**
     * The name a purchase carries at the carrier: the sender number's id, and a hash of this installation's public
     * URL so that two installations on one Twilio account never take each other's numbers (at most 64 characters).
     */
    static String tag(long senderNumberId, String publicBaseUrl) {
        return "campus-sms personal " + senderNumberId + " " + Integer.toHexString(publicBaseUrl.hashCode());
    }
}
