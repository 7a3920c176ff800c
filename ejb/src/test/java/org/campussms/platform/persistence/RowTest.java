package org.campussms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campussms.conversation.domain.MessageStatus;
import org.junit.jupiter.api.Test;

class RowTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:34:56Z");
    /** What the database holds for {@link #AT}: the UTC wall clock. */
    private static final LocalDateTime AT_UTC = LocalDateTime.parse("2026-03-01T12:34:56");

    @Test
    void aResultSetRowReadsColumnsByName() throws Exception {
        Row row = onlyRow(Map.of("id", 7L, "count", 3, "name", "Ada", "archived", true, "at", AT_UTC));

        assertEquals(7L, row.getLong("id"));
        assertEquals(3, row.getInt("count"));
        assertEquals("Ada", row.getString("name"));
        assertTrue(row.getBoolean("archived"));
        assertEquals(AT, row.getInstant("at"), "the UTC wall clock, whatever the JVM's zone");
    }

    @Test
    void aResultSetRowGivesNullOnlyWhereAsked() throws Exception {
        Map<String, Object> nulls = new HashMap<>();
        for (String column : List.of("id", "count", "name", "at", "archived")) {
            nulls.put(column, null);
        }
        Row row = onlyRow(nulls);

        assertNull(row.getNullableLong("id"));
        assertNull(row.getNullableInt("count"));
        assertNull(row.getString("name"));
        assertNull(row.getNullableInstant("at"));
        assertNull(row.getEnum("name", MessageStatus.class));
        assertThrows(IllegalStateException.class, () -> row.getLong("id"), "not 0, as JDBC would say");
        assertThrows(IllegalStateException.class, () -> row.getInt("count"));
        assertThrows(IllegalStateException.class, () -> row.getInstant("at"));
        assertThrows(IllegalStateException.class, () -> row.getBoolean("archived"));
    }

    @Test
    void aTupleRowTakesWhateverNumberTypeHibernateChose() {
        Row row = Row.of(FakeJdbc.tuple(Map.of("id", BigInteger.valueOf(7), "sum", new BigDecimal("12"),
                "count", 3L, "small", (short) 2)));

        assertEquals(7L, row.getLong("id"));
        assertEquals(12L, row.getLong("sum"), "SUM comes as a decimal");
        assertEquals(3, row.getInt("count"));
        assertEquals(2L, row.getNullableLong("small"));
    }

    @Test
    void aTupleRowReadsTruthAsMariaDbGivesIt() {
        Row row = Row.of(FakeJdbc.tuple(Map.of("bool", true, "tinyint", (byte) 1, "zero", 0, "text", "yes")));

        assertTrue(row.getBoolean("bool"));
        assertTrue(row.getBoolean("tinyint"));
        assertFalse(row.getBoolean("zero"));
        assertThrows(IllegalStateException.class, () -> row.getBoolean("text"));
    }

    @Test
    void aTupleRowReadsTimesAsTheInstantsStored() {
        Row row = Row.of(FakeJdbc.tuple(Map.of("timestamp", Timestamp.from(AT), "local", AT_UTC, "instant", AT,
                "text", "2026")));

        assertEquals(AT, row.getInstant("timestamp"), "Hibernate read it in UTC already");
        assertEquals(AT, row.getInstant("local"));
        assertEquals(AT, row.getInstant("instant"));
        assertThrows(IllegalStateException.class, () -> row.getInstant("text"));
    }

    @Test
    void aTupleRowGivesNullOnlyWhereAsked() {
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("id", null);
        nulls.put("at", null);
        Row row = Row.of(FakeJdbc.tuple(nulls));

        assertNull(row.getNullableLong("id"));
        assertNull(row.getNullableInt("id"));
        assertNull(row.getNullableInstant("at"));
        assertNull(row.getString("id"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> row.getLong("id"));
        assertTrue(e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void aTupleRowReadsEnumsByNameOrAsTheyCome() {
        Row row = Row.of(FakeJdbc.tuple(Map.of("text", "QUEUED", "constant", MessageStatus.SENT, "number", "x")));

        assertEquals(MessageStatus.QUEUED, row.getEnum("text", MessageStatus.class));
        assertEquals(MessageStatus.SENT, row.getEnum("constant", MessageStatus.class));
        assertThrows(IllegalArgumentException.class, () -> row.getEnum("number", MessageStatus.class));
    }

    @Test
    void anUnknownNameIsRefused() {
        Row row = Row.of(FakeJdbc.tuple(Map.of("id", 1L)));

        assertThrows(IllegalArgumentException.class, () -> row.getLong("idd"));
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefused() {
        Row row = Row.of(FakeJdbc.tuple(Map.of("name", "Ada")));

        assertThrows(IllegalStateException.class, () -> row.getLong("name"));
    }

    private static Row onlyRow(Map<String, Object> values) throws Exception {
        ResultSet rows = FakeJdbc.resultSet(List.of(values));
        assertTrue(rows.next());
        return Row.of(rows);
    }
}
