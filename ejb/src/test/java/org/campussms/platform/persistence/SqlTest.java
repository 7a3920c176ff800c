package org.campussms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTest {

    private final FakeJdbc db = new FakeJdbc();

    @Test
    void aQueryBindsInOrderWithEachParametersOwnSetterAndMapsTheRowsInTheirOrder() {
        db.rows = List.of(Map.of("id", 2L), Map.of("id", 1L));

        List<Long> ids = Sql.on(db.connection()).query("SELECT id FROM t WHERE a = ? AND b = ?", p -> p
                .setLong(5).setNullableLong(6L).setNullableLong(null).setString("x").setNullableString(null)
                .setInt(1).setNullableInt(null).setBoolean(true).setObject("y")
                .setInstant(Instant.parse("2026-03-01T12:00:00Z")).setInstant(null), row -> row.getLong("id"));

        assertEquals(List.of(2L, 1L), ids);
        assertEquals(List.of("SELECT id FROM t WHERE a = ? AND b = ?"), db.prepared);
        assertEquals(List.of("setLong[1, 5]", "setObject[2, 6]", "setNull[3, " + Types.BIGINT + "]",
                "setString[4, x]", "setNull[5, " + Types.VARCHAR + "]", "setInt[6, 1]",
                "setNull[7, " + Types.INTEGER + "]", "setBoolean[8, true]", "setObject[9, y]",
                "setObject[10, " + LocalDateTime.parse("2026-03-01T12:00") + "]",
                "setNull[11, " + Types.TIMESTAMP + "]", "executeQuery[]", "getWarnings[]", "close[]"), db.calls);
    }

    @Test
    void anUpdateSaysHowManyRowsItChanged() {
        db.updated = 3;

        assertEquals(3, Sql.on(db.connection()).update("UPDATE t SET a = 1", Sql.Binder.NONE));
        assertEquals(List.of("executeUpdate[]", "close[]"), db.calls);
    }

    @Test
    void aFailedStatementIsWrappedOnceWithWhatItDidAndTheStatementsStart() {
        db.failure = new SQLException("Deadlock found");

        PersistenceException e = assertThrows(PersistenceException.class, () -> Sql.on(db.connection(),
                "store 2 texts").update("INSERT INTO outbound_message (a) VALUES (?), (?)", Sql.Binder.NONE));

        assertSame(db.failure, e.getCause());
        assertEquals("Cannot store 2 texts: INSERT INTO outbound_message (a) VALUES (?), (?) (Deadlock found)",
                e.getMessage());
        assertTrue(db.calls.contains("close[]"), "the statement is closed");
    }

    @Test
    void aLongStatementIsQuotedByItsFirstLineCutShort() {
        db.failure = new SQLException("Lost connection");
        String sql = "SELECT " + "a, ".repeat(100) + "b FROM t\nWHERE x = ?";

        PersistenceException e = assertThrows(PersistenceException.class,
                () -> Sql.on(db.connection()).query(sql, Sql.Binder.NONE, row -> 1));

        assertEquals("Statement failed: " + sql.substring(0, Sql.QUOTED) + "... (Lost connection)", e.getMessage());
    }

    @Test
    void aColumnThatCannotBeReadFailsLikeTheStatement() {
        db.rows = List.of(Map.of("id", 1L));

        PersistenceException e = assertThrows(PersistenceException.class, () -> Sql.on(db.connection(), "read")
                .query("SELECT id FROM t", Sql.Binder.NONE, row -> row.getLong("ids")));

        assertTrue(e.getCause() instanceof SQLException, "the driver's own exception: " + e.getCause());
        assertTrue(e.getMessage().startsWith("Cannot read: SELECT id FROM t"), e.getMessage());
    }

    @Test
    void aBugInAMapperIsNotMistakenForTheDatabase() {
        db.rows = List.of(Map.of("id", 1L));

        assertThrows(IllegalStateException.class, () -> Sql.on(db.connection()).query("SELECT id FROM t",
                Sql.Binder.NONE, row -> {
                    throw new IllegalStateException("out of order");
                }));
    }

    @Test
    void aQueryTimeoutBoundsEachStatement() {
        Sql.on(db.connection()).withQueryTimeout(5).query("SELECT 1", Sql.Binder.NONE, row -> 1);

        assertEquals("setQueryTimeout[5]", db.calls.get(0));
    }

    @Test
    void theWarningsOfAQueryAreHandedOverAfterItsRows() {
        db.rows = List.of(Map.of("id", 1L));
        db.warning = new SQLWarning("examined too many rows", "HY000", 1931);
        List<Integer> codes = new ArrayList<>();

        Sql.on(db.connection()).query("SELECT id FROM t", Sql.Binder.NONE, row -> row.getLong("id"),
                warning -> codes.add(warning.getErrorCode()));

        assertEquals(List.of(1931), codes);
    }

    @Test
    void workOnTheConnectionIsWrappedWithWhatItDid() {
        SQLException failure = new SQLException("gone");

        PersistenceException e = assertThrows(PersistenceException.class,
                () -> Sql.on(db.connection()).call("look up 3 numbers", connection -> {
                    throw failure;
                }));

        assertEquals("Cannot look up 3 numbers", e.getMessage());
        assertSame(failure, e.getCause());
    }
}
