package org.campussms.operations.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.campussms.platform.JndiNames;
import org.campussms.platform.persistence.Jdbc;

/**
 * The outbound texts' state as gauges, read at each scrape with plain JDBC (outside any transaction, each statement
 * bounded by a query timeout so a slow database cannot hold the scrape).
 */
@ApplicationScoped
public class TextGauges {

    private static final int QUERY_TIMEOUT_SECONDS = 5;

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    /** The state of texts now. */
    public record Snapshot(Map<String, Long> byStatus, double oldestQueuedSeconds, long sendingStale) {
    }

    /**
     * @param stale a SENDING text untouched for longer than this counts as stale (its hand-off may have died)
     */
    public Snapshot read(Instant now, Duration stale) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> byStatus = new TreeMap<>();
            try (PreparedStatement counts = statement(connection,
                    "SELECT status, COUNT(*) FROM outbound_message GROUP BY status");
                    ResultSet rows = counts.executeQuery()) {
                while (rows.next()) {
                    byStatus.put(rows.getString(1), rows.getLong(2));
                }
            }
            double oldest = 0;
            try (PreparedStatement queued = statement(connection,
                    "SELECT MIN(created_at) FROM outbound_message WHERE status = 'QUEUED'");
                    ResultSet rows = queued.executeQuery()) {
                if (rows.next() && rows.getTimestamp(1) != null) {
                    Instant created = rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    oldest = Math.max(0, Duration.between(created, now).toMillis() / 1000.0);
                }
            }
            long sendingStale;
            try (PreparedStatement sending = statement(connection,
                    "SELECT COUNT(*) FROM outbound_message WHERE status = 'SENDING' AND updated_at < ?")) {
                Jdbc.setInstant(sending, 1, now.minus(stale));
                try (ResultSet rows = sending.executeQuery()) {
                    rows.next();
                    sendingStale = rows.getLong(1);
                }
            }
            return new Snapshot(byStatus, oldest, sendingStale);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the texts' state: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement statement(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        return statement;
    }
}
