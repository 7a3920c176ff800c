package org.campussms.pool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.platform.ReconciliationDue;

/**
 * Queues again the personal numbers still being bought long after they were ordered: their order may be in the
 * journal of a broker that is gone (a dead node), so the database, not the broker, says what is left to buy. An order
 * queued twice buys once: the purchase holds the number's row and asks the carrier for an earlier one first.
 */
@ApplicationScoped
public class NumberOrderRecovery {

    private static final Logger LOG = Logger.getLogger(NumberOrderRecovery.class.getName());
    /** Orders queued again in one run; a longer backlog is taken up by the next runs. */
    static final int PER_RUN = 100;

    @Inject
    private NumberOrders orders;

    void requeueStale(@Observes ReconciliationDue due) {
        try {
            List<Long> requeued = orders.requeueStale(due.staleBefore(), due.now(), PER_RUN);
            if (!requeued.isEmpty()) {
                LOG.warning(() -> "Personal numbers " + requeued + " were still being bought since before "
                        + due.staleBefore() + "; ordered again");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Queueing stale number orders again failed; the next run tries again: " + e);
        }
    }
}
