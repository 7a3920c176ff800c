package org.campussms.delivery.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierRejection;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.SenderNumber;

/**
 * The database side of buying a personal number, in a transaction of its own that holds the number's row lock around
 * the carrier call: a cluster has a provisioning consumer on every node (and the reconciler may queue an order
 * again), and two deliveries of one order must not both buy. Purchases are rare, so holding one row for the length
 * of a carrier call costs nothing a user feels.
 */
@Stateless
// Runs for the provisioning queue consumer, which has no caller identity.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NumberProvisioning {

    private static final Logger LOG = Logger.getLogger(NumberProvisioning.class.getName());

    /** The carrier calls of a purchase. */
    @FunctionalInterface
    public interface Purchase {
        Carrier.BoughtNumber buy() throws CarrierRejection, CarrierUnavailable;
    }

    @Inject
    private PoolLookup pools;

    @Inject
    private OutboundTexts messages;

    @Inject
    private EmailFallback emailFallback;

    /**
     * Buys the number if it still waits to be bought: {@code purchase} runs under the row lock. A refusal fails it at
     * once; a failure the carrier may get over changes nothing and is thrown, for the broker to retry.
     */
    public void buyIfPending(long senderNumberId, Purchase purchase) throws CarrierUnavailable {
        SenderNumber number = pools.findSenderLocked(senderNumberId).orElse(null);
        if (number == null || number.getStatus() != SenderNumber.Status.PROVISIONING) {
            return;
        }
        try {
            Carrier.BoughtNumber bought = purchase.buy();
            number.activate(PhoneNumber.ofE164(bought.e164()), bought.sid());
            LOG.info(() -> "Personal number " + bought.e164() + " of staff user " + number.getStaffUserId()
                    + " is active");
        } catch (CarrierRejection e) {
            LOG.severe(() -> "The carrier refused to sell a number (" + e.code() + "): " + e.getMessage());
            failed(number, "personal number not available: the carrier refused to sell one (" + e.code() + ")");
        }
    }

    /**
     * The queue gave up on this order: the number is FAILED (the owner's next personal text orders it again), and the
     * texts waiting for it go by email with {@code reason}.
     */
    public void failed(long senderNumberId, String reason) {
        pools.findSenderLocked(senderNumberId).filter(n -> n.getStatus() == SenderNumber.Status.PROVISIONING)
                .ifPresent(number -> failed(number, reason));
    }

    private void failed(SenderNumber number, String reason) {
        number.failed();
        List<Long> waiting = messages.queuedFrom(number.getId());
        waiting.forEach(id -> emailFallback.fallBack(id, reason));
        LOG.warning(() -> "Personal number " + number.getId() + " could not be bought; " + waiting.size()
                + " waiting texts go by email");
    }
}
