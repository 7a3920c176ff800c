package org.campussms.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The configured WildFly (from {@code wildfly-config/}) run as a child process with its own copy of the
 * standalone directory, and the EAR dropped into its deployment folder.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WildFlyServer.class.getName());
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);

    /** The configuration of a server on its own. */
    public static final String SINGLE_SERVER = "standalone-campus.xml";
    /** The configuration of a node of a cluster (wildfly-config/cli/ha). */
    public static final String CLUSTER_NODE = "standalone-campus-ha.xml";
    /** The same, finding the other nodes in MariaDB (JGroups JDBC_PING) instead of a fixed member list. */
    public static final String CLUSTER_NODE_JDBC_PING = "standalone-campus-ha-jdbc-ping.xml";

    private final Process process;
    private final Path baseDir;

    private WildFlyServer(Process process, Path baseDir) {
        this.process = process;
        this.baseDir = baseDir;
    }

    /** What a start keeps of the base directory's previous run. */
    public enum Previous {
        /** Nothing: a fresh server (benchmarks). */
        DISCARDED,
        /**
         * Its data (the broker's journal of queued messages, the transaction log) and logs: a restarted server
         * finishes what the previous one started (the local run). The configuration and the EAR are replaced.
         */
        RESUMED
    }

    /**
     * Starts the server and returns once the EAR is deployed.
     *
     * @param home      the WildFly that wildfly-config/ configured
     * @param baseDir   a directory for this run's configuration, data and logs
     * @param previous  what is kept of the last run in {@code baseDir}
     * @param ear       the application
     * @param env       environment variables the configuration reads (MARIADB_URL, OIDC_PROVIDER_URL, ...)
     * @param portOffset added to every port of the server (0: HTTP on 8080)
     */
    public static WildFlyServer start(Path home, Path baseDir, Previous previous, Path ear, Map<String, String> env,
            int portOffset) {
        return start(home, SINGLE_SERVER, baseDir, previous, ear, env, portOffset);
    }

    /**
     * Starts a server on one of wildfly-config's configurations: {@link #SINGLE_SERVER}, or {@link #CLUSTER_NODE}
     * with {@code env} naming the node (NODE_NAME, CLUSTER_MEMBERS, CLUSTER_PASSWORD, ...).
     */
    public static WildFlyServer start(Path home, String serverConfig, Path baseDir, Previous previous, Path ear,
            Map<String, String> env, int portOffset) {
        requireFile(home.resolve("standalone/configuration/" + serverConfig),
                "Build wildfly-config first (mvn install)");
        requireFile(ear, "Build the EAR first (mvn install)");
        try {
            if (previous == Previous.RESUMED) {
                for (String replaced : new String[] {"configuration", "deployments", "tmp"}) {
                    deleteRecursively(baseDir.resolve(replaced));
                }
            } else {
                deleteRecursively(baseDir);
            }
            copyRecursively(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
            Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
            Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);

            // The server JVM itself is our child (no start script in between), so stopping it is one signal.
            StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                    .setBaseDirectory(baseDir)
                    .setServerConfiguration(serverConfig)
                    .setJavaOptions("-Xms256m", "-Xmx1g", "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=384m",
                            "-Djava.net.preferIPv4Stack=true", "-Djava.awt.headless=true",
                            "-Djboss.socket.binding.port-offset=" + portOffset);
            if (env.containsKey("NODE_NAME")) {
                // The name JGroups, Infinispan and Undertow know the node by (it defaults to the host's).
                command.addJavaOption("-Djboss.node.name=" + env.get("NODE_NAME"));
            }
            // E.g. -Dcampus.wildfly.java-options=-XX:StartFlightRecording=filename=wildfly.jfr to profile a bench.
            String extra = System.getProperty("campus.wildfly.java-options", "").strip();
            if (!extra.isEmpty()) {
                command.addJavaOptions(extra.split("\\s+"));
            }
            Process process = Launcher.of(command).inherit().addEnvironmentVariables(env).launch();
            WildFlyServer server = new WildFlyServer(process, baseDir);
            server.awaitDeployment(ear.getFileName().toString());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitDeployment(String name) {
        Path deployments = baseDir.resolve("deployments");
        Instant deadline = Instant.now().plus(DEPLOY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployments.resolve(name + ".deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve(name + ".failed"))) {
                close();
                throw new IllegalStateException("Deployment of " + name + " failed; see " + baseDir.resolve("log"));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with code " + process.exitValue());
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException(name + " was not deployed within " + DEPLOY_TIMEOUT);
    }

    public Process process() {
        return process;
    }

    /** The server's log file. */
    public Path logFile() {
        return baseDir.resolve("log/server.log");
    }

    /** Resident memory of the server JVM in MiB, read from /proc (Linux), or -1 when unknown. */
    public long residentMemoryMiB() {
        long kib = ProcStatus.residentKiB(process.pid());
        return kib > 0 ? kib / 1024 : -1;
    }

    /** CPU milliseconds the server JVM has used so far, or -1 when unknown. */
    public long cpuMillis() {
        return ProcStatus.cpuMillis(process.pid());
    }

    /**
     * CPU milliseconds the server JVM's JIT compiler threads have used so far, or -1 when unknown. A benchmark
     * measures only once this stops growing: on two cores the C2 compiler alone takes most of one core for minutes
     * after boot.
     */
    public long jitCpuMillis() {
        long c1 = ProcStatus.threadCpuMillis(process.pid(), "C1 CompilerThre");
        long c2 = ProcStatus.threadCpuMillis(process.pid(), "C2 CompilerThre");
        return c1 < 0 || c2 < 0 ? -1 : c1 + c2;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                LOG.warning("WildFly did not stop in 60 s; killing it");
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void requireFile(Path file, String hint) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing. " + hint);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Deletes a directory tree; a missing directory is fine. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
