package org.campussms.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses to start in production (CAMPUS_ENV unset or "production") without the Twilio account or with the default
 * database password: a server that cannot text anyone, or whose database anyone can open, must not look ready. The
 * deployment fails with the reasons in the log.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupChecks {

    /** The password wildfly-config/ falls back to, for the local run and the tests only. */
    static final String DEFAULT_DATABASE_PASSWORD = "campus";
    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    @Inject
    private Settings settings;

    @PostConstruct
    void check() {
        if (!settings.isProduction()) {
            LOG.info(() -> "CAMPUS_ENV=" + System.getProperty("campus.environment")
                    + ": start-up checks for production skipped");
            return;
        }
        List<String> problems = problems(settings.twilioCredentialsPresent(), System.getenv("MARIADB_PASSWORD"));
        if (!problems.isEmpty()) {
            String reasons = String.join("; ", problems);
            LOG.severe(() -> "Campus SMS will not start: " + reasons);
            throw new IllegalStateException("Campus SMS will not start: " + reasons);
        }
    }

    static List<String> problems(boolean twilioCredentials, String databasePassword) {
        List<String> problems = new ArrayList<>();
        if (!twilioCredentials) {
            problems.add("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set");
        }
        if (databasePassword == null || databasePassword.isBlank()
                || DEFAULT_DATABASE_PASSWORD.equals(databasePassword)) {
            problems.add("MARIADB_PASSWORD must be set, and not to the default \"" + DEFAULT_DATABASE_PASSWORD
                    + "\"");
        }
        return problems;
    }
}
