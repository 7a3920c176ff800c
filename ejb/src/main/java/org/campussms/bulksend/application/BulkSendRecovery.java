package org.campussms.bulksend.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.platform.ReconciliationDue;

/**
 * Resumes running bulk sends whose expansion stopped (the server died with their queue entry): a new entry, and the
 * expansion goes on after the last chunk it committed ({@link BulkSendWorker}), so nobody is texted twice.
 */
@ApplicationScoped
public class BulkSendRecovery {

    private static final Logger LOG = Logger.getLogger(BulkSendRecovery.class.getName());

    @Inject
    private BulkSendWorker worker;

    void resumeStalled(@Observes ReconciliationDue due) {
        try {
            List<Long> resumed = worker.resumeStalled(due.staleBefore(), due.now());
            if (!resumed.isEmpty()) {
                LOG.warning(() -> "Bulk sends " + resumed + " made no progress since before " + due.staleBefore()
                        + "; resumed");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Resuming stalled bulk sends failed; the next run tries again: " + e);
        }
    }
}
