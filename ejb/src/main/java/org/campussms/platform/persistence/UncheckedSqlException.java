package org.campussms.platform.persistence;

import java.sql.SQLException;

/**
 * A failure of JDBC inside a {@link Row} or {@link Params}, carried unchecked to the {@link Sql} method that ran the
 * statement, which wraps it with the statement: readers and binders stay plain lambdas.
 */
final class UncheckedSqlException extends RuntimeException {

    UncheckedSqlException(SQLException cause) {
        super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
