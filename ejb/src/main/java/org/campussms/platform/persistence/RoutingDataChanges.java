package org.campussms.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the transactions that changed what an inbound SMS is routed by: people (their names), their phones, pools
 * (their names), their members and their numbers. A reader that caches such data notes the count before it reads
 * the database and drops what it read when the count has moved (see
 * {@code org.campussms.inbound.application.InboundRoutingCache}). The count moves when a changing transaction
 * has completed, so a reader that noted it afterwards reads the change.
 *
 * <p>Changes reach it through {@link RoutingDataListener} on the entities, which every write to those tables goes
 * through; a change made around the application (by hand in the database) is not counted, which is why the cache
 * also forgets by age.
 */
@ApplicationScoped
public class RoutingDataChanges {

    private static final Object REGISTERED = RoutingDataChanges.class.getName() + ".registered";

    private final AtomicLong completed = new AtomicLong();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    RoutingDataChanges() {
    }

    RoutingDataChanges(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** How many changing transactions have completed (committed or not) since the server started. */
    public long count() {
        return completed.get();
    }

    /** Routing data is changing in the current transaction: counted once it completes (at once without one). */
    public void changing() {
        if (transactions.getTransactionKey() == null) {
            completed.incrementAndGet();
            return;
        }
        if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    completed.incrementAndGet();
                }
            });
        }
    }
}
