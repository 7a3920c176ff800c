package org.campussms.platform.persistence;

import jakarta.persistence.Tuple;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One row of a result, read by column name: a JDBC {@link ResultSet} positioned on a row, or a JPA {@link Tuple} of a
 * native or JPQL query (asked for {@code Tuple.class}, its columns named by alias). DATETIME columns hold the UTC wall
 * clock ({@code hibernate.jdbc.time_zone=UTC}); the instant getters read them so. The plain getters refuse SQL NULL,
 * the {@code getNullable...} ones give null.
 */
public abstract class Row {

    Row() {
    }

    /** The current row of the result set, whichever it is when a getter is called. */
    public static Row of(ResultSet rows) {
        return new ResultSetRow(rows);
    }

    public static Row of(Tuple tuple) {
        return new TupleRow(tuple);
    }

    public abstract Long getNullableLong(String column);

    public abstract Integer getNullableInt(String column);

    /** The text, or null. */
    public abstract String getString(String column);

    /** MariaDB's TINYINT(1) and BIT as well as a true BOOLEAN; NULL is refused. */
    public abstract boolean getBoolean(String column);

    public abstract Instant getNullableInstant(String column);

    public long getLong(String column) {
        return required(column, getNullableLong(column));
    }

    public int getInt(String column) {
        return required(column, getNullableInt(column));
    }

    public Instant getInstant(String column) {
        return required(column, getNullableInstant(column));
    }

    /** The enum constant the column names (or holds, as a JPQL query gives it), or null. */
    public <E extends Enum<E>> E getEnum(String column, Class<E> type) {
        String name = getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static <T> T required(String column, T value) {
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is NULL where a value is required");
        }
        return value;
    }

    /** Typed JDBC getters, as the hand-written readers called them; a failure reaches {@link Sql} to be wrapped. */
    private static final class ResultSetRow extends Row {

        private final ResultSet rows;

        ResultSetRow(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public Long getNullableLong(String column) {
            return read(() -> {
                long value = rows.getLong(column);
                return rows.wasNull() ? null : value;
            });
        }

        @Override
        public Integer getNullableInt(String column) {
            return read(() -> {
                int value = rows.getInt(column);
                return rows.wasNull() ? null : value;
            });
        }

        @Override
        public String getString(String column) {
            return read(() -> rows.getString(column));
        }

        @Override
        public boolean getBoolean(String column) {
            Boolean value = read(() -> {
                boolean b = rows.getBoolean(column);
                return rows.wasNull() ? null : b;
            });
            return required(column, value);
        }

        @Override
        public Instant getNullableInstant(String column) {
            // As a LocalDateTime: a Timestamp would be read in the JVM's zone, not UTC.
            LocalDateTime value = read(() -> rows.getObject(column, LocalDateTime.class));
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }

        @FunctionalInterface
        private interface Getter<T> {
            T get() throws SQLException;
        }

        private static <T> T read(Getter<T> getter) {
            try {
                return getter.get();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }
    }

    /** Whatever Java type Hibernate chose for the column, converted; an unknown alias is refused by the tuple. */
    private static final class TupleRow extends Row {

        private final Tuple tuple;

        TupleRow(Tuple tuple) {
            this.tuple = tuple;
        }

        @Override
        public Long getNullableLong(String column) {
            return number(column) instanceof Number n ? n.longValue() : null;
        }

        @Override
        public Integer getNullableInt(String column) {
            return number(column) instanceof Number n ? n.intValue() : null;
        }

        @Override
        public String getString(String column) {
            Object value = tuple.get(column);
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            return value == null ? null : value.toString();
        }

        @Override
        public boolean getBoolean(String column) {
            Object value = tuple.get(column);
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof Number n) {
                return n.longValue() != 0;
            }
            throw new IllegalStateException("Column " + column + " holds " + describe(value) + ", not a truth value");
        }

        @Override
        public Instant getNullableInstant(String column) {
            Object value = tuple.get(column);
            if (value == null || value instanceof Instant) {
                return (Instant) value;
            }
            if (value instanceof Timestamp timestamp) {
                // Hibernate read it in UTC (hibernate.jdbc.time_zone) already.
                return timestamp.toInstant();
            }
            if (value instanceof LocalDateTime local) {
                return local.toInstant(ZoneOffset.UTC);
            }
            if (value instanceof OffsetDateTime offset) {
                return offset.toInstant();
            }
            throw new IllegalStateException("Column " + column + " holds " + describe(value) + ", not a time");
        }

        private Object number(String column) {
            Object value = tuple.get(column);
            if (value != null && !(value instanceof Number)) {
                throw new IllegalStateException("Column " + column + " holds " + describe(value) + ", not a number");
            }
            return value;
        }

        private static String describe(Object value) {
            return value == null ? "NULL" : "a " + value.getClass().getSimpleName();
        }
    }
}
