package org.campussms.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Parameters for the few statements written with plain JDBC (hot paths where Hibernate's per-statement work was
 * measured to dominate: bench/RESULTS.md): nullable values, and instants as the UTC wall-clock time Hibernate stores
 * ({@code hibernate.jdbc.time_zone=UTC}).
 */
public final class Jdbc {

    private Jdbc() {
    }

    /**
     * A DATETIME value of a native query's row as the instant it stores: Hibernate gives a Timestamp already read in
     * UTC (hibernate.jdbc.time_zone), a driver may give the UTC wall clock.
     */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        set(statement, index, value, Types.BIGINT);
    }

    public static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        set(statement, index, value, Types.INTEGER);
    }

    public static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        set(statement, index, value, Types.VARCHAR);
    }

    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        set(statement, index, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP);
    }

    private static void set(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value);
        }
    }
}
