package org.campussms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Deployment settings. {@code wildfly-config/} defines them as server system properties resolved from
 * environment variables, so an operator configures the application in one place.
 */
@ApplicationScoped
public class Settings {

    /** The OIDC issuer that signs our tokens; WildFly checks every token's {@code iss} against it. */
    public String oidcIssuer() {
        return required("campus.oidc.issuer");
    }

    /** Where national numbers typed without a country code are taken to be (ISO 3166 code). */
    public String defaultPhoneRegion() {
        return System.getProperty("campus.default-phone-region", "US");
    }

    /** The URL Twilio calls us at, without a trailing slash; webhook signatures are computed over it. */
    public String publicBaseUrl() {
        String url = required("campus.public-base-url");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The country (ISO 3166) personal numbers are bought in. */
    public String numberCountry() {
        return defaultPhoneRegion();
    }

    /** The sending window of a new pool, as "08:00-21:00" (DEFAULT_SENDING_WINDOW). */
    public String defaultSendingWindow() {
        return System.getProperty("campus.default-sending-window", "08:00-21:00");
    }

    /** Where a recipient is when their number says no time zone (INSTITUTION_TIME_ZONE). */
    public ZoneId institutionTimeZone() {
        return ZoneId.of(System.getProperty("campus.institution-time-zone", "America/New_York"));
    }

    public String institutionName() {
        return System.getProperty("campus.institution-name", "our institution");
    }

    public String twilioAccountSid() {
        return required("campus.twilio.account-sid");
    }

    public String twilioAuthToken() {
        return required("campus.twilio.auth-token");
    }

    /** Whether the Twilio account and its auth token are both set. */
    public boolean twilioCredentialsPresent() {
        return !System.getProperty("campus.twilio.account-sid", "").isBlank()
                && !System.getProperty("campus.twilio.auth-token", "").isBlank();
    }

    /**
     * Where this server runs (CAMPUS_ENV): "development" (the run command) and "test" (the tests) are the only
     * values that are not production; anything else, a typo included, gets production's checks and defaults.
     */
    public boolean isProduction() {
        return !isDevelopment() && !"test".equals(environment());
    }

    /** Whether this is a developer's machine (CAMPUS_ENV=development): GraphiQL and source maps are served. */
    public boolean isDevelopment() {
        return isDevelopment(environment());
    }

    /** Whether CAMPUS_ENV says development; read by the web modules, which see the same system property. */
    public static boolean isDevelopment(String environment) {
        return "development".equals(environment);
    }

    /** CAMPUS_ENV as set, "production" when unset. */
    public static String environment() {
        return System.getProperty("campus.environment", "production").strip();
    }

    /**
     * Whether this server is a node of a cluster (the cluster configuration names it: NODE_NAME). Only then does it pay
     * for sharing what a server on its own keeps in memory: rate slots, the routing version, live changes.
     */
    public boolean clustered() {
        return !System.getProperty("campus.cluster.node", "").isBlank();
    }

    /** How many live connections (tabs and windows) a user may have open at once, on all servers together. */
    public int liveConnectionsPerUser() {
        return Integer.getInteger("campus.live.connections-per-user", 6);
    }

    /** How many subscriptions one live connection may carry at once. */
    public int liveSubscriptionsPerConnection() {
        return Integer.getInteger("campus.live.subscriptions-per-connection", 8);
    }

    /** Where the Twilio SDK sends API calls instead of api.twilio.com (the carrier fake); empty for Twilio. */
    public Optional<String> twilioApiBase() {
        return Optional.ofNullable(System.getProperty("campus.twilio.api-base")).filter(s -> !s.isBlank());
    }

    /** The account for the mail server, if it wants one (SMTP_USER); empty: mail goes out unauthenticated. */
    public Optional<String> smtpUser() {
        return Optional.ofNullable(System.getProperty("campus.smtp.user")).filter(s -> !s.isBlank());
    }

    public String smtpPassword() {
        return System.getProperty("campus.smtp.password", "");
    }

    /**
     * How long the carrier may fail a text (429, 5xx, no connection) before it goes by email instead
     * (OUTAGE_BUDGET_MINUTES, default 60).
     */
    public Duration outageBudget() {
        return Duration.ofMinutes(Long.getLong("campus.outage-budget-minutes", 60));
    }

    /**
     * How long a hand-off may stay unfinished before the reconciler takes it up: a text queued but not handed off, a
     * hand-off without the carrier's answer, a bulk send without progress (RECONCILE_AFTER_SECONDS, default 300).
     */
    public Duration reconcileAfter() {
        return Duration.ofSeconds(Long.getLong("campus.reconcile.after-seconds", 300));
    }

    /** How often the reconciler runs (RECONCILE_EVERY_SECONDS, default 60). */
    public Duration reconcileEvery() {
        return Duration.ofSeconds(Long.getLong("campus.reconcile.every-seconds", 60));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; see wildfly-config/");
        }
        return value;
    }
}
