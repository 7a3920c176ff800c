package org.campussms.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The configured WildFly (from {@code wildfly-config/}) run as a child process with its own copy of the
 * standalone directory, and the EAR dropped into its deployment folder.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WildFlyServer.class.getName());
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path baseDir;

    private WildFlyServer(Process process, Path baseDir) {
        this.process = process;
        this.baseDir = baseDir;
    }

    /**
     * Starts the server and returns once the EAR is deployed.
     *
     * @param home      the WildFly that wildfly-config/ configured
     * @param baseDir   a directory for this run's configuration, data and logs (replaced)
     * @param ear       the application
     * @param env       environment variables the configuration reads (MARIADB_URL, OIDC_PROVIDER_URL, ...)
     */
    public static WildFlyServer start(Path home, Path baseDir, Path ear, Map<String, String> env) {
        requireFile(home.resolve("standalone/configuration/standalone-campus.xml"),
                "Build wildfly-config first (mvn install)");
        requireFile(ear, "Build the EAR first (mvn install)");
        try {
            deleteRecursively(baseDir);
            copyRecursively(home.resolve("standalone"), baseDir);
            Path deployed = baseDir.resolve("deployments").resolve(ear.getFileName());
            Files.copy(ear, deployed, StandardCopyOption.REPLACE_EXISTING);

            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/standalone.sh").toString(),
                    "-c", "standalone-campus.xml", "-Djboss.server.base.dir=" + baseDir.toAbsolutePath())
                    .inheritIO();
            builder.environment().putAll(env);
            // standalone.sh then forwards TERM/INT to the server JVM instead of orphaning it.
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            builder.environment().putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M "
                    + "-XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
            WildFlyServer server = new WildFlyServer(builder.start(), baseDir);
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

    /** Resident memory of the server JVM in MiB, read from /proc (Linux), or -1 when unknown. */
    public long residentMemoryMiB() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .map(p -> ProcStatus.residentKiB(p.pid()))
                .filter(kib -> kib > 0)
                .map(kib -> kib / 1024)
                .orElse(-1L);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                LOG.warning("WildFly did not stop in 60 s; killing it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(child -> {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        });
        process.destroyForcibly();
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
