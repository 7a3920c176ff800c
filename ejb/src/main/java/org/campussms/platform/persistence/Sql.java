package org.campussms.platform.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Statements on one connection, in whatever transaction it is in: a writer's own local transaction
 * ({@link NonJtaConnection}) or the connection a JTA transaction enlisted ({@link Database}). Application code hands
 * it to the repositories taking part in one transaction without touching JDBC itself; it is the one place where a
 * failed statement becomes the {@link PersistenceException} every repository throws, named by what it was doing and
 * the statement's start.
 */
public final class Sql {

    /** How much of a statement a failure quotes: enough to know it, not its thousand placeholders. */
    static final int QUOTED = 80;

    private final Connection connection;
    private final String what;
    private final int queryTimeoutSeconds;

    Sql(Connection connection) {
        this(connection, null, 0);
    }

    private Sql(Connection connection, String what, int queryTimeoutSeconds) {
        this.connection = connection;
        this.what = what;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /** For infrastructure that holds a connection already: the statements of others join its transaction. */
    public static Sql on(Connection connection) {
        return new Sql(connection);
    }

    /** @param what what the statements do, for the exception: "store 12 inbound messages" */
    static Sql on(Connection connection, String what) {
        return new Sql(connection, what, 0);
    }

    /** The same connection, each statement bounded so, for readers that must not wait long for a slow database. */
    public Sql withQueryTimeout(int seconds) {
        return new Sql(connection, what, seconds);
    }

    /** Gives a statement its parameters. */
    @FunctionalInterface
    public interface Binder {

        Binder NONE = params -> {
        };

        void bind(Params params);
    }

    /** Makes a result of the row the result set is on. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row);
    }

    /**
     * Runs a query, or a statement with {@code RETURNING}, and maps its rows, in the order the database gave them.
     */
    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper, warnings -> {
        });
    }

    /**
     * The same, and hands the statement's warnings (null: none) to {@code warnings} once the rows are read, for
     * queries whose warnings say something about the result.
     */
    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper, Consumer<SQLWarning> warnings) {
        return run(sql, statement -> {
            binder.bind(new Params(statement));
            List<T> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                Row row = Row.of(rows);
                while (rows.next()) {
                    results.add(mapper.map(row));
                }
                warnings.accept(statement.getWarnings());
            }
            return results;
        });
    }

    /** Runs an INSERT, UPDATE or DELETE without {@code RETURNING}. @return the rows it changed */
    public int update(String sql, Binder binder) {
        return run(sql, statement -> {
            binder.bind(new Params(statement));
            return statement.executeUpdate();
        });
    }

    /**
     * Runs a repository's statements on this transaction's connection, for work the methods above do not fit.
     *
     * @param what what the statements do, for the exception: "store 12 inbound messages"
     */
    public <T> T call(String what, SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot " + what, e);
        } catch (UncheckedSqlException e) {
            throw new PersistenceException("Cannot " + what, e.getCause());
        }
    }

    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, StatementWork<T> work) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (queryTimeoutSeconds > 0) {
                statement.setQueryTimeout(queryTimeoutSeconds);
            }
            return work.run(statement);
        } catch (SQLException e) {
            throw failed(sql, e);
        } catch (UncheckedSqlException e) {
            throw failed(sql, e.getCause());
        }
    }

    private PersistenceException failed(String sql, SQLException e) {
        return new PersistenceException((what == null ? "Statement failed" : "Cannot " + what) + ": " + quote(sql)
                + " (" + e.getMessage() + ")", e);
    }

    /** The statement's first line, cut short. */
    static String quote(String sql) {
        String line = sql.lines().findFirst().orElse("").strip();
        return line.length() <= QUOTED ? line : line.substring(0, QUOTED) + "...";
    }
}
