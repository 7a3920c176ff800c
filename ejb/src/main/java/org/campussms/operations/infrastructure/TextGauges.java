package org.campussms.operations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.campussms.platform.persistence.Database;
import org.campussms.platform.persistence.Sql;

/**
 * The outbound texts' state as gauges, read at each scrape with plain JDBC (outside any transaction, each statement
 * bounded by a query timeout so a slow database cannot hold the scrape).
 */
@ApplicationScoped
public class TextGauges {

    private static final int QUERY_TIMEOUT_SECONDS = 5;

    @Inject
    private Database database;

    /** The state of texts now. */
    public record Snapshot(Map<String, Long> byStatus, double oldestQueuedSeconds, long sendingStale) {
    }

    /**
     * @param stale a SENDING text untouched for longer than this counts as stale (its hand-off may have died)
     */
    public Snapshot read(Instant now, Duration stale) {
        return database.sql("read the texts' state", db -> {
            Sql bounded = db.withQueryTimeout(QUERY_TIMEOUT_SECONDS);
            Map<String, Long> byStatus = new TreeMap<>();
            bounded.query("SELECT status, COUNT(*) AS texts FROM outbound_message GROUP BY status", Sql.Binder.NONE,
                    row -> Map.entry(row.getString("status"), row.getLong("texts")))
                    .forEach(count -> byStatus.put(count.getKey(), count.getValue()));
            // An aggregate without GROUP BY gives one row; MIN of no rows is NULL.
            Instant created = bounded.query("SELECT MIN(created_at) AS oldest FROM outbound_message "
                    + "WHERE status = 'QUEUED'", Sql.Binder.NONE, row -> row.getNullableInstant("oldest")).get(0);
            double oldest = created == null ? 0 : Math.max(0, Duration.between(created, now).toMillis() / 1000.0);
            long sendingStale = bounded.query("SELECT COUNT(*) AS texts FROM outbound_message "
                    + "WHERE status = 'SENDING' AND updated_at < ?", p -> p.setInstant(now.minus(stale)),
                    row -> row.getLong("texts")).get(0);
            return new Snapshot(byStatus, oldest, sendingStale);
        });
    }
}
