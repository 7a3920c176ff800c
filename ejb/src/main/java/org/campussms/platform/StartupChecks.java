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
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses to start in production (any CAMPUS_ENV but "development" and "test") with settings that would put people's
 * texts or the server at risk: no Twilio account, the devstack's published Twilio credentials, Twilio's API sent
 * elsewhere, a sign-in provider over plain HTTP, mail without TLS, or the default database password. A server like
 * that must not look ready: the deployment fails with the reasons in the log. Each risk but the password and the
 * missing account can be taken on purpose with a variable named for it (ALLOW_...).
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupChecks {

    /** The password wildfly-config/ falls back to, for the local run and the tests only. */
    static final String DEFAULT_DATABASE_PASSWORD = "campus";
    /** The carrier fake's credentials (devstack/), published with the code: anyone could sign webhooks with them. */
    static final Set<String> PUBLISHED_TWILIO_CREDENTIALS = Set.of("AC" + "fa4e".repeat(8),
            "fake-twilio-auth-token-0123456789");
    static final String TWILIO_API = "https://api.twilio.com";
    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    /** What the checks read, as configured (null or blank where unset). */
    record Configured(String twilioAccountSid, String twilioAuthToken, String twilioApiBase, String oidcIssuer,
            boolean smtpTls, String databasePassword, Allowed allowed) {

        /** As wildfly-config/ set the system properties from the environment. */
        static Configured onThisServer() {
            return new Configured(System.getProperty("campus.twilio.account-sid"),
                    System.getProperty("campus.twilio.auth-token"), System.getProperty("campus.twilio.api-base"),
                    System.getProperty("campus.oidc.issuer"), Boolean.getBoolean("campus.smtp.tls"),
                    System.getenv("MARIADB_PASSWORD"), new Allowed(
                            Boolean.getBoolean("campus.allow.fake-twilio-credentials"),
                            Boolean.getBoolean("campus.allow.other-twilio-api-base"),
                            Boolean.getBoolean("campus.allow.http-sign-in"),
                            Boolean.getBoolean("campus.allow.smtp-without-tls")));
        }
    }

    /** The risks an operator has chosen to take, each by its own variable. */
    record Allowed(boolean fakeTwilioCredentials, boolean otherTwilioApiBase, boolean httpSignIn,
            boolean smtpWithoutTls) {

        static final Allowed NOTHING = new Allowed(false, false, false, false);
    }

    @Inject
    private Settings settings;

    @PostConstruct
    void check() {
        if (!settings.isProduction()) {
            LOG.info(() -> "CAMPUS_ENV=" + Settings.environment() + ": start-up checks for production skipped");
            return;
        }
        List<String> problems = problems(Configured.onThisServer());
        if (!problems.isEmpty()) {
            String reasons = String.join("; ", problems);
            LOG.severe(() -> "Campus SMS will not start: " + reasons);
            throw new IllegalStateException("Campus SMS will not start: " + reasons);
        }
    }

    static List<String> problems(Configured configured) {
        List<String> problems = new ArrayList<>();
        Allowed allowed = configured.allowed();
        if (blank(configured.twilioAccountSid()) || blank(configured.twilioAuthToken())) {
            problems.add("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set");
        } else if (!allowed.fakeTwilioCredentials()
                && (PUBLISHED_TWILIO_CREDENTIALS.contains(configured.twilioAccountSid().strip())
                        || PUBLISHED_TWILIO_CREDENTIALS.contains(configured.twilioAuthToken().strip()))) {
            problems.add("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are the carrier fake's published ones; set your "
                    + "account's (or ALLOW_FAKE_TWILIO_CREDENTIALS=true)");
        }
        String apiBase = blank(configured.twilioApiBase()) ? TWILIO_API : configured.twilioApiBase().strip();
        if (!allowed.otherTwilioApiBase() && !TWILIO_API.equals(withoutTrailingSlash(apiBase))) {
            problems.add("TWILIO_API_BASE sends texts to " + apiBase + " instead of Twilio; unset it (or "
                    + "ALLOW_OTHER_TWILIO_API_BASE=true)");
        }
        String issuer = blank(configured.oidcIssuer()) ? "" : configured.oidcIssuer().strip();
        if (!allowed.httpSignIn() && !issuer.toLowerCase(Locale.ROOT).startsWith("https://")) {
            problems.add("OIDC_PROVIDER_URL must be https:// (it is \"" + issuer + "\"; or ALLOW_HTTP_SIGN_IN=true)");
        }
        if (!allowed.smtpWithoutTls() && !configured.smtpTls()) {
            problems.add("SMTP_TLS must be true: fallback emails carry people's messages (or "
                    + "ALLOW_SMTP_WITHOUT_TLS=true)");
        }
        String password = configured.databasePassword();
        if (blank(password) || DEFAULT_DATABASE_PASSWORD.equals(password)) {
            problems.add("MARIADB_PASSWORD must be set, and not to the default \"" + DEFAULT_DATABASE_PASSWORD
                    + "\"");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
