package org.campussms.bulksend.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Expands a started bulk send into its messages, chunk by chunk ({@link BulkSendWorker}); each chunk commits on its
 * own, so a failure loses only the chunk in hand and a redelivery resumes after the last committed one.
 */
@ApplicationScoped
public class BulkSendExpansion {

    static final int CHUNK = 250;
    private static final int MAX_LOCK_CONFLICTS = 20;

    @Inject
    private BulkSendWorker worker;

    /** Queues every recipient not yet queued; throws (after retrying lock conflicts) when a chunk fails. */
    public void expand(long bulkId) {
        int queued;
        int conflicts = 0;
        do {
            try {
                queued = worker.queueNext(bulkId, CHUNK);
            } catch (EJBException e) {
                // Workers expanding the same bulk send side by side may deadlock in the database now and then; the
                // chunk rolled back as a whole, so it is simply taken again.
                if (!isLockConflict(e) || ++conflicts > MAX_LOCK_CONFLICTS) {
                    throw e;
                }
                queued = 1;
            }
        } while (queued > 0);
    }

    private static boolean isLockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
