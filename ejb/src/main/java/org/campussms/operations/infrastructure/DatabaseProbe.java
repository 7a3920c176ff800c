package org.campussms.operations.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.campussms.platform.JndiNames;

/** Asks the database whether it answers, for readiness: a connection from the pool that proves itself valid. */
@ApplicationScoped
public class DatabaseProbe {

    private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    public boolean answersWithin(Duration timeout) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Readiness: no database: " + e.getMessage());
            return false;
        }
    }
}
