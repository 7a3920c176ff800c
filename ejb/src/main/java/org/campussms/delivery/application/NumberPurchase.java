package org.campussms.delivery.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.platform.Settings;

/**
 * Buys an ordered personal number from the carrier, under the number's row lock ({@link NumberProvisioning}); the
 * texts waiting for it go out once it is active. Each purchase is named after the number it is for, and the
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
        String tag = tag(senderNumberId, settings.publicBaseUrl());
        try {
            provisioning.buyIfPending(senderNumberId, () -> {
                Optional<Carrier.BoughtNumber> earlier = carrier.findBought(tag);
                if (earlier.isPresent()) {
                    LOG.info(() -> "Number " + earlier.get().e164() + " was bought for sender number "
                            + senderNumberId + " before; taking it");
                    return earlier.get();
                }
                return carrier.buyLocalNumber(settings.numberCountry(), settings.publicBaseUrl()
                        + "/webhooks/twilio/inbound", tag);
            });
        } catch (CarrierUnavailable e) {
            throw new EJBException("Buying a number failed for now; retrying: " + e.getMessage(), e);
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
