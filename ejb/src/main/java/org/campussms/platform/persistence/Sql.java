package org.campussms.platform.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements on one connection, in whatever transaction it is in: a writer's own local transaction
 * ({@link NonJtaConnection}) or the connection a JTA transaction enlisted. Application code hands it to the
 * repositories taking part in one transaction without touching JDBC itself; it is the one place where a failed
 * statement becomes the {@link PersistenceException} every repository throws.
 */
public final class Sql {

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    /** For infrastructure that holds a connection already: the statements of others join its transaction. */
    public static Sql on(Connection connection) {
        return new Sql(connection);
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
