package org.campussms.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.EmbeddedMariaDb;
import org.campussms.devstack.LocalCluster;
import org.campussms.devstack.LocalMail;
import org.campussms.devstack.LocalSignIn;
import org.campussms.devstack.LocalSignIn.StaffLogin;
import org.campussms.devstack.WildFlyServer;
import org.campussms.devstack.carrier.FakeTwilio;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployed system a benchmark runs against: embedded MariaDB, the local sign-in provider, the carrier fake, a
 * mail catcher and WildFly with the EAR (port offset 2000, HTTP on 10080), started from the system properties
 * bench/pom.xml passes;
 * plus the GraphQL calls the benchmarks set up their data with, signed in as an admin.
 */
final class BenchSystem implements AutoCloseable {

    static final int PORT_OFFSET = 2000;
    static final int HTTP_PORT = 8080 + PORT_OFFSET;
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Below the kernel's ephemeral range (32768-60999): while the database is down, the server's attempts to connect
     * to a port in that range can be given that very port as their own and connect to themselves, holding it so that
     * the database cannot bind it again (seen with 33306 in the fault suite).
     */
    private static final int DB_PORT = 24306;
    /** A cluster's balancer; its nodes are on port offsets 2000, 2200 ... (HTTP on 10080, 10280 ...). */
    static final int BALANCER_PORT = 10000;

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private Path dir;
    private EmbeddedMariaDb db;
    private FakeTwilio fake;
    private WildFlyServer server;
    private LocalCluster cluster;
    private String baseUrl;
    private String token;

    private BenchSystem() {
    }

    /**
     * Whether the benchmark called {@code name} is to run: all of them unless -Dbench.only names one.
     */
    static boolean selected(String name) {
        String only = System.getProperty("bench.only", "").strip();
        if (only.isEmpty() || only.equalsIgnoreCase(name)) {
            return true;
        }
        System.out.printf("Benchmark '%s' skipped (bench.only=%s)%n", name, only);
        return false;
    }

    static BenchSystem start() throws Exception {
        return start(Map.of());
    }

    /**
     * @param settings environment variables of the server beyond those for the embedded services (the fault suite's
     *                 reconciliation times, say)
     */
    static BenchSystem start(Map<String, String> settings) throws Exception {
        BenchSystem system = startServices(BASE_URL, settings);
        try {
            system.server = system.keep(WildFlyServer.start(wildFlyHome(), system.dir.resolve("standalone"),
                    WildFlyServer.Previous.DISCARDED, ear(), system.env, PORT_OFFSET));
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    /**
     * The same services and {@code size} nodes of a cluster behind HAProxy on port {@value #BALANCER_PORT}, the
     * address every node is told is theirs (Twilio signs it) and the one {@link #graphql} calls.
     */
    static BenchSystem startCluster(Map<String, String> settings, int size) throws Exception {
        String balancer = "http://localhost:" + BALANCER_PORT;
        BenchSystem system = startServices(balancer, settings);
        try {
            system.env.put("TX_LOG_MARIADB_URL", system.db.txLogJdbcUrl());
            system.cluster = system.keep(LocalCluster.start(wildFlyHome(), system.dir.resolve("cluster"),
                    WildFlyServer.Previous.DISCARDED, ear(), system.env, size, PORT_OFFSET, BALANCER_PORT));
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    /** MariaDB, sign-in, the carrier fake and the mail catcher, and the environment a server is started with. */
    private static BenchSystem startServices(String publicUrl, Map<String, String> settings) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        WildFlyServer.deleteRecursively(dir);
        // bench/pom.xml gives each benchmark JVM a temporary directory of its own, which must exist.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        BenchSystem system = new BenchSystem();
        system.dir = dir;
        system.baseUrl = publicUrl;
        try {
            system.db = system.keep(EmbeddedMariaDb.start(DB_PORT, dir.resolve("mariadb")));
            LocalSignIn signIn = system.keep(LocalSignIn.start(10180));
            system.fake = system.keep(FakeTwilio.start(10190, publicUrl + "/webhooks/twilio/inbound"));
            LocalMail mail = system.keep(LocalMail.start(10025, 10143, 0));
            Map<String, String> env = system.env;
            env.put("CAMPUS_ENV", "test");
            // Benchmarks run at any hour: their pools text around the clock.
            env.put("DEFAULT_SENDING_WINDOW", "00:00-24:00");
            env.put("MARIADB_URL", system.db.jdbcUrl());
            env.put("MARIADB_USER", EmbeddedMariaDb.USER);
            env.put("MARIADB_PASSWORD", EmbeddedMariaDb.PASSWORD);
            env.put("OIDC_PROVIDER_URL", signIn.issuerUrl());
            env.put("PUBLIC_BASE_URL", publicUrl);
            env.put("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID);
            env.put("TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN);
            env.put("TWILIO_API_BASE", system.fake.baseUrl());
            env.put("SMTP_HOST", mail.smtpHost());
            env.put("SMTP_PORT", String.valueOf(mail.smtpPort()));
            env.putAll(settings);
            system.token = signIn.issueToken(new StaffLogin("bench-admin", "Bench Admin", "bench@example.edu",
                    List.of("staff", "admin")));
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    private static Path wildFlyHome() {
        return Path.of(System.getProperty("campus.wildfly.home"));
    }

    private static Path ear() {
        return Path.of(System.getProperty("campus.ear"));
    }

    private <T extends AutoCloseable> T keep(T service) {
        started.add(service);
        return service;
    }

    EmbeddedMariaDb db() {
        return db;
    }

    FakeTwilio fake() {
        return fake;
    }

    WildFlyServer server() {
        return server;
    }

    /** The cluster, when started by {@link #startCluster}. */
    LocalCluster cluster() {
        return cluster;
    }

    /** Where the API is: the server, or the cluster's balancer. */
    String baseUrl() {
        return baseUrl;
    }

    /** SIGKILL to the server's JVM: no shutdown hooks, no flush, as when the machine dies. */
    void killServer() throws InterruptedException {
        server.process().destroyForcibly().waitFor();
        started.remove(server);
    }

    /** Starts the server again on the data it left (the broker's journal, the transaction log). */
    void restartServer() {
        server = keep(WildFlyServer.start(wildFlyHome(), dir.resolve("standalone"), WildFlyServer.Previous.RESUMED,
                ear(), env, PORT_OFFSET));
    }

    /** SIGKILL to the database server's process (every process serving its port, should there be a wrapper). */
    void killDatabase() {
        List<ProcessHandle> mariadb = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains("--port=" + DB_PORT))
                        .orElse(false))
                .toList();
        if (mariadb.isEmpty()) {
            throw new IllegalStateException("No mariadbd on port " + DB_PORT);
        }
        mariadb.forEach(p -> System.out.println("SIGKILL to MariaDB process " + p.pid() + ": "
                + p.info().commandLine().orElse("?")));
        mariadb.forEach(ProcessHandle::destroyForcibly);
        mariadb.forEach(p -> p.onExit().join());
        started.remove(db);
    }

    /**
     * Stalls the transaction log of the cluster's node {@code nodeName} until closed: a connection of its own holds
     * the node's action table locked, so each of the node's two-phase commits, its branches prepared, waits to write
     * its decision, as behind a transaction log's disk that has stopped answering.
     */
    AutoCloseable stallTransactionLog(String nodeName) throws SQLException {
        Connection connection = DriverManager.getConnection(db.txLogJdbcUrl(), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD);
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLES tx_" + nodeName + "_action_JBossTSTxTable WRITE");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return () -> {
            try (connection; Statement unlock = connection.createStatement()) {
                unlock.execute("UNLOCK TABLES");
            }
        };
    }

    /** Starts the database server again on its data, once its port can be bound. */
    void restartDatabase() throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(2).toNanos();
        while (!portFree(DB_PORT) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        if (waitedMillis > 0) {
            System.out.println("MariaDB's port was free again after " + waitedMillis + " ms");
        }
        db = keep(EmbeddedMariaDb.start(DB_PORT, dir.resolve("mariadb")));
    }

    private static boolean portFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // As the database binds it: sockets of old connections lingering in TIME_WAIT do not count.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * How many times each reply whose body is {@code LIKE} the pattern was stored; empty while the database cannot be
     * asked (it may be restarting).
     */
    Map<String, Integer> storedReplies(String like) {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection connection = db.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT body, COUNT(*) FROM inbound_message WHERE body LIKE ? GROUP BY body")) {
            query.setString(1, like);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            return new HashMap<>();
        }
        return stored;
    }

    /**
     * CPU milliseconds each process of the system has used so far, by name: the server or each node, HAProxy, MariaDB,
     * and this JVM (the load, the carrier fake, sign-in and mail).
     */
    Map<String, Long> cpuMillisByProcess() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        if (cluster != null) {
            for (int n = 1; n <= cluster.size(); n++) {
                cpu.put(LocalCluster.nodeName(n), cluster.node(n).cpuMillis());
            }
            cpu.put("HAProxy", cluster.balancer().cpuMillis());
        } else {
            cpu.put("WildFly", server.cpuMillis());
        }
        cpu.put("MariaDB", db.cpuMillis());
        cpu.put("bench JVM", ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
        return cpu;
    }

    /** The CPU each process used between two readings of {@link #cpuMillisByProcess}, as shares of one core. */
    static String cpuShares(Map<String, Long> before, Map<String, Long> after, long nanos) {
        List<String> shares = new ArrayList<>();
        after.forEach((name, millis) -> shares.add(String.format("%s %.0f %%", name,
                (millis - before.getOrDefault(name, 0L)) / (nanos / 1e6) * 100)));
        return String.join(", ", shares);
    }

    /** The server's resident memory, or the nodes' together, in MiB. */
    long residentMemoryMiB() {
        return cluster == null ? server.residentMemoryMiB()
                : cluster.nodes().stream().mapToLong(WildFlyServer::residentMemoryMiB).sum();
    }

    /** CPU milliseconds the JIT compilers of the server, or of every node, have used so far. */
    long jitCpuMillis() {
        return cluster == null ? server.jitCpuMillis()
                : cluster.nodes().stream().mapToLong(WildFlyServer::jitCpuMillis).sum();
    }

    /** The port the API and webhooks are served on: the server's, or the balancer's. */
    int httpPort() {
        return cluster == null ? HTTP_PORT : BALANCER_PORT;
    }

    /** The bearer token of the benchmark's admin, for calls outside GraphQL. */
    String token() {
        return token;
    }

    /** The mobile number of the {@code i}-th person {@link #importPeople} imports. */
    static String mobile(int i) {
        return String.format("+1201%07d", 2_100_000 + i);
    }

    /** Imports {@code count} students with the mobiles {@link #mobile}(0 ..count-1) and returns their ids. */
    List<String> importPeople(int count) throws Exception {
        return importPeople(0, count);
    }

    /**
     * Imports {@code count} students with the mobiles {@link #mobile}(first ..first+count-1) and returns their ids.
     */
    List<String> importPeople(int first, int count) throws Exception {
        String batch = "BENCH" + UUID.randomUUID().toString().substring(0, 6);
        long start = System.nanoTime();
        for (int from = 0; from < count; from += 2000) {
            List<Map<String, Object>> people = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 2000); i++) {
                people.add(Map.of("firstName", "Student", "lastName", batch + i, "email", "s" + i + "@example.edu",
                        "records", List.of(Map.of("type", "STUDENT", "externalId", batch + "-" + i,
                                "mobile", mobile(first + i)))));
            }
            graphql("mutation($people: [PersonInput!]!) { importPeople(people: $people) { created } }",
                    Map.of("people", people));
        }
        System.out.printf("Imported %d people (importPeople, 2,000 a call) in %.1f s%n", count,
                (System.nanoTime() - start) / 1e9);
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 100) {
            JsonNode page = graphql("query($text: String!, $offset: Int!) { searchContacts(text: $text, offset: "
                    + "$offset, limit: 100) { contacts { id } } }", Map.of("text", batch, "offset", offset))
                    .at("/searchContacts/contacts");
            page.forEach(c -> ids.add(c.get("id").asString()));
        }
        if (ids.size() != count) {
            throw new IllegalStateException("Imported " + ids.size() + " of " + count);
        }
        return ids;
    }

    /** Creates a pool with one number and returns the pool's id. */
    String pool(String name, String number, String kind, int rate) throws Exception {
        return pool(name, List.of(number), kind, rate);
    }

    /** Creates a pool with these numbers, each of the kind and rate limit given, and returns the pool's id. */
    String pool(String name, List<String> numbers, String kind, int rate) throws Exception {
        String id = graphql("mutation($name: String!) { createPool(name: $name) { id } }", Map.of("name", name))
                .at("/createPool/id").asString();
        for (String number : numbers) {
            graphql("mutation($pool: ID!, $number: String!, $kind: SenderKind!, $rate: Int) { addPoolNumber(poolId: "
                    + "$pool, number: $number, kind: $kind, segmentsPerSecond: $rate) { id } }",
                    Map.of("pool", id, "number", number, "kind", kind, "rate", rate));
        }
        return id;
    }

    /**
     * Waits until the server's JIT compiler threads used under 5 % of a core in the last half second, or until
     * {@code until} (System.nanoTime()). Under load on two cores the compiler gets little CPU and catches up only
     * when the load pauses; a benchmark that measures before it is done measures the compiler.
     *
     * @return the compiler's CPU milliseconds while waiting
     */
    long awaitCompilerIdle(long until) throws InterruptedException {
        long first = jitCpuMillis();
        long previous = first;
        do {
            Thread.sleep(500);
            long now = jitCpuMillis();
            if (now - previous < 25) {
                return now - first;
            }
            previous = now;
        } while (System.nanoTime() < until);
        return previous - first;
    }

    JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                Map.of("query", query, "variables", variables))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!response.body().startsWith("{")) {
            throw new IllegalStateException("GraphQL answered " + response.statusCode() + " with: " + response.body()
                    + "\nto: " + query);
        }
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || json.has("errors")) {
            throw new IllegalStateException("GraphQL failed (" + response.statusCode() + "): " + response.body());
        }
        return json.get("data");
    }

    /** Stops what was started, last first. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Could not stop " + started.get(i) + ": " + e);
            }
        }
        started.clear();
    }
}
