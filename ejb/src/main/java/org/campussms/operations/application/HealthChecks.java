package org.campussms.operations.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.campussms.platform.JndiNames;
import org.campussms.platform.Settings;
import org.campussms.platform.jms.DeadLetters;

/**
 * Readiness: the database answers, the broker answers, the carrier's credentials are set. Liveness needs nothing:
 * a server that can answer at all is alive (a database outage must not get it restarted).
 */
@ApplicationScoped
public class HealthChecks {

    private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private DeadLetters deadLetters;

    @Inject
    private Settings settings;

    public Readiness readiness() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("database", databaseAnswers());
        checks.put("broker", deadLetters.brokerUp());
        checks.put("carrierCredentials", settings.twilioCredentialsPresent());
        return new Readiness(checks);
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "Readiness: no database: " + e.getMessage());
            return false;
        }
    }
}
