package org.campussms.devstack;

import java.nio.file.Path;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.campussms.devstack.carrier.FakeTwilio;

/**
 * What the run commands start beside WildFly, each unless its real one is configured: MariaDB (MARIADB_URL), the
 * local sign-in provider (OIDC_PROVIDER_URL), the carrier fake (TWILIO_ACCOUNT_SID) and the mail catcher (SMTP_HOST);
 * and the environment that points the server at them.
 *
 * @param env       what every server of the run is given (with development's settings)
 * @param dbVersion the embedded MariaDB's version, or "external"
 * @param signIn    the local sign-in provider, or null
 * @param twilio    the carrier fake, or null
 * @param mail      the mail catcher, or null
 */
record LocalServices(Map<String, String> env, String dbVersion, LocalSignIn signIn, FakeTwilio twilio,
        LocalMail mail) {

    public static final int MARIADB_PORT = 13306;
    public static final int SIGN_IN_PORT = 8180;
    public static final int FAKE_TWILIO_PORT = 8190;
    public static final int MAIL_SMTP_PORT = 2525;
    public static final int MAIL_IMAP_PORT = 2143;
    public static final int MAIL_WEB_PORT = 8195;

    /** Vite's dev server (npm run dev), whose pages open the live websocket through its proxy. */
    static final String VITE_DEV_ORIGIN = "http://localhost:5173";

    /**
     * Starts what is not configured, pushing each onto {@code running} (stopped in reverse order).
     *
     * @param publicBaseUrl where the carrier fake sends replies and status reports (a server or the balancer)
     */
    static LocalServices start(Path runDir, String publicBaseUrl, Deque<AutoCloseable> running) {
        Map<String, String> env = new HashMap<>();
        // Embedded defaults (the fake's credentials, the default database password, plain HTTP) are fine on a
        // developer's machine, not in production; development also serves GraphiQL and source maps.
        env.put("CAMPUS_ENV", "development");
        env.put("ALLOWED_ORIGINS", System.getenv().getOrDefault("ALLOWED_ORIGINS", VITE_DEV_ORIGIN));
        String dbVersion = "external";
        if (System.getenv("MARIADB_URL") == null) {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(MARIADB_PORT, runDir.resolve("mariadb"));
            running.push(db);
            dbVersion = db.version();
            env.put("MARIADB_URL", db.jdbcUrl());
            env.put("TX_LOG_MARIADB_URL", db.txLogJdbcUrl());
            env.put("MARIADB_USER", EmbeddedMariaDb.USER);
            env.put("MARIADB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        }
        LocalSignIn signIn = null;
        if (System.getenv("OIDC_PROVIDER_URL") == null) {
            signIn = LocalSignIn.start(SIGN_IN_PORT);
            running.push(signIn);
            env.put("OIDC_PROVIDER_URL", signIn.issuerUrl());
        }
        env.put("PUBLIC_BASE_URL", publicBaseUrl);
        FakeTwilio twilio = null;
        if (System.getenv("TWILIO_ACCOUNT_SID") == null) {
            twilio = FakeTwilio.start(FAKE_TWILIO_PORT, publicBaseUrl + "/webhooks/twilio/inbound");
            running.push(twilio);
            env.put("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID);
            env.put("TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN);
            env.put("TWILIO_API_BASE", twilio.baseUrl());
        }
        LocalMail mail = null;
        if (System.getenv("SMTP_HOST") == null) {
            mail = LocalMail.start(MAIL_SMTP_PORT, MAIL_IMAP_PORT, MAIL_WEB_PORT);
            running.push(mail);
            env.put("SMTP_HOST", mail.smtpHost());
            env.put("SMTP_PORT", String.valueOf(mail.smtpPort()));
        }
        return new LocalServices(env, dbVersion, signIn, twilio, mail);
    }

    /** The lines of the ready banner that say where the sign-in, the carrier fake and the mail catcher are. */
    void describe(StringBuilder out) {
        if (signIn != null) {
            out.append("Sign in     : ").append(signIn.tokenEndpoint()).append('\n');
            for (LocalSignIn.StaffLogin user : LocalSignIn.DEMO_USERS) {
                out.append(String.format("  %-22s curl -s -d grant_type=client_credentials -d client_id=%s "
                        + "-d client_secret=local %s%n", user.name() + " " + user.roles() + ":", user.subject(),
                        signIn.tokenEndpoint()));
            }
        }
        if (twilio != null) {
            out.append("Carrier fake: ").append(twilio.baseUrl()).append("  (a student replies: curl ")
                    .append(twilio.baseUrl()).append("/_fake/replies --data-urlencode From=+12015550123 "
                            + "--data-urlencode To=<pool number> -d Body=Hello)\n");
        }
        if (mail != null) {
            out.append("Mail catcher: ").append(mail.webUrl()).append("  (fallback emails; SMTP ")
                    .append(mail.smtpHost()).append(':').append(mail.smtpPort()).append(", IMAP ")
                    .append(mail.smtpHost()).append(':').append(mail.imapPort())
                    .append(" as the recipient's address, any password)\n");
        }
    }

    /** A system property the run command's Maven profile sets; without it, says to run that command. */
    static String required(String command, String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run with " + command);
        }
        return value;
    }

    /** Stops what was started, newest first; a failure to stop one stops none of the others from stopping. */
    static void stopAll(Deque<AutoCloseable> running, java.util.logging.Logger log) {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                log.warning("Stopping: " + e.getMessage());
            }
        }
    }
}
