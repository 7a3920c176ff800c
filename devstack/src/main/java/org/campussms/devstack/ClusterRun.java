package org.campussms.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * Runs the whole system as a cluster until Ctrl-C: what the local run starts (MariaDB, sign-in, carrier fake, mail
 * catcher), two WildFly nodes on the cluster configuration and HAProxy in front of them. PUBLIC_BASE_URL is the
 * balancer's address on both nodes, as in production (Twilio signs the URL it calls).
 */
public final class ClusterRun {

    /** The command that runs this, for an error that says how to. */
    private static final String COMMAND = "mvn -Pcluster-run -DskipTests verify";
    private static final Logger LOG = Logger.getLogger(ClusterRun.class.getName());
    private static final int NODES = 2;

    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    public static void main(String[] args) throws InterruptedException {
        ClusterRun run = new ClusterRun();
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "cluster-run-stop"));
        Signal.handle(new Signal("INT"), signal -> System.exit(130));
        Instant begin = Instant.now();
        Path runDir = Path.of(LocalServices.required(COMMAND, "campus.run.dir"));
        LocalServices services = LocalServices.start(runDir, LocalCluster.balancerUrl(), run.running);
        Path home = Path.of(LocalServices.required(COMMAND, "campus.wildfly.home"));
        Path ear = Path.of(LocalServices.required(COMMAND, "campus.ear"));
        LocalCluster cluster = LocalCluster.start(home, runDir, WildFlyServer.Previous.RESUMED, ear, services.env(),
                NODES);
        run.running.push(cluster);
        printBanner(Duration.between(begin, Instant.now()), cluster, services);
        // Until Ctrl-C, or until every node has exited.
        for (WildFlyServer node : cluster.nodes()) {
            node.process().waitFor();
        }
        LOG.info("Every node exited");
        run.stop();
    }

    private synchronized void stop() {
        LocalServices.stopAll(running, LOG);
    }

    private static void printBanner(Duration startup, LocalCluster cluster, LocalServices local) {
        String base = LocalCluster.balancerUrl();
        StringBuilder out = new StringBuilder()
                .append("\n============ Campus SMS is ready: a cluster of ").append(NODES)
                .append(" nodes ============\n")
                .append(String.format("Ready %.1f s after the command started; MariaDB %s%n",
                        startup.toMillis() / 1000.0, local.dbVersion()))
                .append("Inbox       : ").append(base).append("/app  (through HAProxy; pick a demo user)\n")
                .append("GraphQL API : ").append(base).append("/graphql\n")
                .append("Webhook     : ").append(base).append("/webhooks/twilio/inbound\n");
        for (int n = 1; n <= NODES; n++) {
            out.append(String.format("Node %d      : http://localhost:%d  (%s, resident memory %d MiB, log %s)%n", n,
                    LocalCluster.httpPort(n), LocalCluster.nodeName(n), cluster.node(n).residentMemoryMiB(),
                    cluster.node(n).logFile()));
        }
        local.describe(out);
        out.append("Stop        : Ctrl-C\n=========================================================\n");
        System.out.println(out);
    }
}
