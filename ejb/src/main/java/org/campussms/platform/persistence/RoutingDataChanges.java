package org.campussms.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.campussms.platform.Settings;

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
 *
 * <p>Other servers of a cluster learn of a change from the database: a changing transaction also moves
 * {@code routing_version} (one row, in the same transaction, so the version moves exactly when the change commits),
 * and a reader compares {@link #version(Sql)} as well as the count.
 */
@ApplicationScoped
public class RoutingDataChanges {

    private static final Object REGISTERED = RoutingDataChanges.class.getName() + ".registered";

    private final AtomicLong completed = new AtomicLong();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private Database database;

    @Inject
    private Settings settings;

    RoutingDataChanges() {
    }

    /** For tests of the count alone: no database to move the version in. */
    RoutingDataChanges(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The routing data's version as committed by any server, read on the caller's connection. */
    public long version(Sql sql) {
        return sql.query("select version from routing_version where id = 1", Sql.Binder.NONE,
                row -> row.getLong("version")).get(0);
    }

    /** How many changing transactions have completed (committed or not) since the server started. */
    public long count() {
        return completed.get();
    }

    /** Routing data is changing in the current transaction: counted once it completes (at once without one). */
    public void changing() {
        if (transactions.getTransactionKey() == null) {
            moveVersion();
            completed.incrementAndGet();
            return;
        }
        if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            // On the transaction's connection (the entities' flush is under way on it): committed with the change.
            moveVersion();
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

    private void moveVersion() {
        if (database != null && settings.clustered()) {
            database.update("move the routing data's version", "update routing_version set version = version + 1 "
                    + "where id = 1", Sql.Binder.NONE);
        }
    }
}
