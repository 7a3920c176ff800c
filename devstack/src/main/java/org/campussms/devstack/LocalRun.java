package org.campussms.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * Runs the whole system on embedded defaults until Ctrl-C: MariaDB, the local sign-in provider and WildFly with
 * the EAR, the carrier fake and the mail catcher. Set MARIADB_URL (with MARIADB_USER, MARIADB_PASSWORD),
 * OIDC_PROVIDER_URL, TWILIO_ACCOUNT_SID (with TWILIO_AUTH_TOKEN) or SMTP_HOST (with SMTP_PORT ...) to use the real
 * ones instead.
 */
public final class LocalRun {

    public static final int HTTP_PORT = 8080;
    public static final int SIGN_IN_PORT = LocalServices.SIGN_IN_PORT;
    public static final int FAKE_TWILIO_PORT = LocalServices.FAKE_TWILIO_PORT;

    /** The command that runs this, for an error that says how to. */
    private static final String COMMAND = "mvn -Prun -DskipTests verify";
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
        WildFlyServer server = run.start(Path.of(LocalServices.required(COMMAND, "campus.wildfly.home")),
                Path.of(LocalServices.required(COMMAND, "campus.ear")),
                Path.of(LocalServices.required(COMMAND, "campus.run.dir")), begin);
        int exit = server.process().waitFor();
        LOG.info("WildFly exited with code " + exit);
        run.stop();
    }

    private WildFlyServer start(Path wildflyHome, Path ear, Path runDir, Instant begin) {
        Instant servicesBegin = Instant.now();
        String publicBaseUrl = System.getenv().getOrDefault("PUBLIC_BASE_URL", "http://localhost:" + HTTP_PORT);
        LocalServices services = LocalServices.start(runDir, publicBaseUrl, running);
        // The broker's journal and the transaction log survive a restart: queued work goes on where it stopped.
        WildFlyServer server = WildFlyServer.start(wildflyHome, runDir.resolve("standalone"),
                WildFlyServer.Previous.RESUMED, ear, services.env(), 0);
        running.push(server);
        Instant ready = Instant.now();
        printBanner(Duration.between(begin, ready), Duration.between(servicesBegin, ready), server, services);
        return server;
    }

    private synchronized void stop() {
        LocalServices.stopAll(running, LOG);
    }

    private static void printBanner(Duration startup, Duration services, WildFlyServer server,
            LocalServices local) {
        String base = "http://localhost:" + HTTP_PORT;
        StringBuilder out = new StringBuilder()
                .append("\n================ Campus SMS is ready ================\n")
                .append(String.format("Ready %.1f s after the command started (services and WildFly: %.1f s); "
                        + "WildFly resident memory %d MiB; MariaDB %s%n", startup.toMillis() / 1000.0,
                        services.toMillis() / 1000.0, server.residentMemoryMiB(), local.dbVersion()))
                .append("Inbox       : ").append(base).append("/app  (open it in a browser; pick a demo user)\n")
                .append("GraphQL API : ").append(base).append("/graphql\n")
                .append("GraphiQL    : ").append(base)
                .append("/graphql-ui/  (add header Authorization: Bearer <token>)\n")
                .append("Webhook     : ").append(base).append("/webhooks/twilio/inbound\n");
        local.describe(out);
        out.append("Stop        : Ctrl-C\n=====================================================\n");
        System.out.println(out);
    }
}
