package org.campussms.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campussms.operations.infrastructure.DatabaseProbe;
import org.campussms.platform.Settings;
import org.campussms.platform.jms.DeadLetters;

/**
 * Readiness: the database answers, the broker answers, the carrier's credentials are set. Liveness needs nothing:
 * a server that can answer at all is alive (a database outage must not get it restarted).
 */
@ApplicationScoped
public class HealthChecks {

    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    private DatabaseProbe database;

    @Inject
    private DeadLetters deadLetters;

    @Inject
    private Settings settings;

    public Readiness readiness() {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("database", database.answersWithin(DATABASE_TIMEOUT));
        checks.put("broker", deadLetters.brokerUp());
        checks.put("carrierCredentials", settings.twilioCredentialsPresent());
        return new Readiness(checks);
    }
}
