package org.campussms.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements a repository runs on a connection it is handed. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
