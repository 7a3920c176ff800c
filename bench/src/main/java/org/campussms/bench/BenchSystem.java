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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.EmbeddedMariaDb;
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

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private Path dir;
    private EmbeddedMariaDb db;
    private FakeTwilio fake;
    private WildFlyServer server;
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
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        WildFlyServer.deleteRecursively(dir);
        // bench/pom.xml gives each benchmark JVM a temporary directory of its own, which must exist.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        BenchSystem system = new BenchSystem();
        system.dir = dir;
        try {
            system.db = system.keep(EmbeddedMariaDb.start(DB_PORT, dir.resolve("mariadb")));
            LocalSignIn signIn = system.keep(LocalSignIn.start(10180));
            system.fake = system.keep(FakeTwilio.start(10190, BASE_URL + "/webhooks/twilio/inbound"));
            LocalMail mail = system.keep(LocalMail.start(10025, 10143, 0));
            Map<String, String> env = system.env;
            env.put("CAMPUS_ENV", "test");
            // Benchmarks run at any hour: their pools text around the clock.
            env.put("DEFAULT_SENDING_WINDOW", "00:00-24:00");
            env.put("MARIADB_URL", system.db.jdbcUrl());
            env.put("MARIADB_USER", EmbeddedMariaDb.USER);
            env.put("MARIADB_PASSWORD", EmbeddedMariaDb.PASSWORD);
            env.put("OIDC_PROVIDER_URL", signIn.issuerUrl());
            env.put("PUBLIC_BASE_URL", BASE_URL);
            env.put("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID);
            env.put("TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN);
            env.put("TWILIO_API_BASE", system.fake.baseUrl());
            env.put("SMTP_HOST", mail.smtpHost());
            env.put("SMTP_PORT", String.valueOf(mail.smtpPort()));
            env.putAll(settings);
            system.server = system.keep(WildFlyServer.start(Path.of(System.getProperty("campus.wildfly.home")),
                    dir.resolve("standalone"), WildFlyServer.Previous.DISCARDED,
                    Path.of(System.getProperty("campus.ear")), env, PORT_OFFSET));
            system.token = signIn.issueToken(new StaffLogin("bench-admin", "Bench Admin", "bench@example.edu",
                    List.of("staff", "admin")));
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
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

    /** SIGKILL to the server's JVM: no shutdown hooks, no flush, as when the machine dies. */
    void killServer() throws InterruptedException {
        server.process().destroyForcibly().waitFor();
        started.remove(server);
    }

    /** Starts the server again on the data it left (the broker's journal, the transaction log). */
    void restartServer() {
        server = keep(WildFlyServer.start(Path.of(System.getProperty("campus.wildfly.home")), dir.resolve("standalone"),
                WildFlyServer.Previous.RESUMED, Path.of(System.getProperty("campus.ear")), env, PORT_OFFSET));
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
        long first = server.jitCpuMillis();
        long previous = first;
        do {
            Thread.sleep(500);
            long now = server.jitCpuMillis();
            if (now - previous < 25) {
                return now - first;
            }
            previous = now;
        } while (System.nanoTime() < until);
        return previous - first;
    }

    JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/graphql"))
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
