package org.campussms.email.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.platform.ReconciliationDue;

/**
 * Queues again the fallback emails still unsent long after they were queued: their queue entry may be in the journal
 * of a broker that is gone (a dead node), so the database, not the broker, says what is left to send. Every server
 * runs it; the row locks keep two from taking the same email.
 */
@ApplicationScoped
public class EmailRecovery {

    private static final Logger LOG = Logger.getLogger(EmailRecovery.class.getName());
    /** Emails queued again in one run; a longer backlog is taken up by the next runs. */
    static final int PER_RUN = 200;

    @Inject
    private EmailDelivery delivery;

    void requeueStale(@Observes ReconciliationDue due) {
        try {
            List<Long> requeued = delivery.requeueStale(due.staleBefore(), due.now(), PER_RUN);
            if (!requeued.isEmpty()) {
                LOG.warning(() -> "Emails " + requeued + " were still queued since before " + due.staleBefore()
                        + "; queued again");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Queueing stale emails again failed; the next run tries again: " + e);
        }
    }
}
