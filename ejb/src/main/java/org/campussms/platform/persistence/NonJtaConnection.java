package org.campussms.platform.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A connection of one writer thread's own, outside any JTA transaction, kept from one local transaction to the
 * next: for the hot paths whose JTA transactions (enlistment, session, autocommit switches) cost more than their
 * statements. Not thread-safe: one writer uses it. Opened by {@link LocalTransactions}.
 */
public final class NonJtaConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NonJtaConnection.class.getName());

    private final DataSource dataSource;
    private final String purpose;
    private Connection connection;

    /** @param purpose what the connection writes, for the log */
    NonJtaConnection(DataSource dataSource, String purpose) {
        this.dataSource = dataSource;
        this.purpose = purpose;
    }

    /** What runs in one local transaction: a result to commit, or empty to roll back. */
    @FunctionalInterface
    public interface Work<T> {
        Optional<T> run(Sql sql);
    }

    /**
     * Runs the work in a transaction of its own: commits what it did when it returns a result, rolls it back when it
     * returns empty. When it throws, the transaction is rolled back and the connection given up (the next call opens
     * another, so a broken connection is never used twice), and the exception passes on; a failure of the connection
     * itself passes on as a {@link PersistenceException}.
     */
    public <T> Optional<T> inTransaction(Work<T> work) {
        try {
            Connection db = get();
            Optional<T> result = work.run(new Sql(db));
            if (result.isPresent()) {
                db.commit();
            } else {
                db.rollback();
            }
            return result;
        } catch (SQLException e) {
            discard();
            throw new PersistenceException("A transaction of " + purpose + " failed", e);
        } catch (RuntimeException e) {
            discard();
            throw e;
        }
    }

    /** The connection, opened the first time, with autocommit off: each commit or rollback ends a transaction. */
    private Connection get() throws SQLException {
        if (connection == null) {
            Connection opened = dataSource.getConnection();
            try {
                opened.setAutoCommit(false);
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    /** Rolls back what a failed transaction did, if the connection still can, and gives the connection up. */
    private void discard() {
        if (connection == null) {
            return;
        }
        try (Connection failed = connection) {
            connection = null;
            failed.rollback();
        } catch (SQLException e) {
            LOG.log(Level.FINE, e, () -> "Rolling back a failed transaction of " + purpose + " failed too");
        }
    }

    @Override
    public void close() {
        discard();
    }
}
