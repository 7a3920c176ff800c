package org.campussms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.platform.ReconciliationDue;

/**
 * Takes up hand-offs left unfinished ({@link HandOffRecovery}): texts queued without a queue entry, and texts claimed
 * whose carrier call never answered. Step after step until none is left, so a crash's backlog is cleared in one run.
 */
@ApplicationScoped
public class HandOffReconciler {

    private static final Logger LOG = Logger.getLogger(HandOffReconciler.class.getName());

    @Inject
    private HandOffRecovery recovery;

    void reconcile(@Observes ReconciliationDue due) {
        try {
            while (recovery.requeueStale(due.staleBefore()) == HandOffRecovery.REQUEUE_LIMIT) {
                LOG.fine("More stale queued texts to queue again");
            }
            while (recovery.settleUnanswered(due.staleBefore()) == HandOffRecovery.LOOKUP_LIMIT) {
                LOG.fine("More unanswered hand-offs to settle");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciling hand-offs failed; the next run tries again", e);
        }
    }
}
