package org.campussms.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.campussms.devstack.carrier.FakeTwilio;
import sun.misc.Signal;

/**
 * Runs the whole system on embedded defaults until Ctrl-C: MariaDB, the local sign-in provider and WildFly with
 * the EAR, the carrier fake and the mail catcher. Set MARIADB_URL (with MARIADB_USER, MARIADB_PASSWORD),
 * OIDC_PROVIDER_URL, TWILIO_ACCOUNT_SID (with TWILIO_AUTH_TOKEN) or SMTP_HOST (with SMTP_PORT ...) to use the real
 * ones instead.
 */
public final class LocalRun {

    public static final int HTTP_PORT = 8080;
    public static final int MARIADB_PORT = 13306;
    public static final int SIGN_IN_PORT = 8180;
    public static final int FAKE_TWILIO_PORT = 8190;
    public static final int MAIL_SMTP_PORT = 2525;
    public static final int MAIL_IMAP_PORT = 2143;
    public static final int MAIL_WEB_PORT = 8195;

    /** Vite's dev server (npm run dev), whose pages open the live websocket through its proxy. */
    static final String VITE_DEV_ORIGIN = "http://localhost:5173";

    private static final Logger LOG = Logger.getLogger(LocalRun.class.getName());

    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    public static void main(String[] args) throws InterruptedException {
        LocalRun run = new LocalRun();
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "local-run-stop"));
        // Ctrl-C stops everything cleanly even where the shell that started the run ignores SIGINT for it (a script,
        // a background job): the shutdown hook stops WildFly, then the database, which keep their data.
        Signal.handle(new Signal("INT"), signal -> System.exit(130));
        // Counted from the command's start when Maven says when that was ("millis:..."), else from here.
        Instant begin = Optional.ofNullable(System.getProperty("campus.run.started-at"))
                .filter(started -> started.matches("millis:\\d+"))
                .map(started -> Instant.ofEpochMilli(Long.parseLong(started.substring("millis:".length()))))
                .orElseGet(Instant::now);
        WildFlyServer server = run.start(Path.of(required("campus.wildfly.home")), Path.of(required("campus.ear")),
                Path.of(required("campus.run.dir")), begin);
        int exit = server.process().waitFor();
        LOG.info("WildFly exited with code " + exit);
        run.stop();
    }

    private WildFlyServer start(Path wildflyHome, Path ear, Path runDir, Instant begin) {
        Instant servicesBegin = Instant.now();
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
            env.put("MARIADB_USER", EmbeddedMariaDb.USER);
            env.put("MARIADB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        }
        LocalSignIn signIn = null;
        if (System.getenv("OIDC_PROVIDER_URL") == null) {
            signIn = LocalSignIn.start(SIGN_IN_PORT);
            running.push(signIn);
            env.put("OIDC_PROVIDER_URL", signIn.issuerUrl());
        }
        String publicBaseUrl = System.getenv().getOrDefault("PUBLIC_BASE_URL", "http://localhost:" + HTTP_PORT);
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
        // The broker's journal and the transaction log survive a restart: queued work goes on where it stopped.
        WildFlyServer server = WildFlyServer.start(wildflyHome, runDir.resolve("standalone"),
                WildFlyServer.Previous.RESUMED, ear, env, 0);
        running.push(server);
        Instant ready = Instant.now();
        printBanner(Duration.between(begin, ready), Duration.between(servicesBegin, ready), server, dbVersion, signIn,
                twilio, mail);
        return server;
    }

    private synchronized void stop() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                LOG.warning("Stopping: " + e.getMessage());
            }
        }
    }

    private static void printBanner(Duration startup, Duration services, WildFlyServer server, String dbVersion,
            LocalSignIn signIn, FakeTwilio twilio, LocalMail mail) {
        String base = "http://localhost:" + HTTP_PORT;
        StringBuilder out = new StringBuilder()
                .append("\n================ Campus SMS is ready ================\n")
                .append(String.format("Ready %.1f s after the command started (services and WildFly: %.1f s); "
                        + "WildFly resident memory %d MiB; MariaDB %s%n", startup.toMillis() / 1000.0,
                        services.toMillis() / 1000.0, server.residentMemoryMiB(), dbVersion))
                .append("Inbox       : ").append(base).append("/app  (open it in a browser; pick a demo user)\n")
                .append("GraphQL API : ").append(base).append("/graphql\n")
                .append("GraphiQL    : ").append(base).append("/graphql-ui/  (add header Authorization: Bearer <token>)\n")
                .append("Webhook     : ").append(base).append("/webhooks/twilio/inbound\n");
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
        out.append("Stop        : Ctrl-C\n=====================================================\n");
        System.out.println(out);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run with mvn -Prun -DskipTests verify");
        }
        return value;
    }
}
