package org.campussms.pool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.campussms.platform.jms.JmsGateway;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * Staff users' personal numbers: the first text from one orders the number, which the carrier sells behind the
 * number provisioning queue while the text waits for it. Joins the caller's transaction.
 */
@ApplicationScoped
public class PersonalNumbers {

    @Inject
    private PoolRepository pools;

    @Inject
    private JmsGateway queues;

    public Optional<SenderNumber> find(long staffUserId) {
        return pools.findPersonal(staffUserId);
    }

    /**
     * The staff user's personal number; the first time, one is ordered (PROVISIONING until bought), and one the
     * carrier would not sell is ordered again.
     */
    public SenderNumber findOrOrder(long staffUserId, Instant now) {
        Optional<SenderNumber> found = pools.findPersonal(staffUserId);
        if (found.isPresent()) {
            if (found.get().reorder()) {
                queues.send(NumberOrderCodec.INSTANCE, found.get().getId());
            }
            return found.get();
        }
        SenderNumber ordered = pools.addSender(SenderNumber.personal(staffUserId, now));
        queues.send(NumberOrderCodec.INSTANCE, ordered.getId());
        return ordered;
    }
}
