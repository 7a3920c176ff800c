package org.campussms.pool.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.campussms.platform.jms.JmsGateway;

/** Personal number orders the reconciler queues again ({@link NumberOrderRecovery}), in a transaction of their own. */
@Stateless
// Runs for the reconciler's timer, which has no caller identity.
@PermitAll
public class NumberOrders {

    @Inject
    private PoolLookup pools;

    @Inject
    private JmsGateway queues;

    /** Takes the stale orders and queues each again, in the same transaction: taken and queued, or neither. */
    public List<Long> requeueStale(Instant staleBefore, Instant now, int limit) {
        List<Long> ids = pools.takeStaleOrders(staleBefore, now, limit);
        ids.forEach(id -> queues.send(NumberOrderCodec.INSTANCE, id));
        return ids;
    }
}
