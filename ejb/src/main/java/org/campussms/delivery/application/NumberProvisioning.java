package org.campussms.delivery.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.SenderNumber;

/**
 * The database side of buying a personal number; the carrier call happens between these steps, outside any
 * transaction.
 */
@Stateless
// Runs for the provisioning queue consumer, which has no caller identity.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NumberProvisioning {

    private static final Logger LOG = Logger.getLogger(NumberProvisioning.class.getName());

    @Inject
    private PoolLookup pools;

    @Inject
    private OutboundTexts messages;

    @Inject
    private EmailFallback emailFallback;

    /** Whether the sender number still waits to be bought. */
    public boolean pending(long senderNumberId) {
        return pools.findSender(senderNumberId).map(n -> n.getStatus() == SenderNumber.Status.PROVISIONING)
                .orElse(false);
    }

    /**
     * The carrier will not sell a number for this sender: it is FAILED (the owner's next personal text orders it
     * again), and the texts waiting for it go by email with {@code reason}.
     */
    public void failed(long senderNumberId, String reason) {
        pools.findSender(senderNumberId).ifPresent(SenderNumber::failed);
        List<Long> waiting = messages.queuedFrom(senderNumberId);
        waiting.forEach(id -> emailFallback.fallBack(id, reason));
        LOG.warning(() -> "Personal number " + senderNumberId + " could not be bought; " + waiting.size()
                + " waiting texts go by email");
    }

    public void bought(long senderNumberId, String e164, String carrierSid) {
        SenderNumber number = pools.findSender(senderNumberId)
                .orElseThrow(() -> new DomainException(Problem.NOT_FOUND, "No sender number " + senderNumberId));
        number.activate(PhoneNumber.ofE164(e164), carrierSid);
        LOG.info(() -> "Personal number " + e164 + " of staff user " + number.getStaffUserId() + " is active");
    }
}
