package org.campussms.platform.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One local transaction of a {@link NonJtaConnection}, as application code hands it to the repositories that take
 * part in it: it carries the connection without exposing JDBC to its holder, and it turns a failed statement into
 * the {@link PersistenceException} every repository throws.
 */
public final class LocalTransaction {

    private final Connection connection;

    LocalTransaction(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs a repository's statements on this transaction's connection.
     *
     * @param what what the statements do, for the exception: "store 12 inbound messages"
     */
    public <T> T call(String what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot " + what, e);
        }
    }
}
