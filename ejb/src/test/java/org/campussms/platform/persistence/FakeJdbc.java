package org.campussms.platform.persistence;

import jakarta.persistence.Tuple;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Just enough of a connection, its statements, their result sets and a JPA tuple to test {@link Sql} and {@link Row}. */
final class FakeJdbc {

    /** What the code under test did, as "method(arguments)", in order. */
    final List<String> calls = new ArrayList<>();
    final List<String> prepared = new ArrayList<>();
    List<Map<String, Object>> rows = List.of();
    SQLException failure;
    SQLWarning warning;
    int updated;

    Connection connection() {
        return proxy(Connection.class, (name, args) -> {
            if (name.equals("prepareStatement")) {
                prepared.add((String) args[0]);
                return statement();
            }
            throw new UnsupportedOperationException(name);
        });
    }

    private PreparedStatement statement() {
        return proxy(PreparedStatement.class, (name, args) -> {
            calls.add(name + Arrays.toString(args == null ? new Object[0] : args));
            switch (name) {
                case "executeQuery" -> {
                    fail();
                    return resultSet(rows);
                }
                case "executeUpdate" -> {
                    fail();
                    return updated;
                }
                case "getWarnings" -> {
                    return warning;
                }
                default -> {
                    return null;
                }
            }
        });
    }

    private void fail() throws SQLException {
        if (failure != null) {
            throw failure;
        }
    }

    static ResultSet resultSet(List<Map<String, Object>> rows) {
        Iterator<Map<String, Object>> next = rows.iterator();
        Map<String, Object>[] current = new Map[1];
        boolean[] wasNull = new boolean[1];
        return proxy(ResultSet.class, (name, args) -> {
            if (name.equals("next")) {
                current[0] = next.hasNext() ? next.next() : null;
                return current[0] != null;
            }
            if (name.equals("wasNull")) {
                return wasNull[0];
            }
            if (name.equals("close")) {
                return null;
            }
            String column = (String) args[0];
            if (!current[0].containsKey(column)) {
                throw new SQLException("No column " + column);
            }
            Object value = current[0].get(column);
            wasNull[0] = value == null;
            return switch (name) {
                case "getLong" -> value == null ? 0L : ((Long) value);
                case "getInt" -> value == null ? 0 : ((Integer) value);
                case "getBoolean" -> value != null && (Boolean) value;
                case "getString" -> value;
                case "getObject" -> {
                    if (args[1] != LocalDateTime.class || !(value == null || value instanceof LocalDateTime)) {
                        throw new SQLException("Cannot read " + value + " as " + args[1]);
                    }
                    yield value;
                }
                default -> throw new UnsupportedOperationException(name);
            };
        });
    }

    static Tuple tuple(Map<String, Object> values) {
        return proxy(Tuple.class, (name, args) -> {
            if (name.equals("get") && args.length == 1 && args[0] instanceof String alias) {
                if (!values.containsKey(alias)) {
                    throw new IllegalArgumentException("Unknown alias [" + alias + "]");
                }
                return values.get(alias);
            }
            throw new UnsupportedOperationException(name);
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(String method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(FakeJdbc.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> handler.handle(method.getName(), args)));
    }
}
