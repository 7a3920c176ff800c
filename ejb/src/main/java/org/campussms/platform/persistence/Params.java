package org.campussms.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A statement's parameters, bound in order from the first. Each setter names the JDBC call it makes, since MariaDB's
 * server-side prepared statements see the type of each: {@code setLong}, {@code setInt}, {@code setString} and
 * {@code setBoolean} call the driver's own setter; the {@code setNullable...} ones and {@link #setInstant} bind NULL
 * with its SQL type and a value through {@code setObject}; instants go as the UTC wall clock Hibernate stores
 * ({@code hibernate.jdbc.time_zone=UTC}).
 */
public final class Params {

    private final PreparedStatement statement;
    private int next = 1;

    Params(PreparedStatement statement) {
        this.statement = statement;
    }

    /** The parameters of this statement, from the first; for work that prepares its own statements. */
    public static Params of(PreparedStatement statement) {
        return new Params(statement);
    }

    public Params setLong(long value) {
        return bind(index -> statement.setLong(index, value));
    }

    public Params setInt(int value) {
        return bind(index -> statement.setInt(index, value));
    }

    public Params setString(String value) {
        return bind(index -> statement.setString(index, value));
    }

    public Params setBoolean(boolean value) {
        return bind(index -> statement.setBoolean(index, value));
    }

    /** Whatever the driver makes of the value's own type. */
    public Params setObject(Object value) {
        return bind(index -> statement.setObject(index, value));
    }

    public Params setNullableLong(Long value) {
        return set(value, Types.BIGINT);
    }

    public Params setNullableInt(Integer value) {
        return set(value, Types.INTEGER);
    }

    public Params setNullableString(String value) {
        return set(value, Types.VARCHAR);
    }

    /** A DATETIME: the instant's UTC wall clock, or NULL. */
    public Params setInstant(Instant value) {
        return set(value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP);
    }

    private Params set(Object value, int sqlType) {
        return bind(index -> {
            if (value == null) {
                statement.setNull(index, sqlType);
            } else {
                statement.setObject(index, value);
            }
        });
    }

    @FunctionalInterface
    private interface Setter {
        void set(int index) throws SQLException;
    }

    private Params bind(Setter setter) {
        try {
            setter.set(next++);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
        return this;
    }
}
