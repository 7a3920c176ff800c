package org.campussms.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.campussms.devstack.EmbeddedMariaDb;
import org.campussms.devstack.LocalMail;
import org.campussms.devstack.LocalSignIn;
import org.campussms.devstack.LocalSignIn.StaffLogin;
import org.campussms.devstack.WildFlyServer;
import org.campussms.devstack.carrier.FakeTwilio;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk send through the real deployment to the carrier fake, measured against the fake's own raw accept rate in the
 * same run (the machines are noisy; the ratio is the figure):
 * <ol>
 *   <li>the fake's raw rate: its Messages API called directly, as many requests, same concurrency as our sender;
 *   <li>a bulk send of N recipients with the rate limit set high: time for startBulkSend to answer, time until the
 *       fake has accepted all N, messages per second, and the busiest 1-second window of the number;
 *   <li>a bulk send at a low limit (50 segments/s), to show the limit holds: its busiest 1-second window.
 * </ol>
 */
public final class BulkSendBenchmark {

    private static final int PORT_OFFSET = 2000;
    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final int CONCURRENCY = 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base = "http://localhost:" + HTTP_PORT;
    private String token;

    public static void main(String[] args) throws Exception {
        int recipients = Integer.parseInt(System.getProperty("bench.recipients", "10000"));
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        WildFlyServer.deleteRecursively(dir);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(33306, dir.resolve("mariadb"));
             LocalSignIn signIn = LocalSignIn.start(10180);
             FakeTwilio fake = FakeTwilio.start(10190, "http://localhost:" + HTTP_PORT + "/webhooks/twilio/inbound");
             LocalMail mail = LocalMail.start(10025, 10143, 0)) {
            Map<String, String> env = new HashMap<>();
            env.put("MARIADB_URL", db.jdbcUrl());
            env.put("MARIADB_USER", EmbeddedMariaDb.USER);
            env.put("MARIADB_PASSWORD", EmbeddedMariaDb.PASSWORD);
            env.put("OIDC_PROVIDER_URL", signIn.issuerUrl());
            env.put("PUBLIC_BASE_URL", "http://localhost:" + HTTP_PORT);
            env.put("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID);
            env.put("TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN);
            env.put("TWILIO_API_BASE", fake.baseUrl());
            env.put("SMTP_HOST", mail.smtpHost());
            env.put("SMTP_PORT", String.valueOf(mail.smtpPort()));
            try (WildFlyServer server = WildFlyServer.start(Path.of(System.getProperty("campus.wildfly.home")),
                    dir.resolve("standalone"), Path.of(System.getProperty("campus.ear")), env, PORT_OFFSET)) {
                BulkSendBenchmark bench = new BulkSendBenchmark();
                bench.token = signIn.issueToken(new StaffLogin("bench-admin", "Bench Admin", "bench@example.edu",
                        List.of("staff", "admin")));
                bench.run(fake, recipients, server);
            }
        }
        System.exit(0);
    }

    private void run(FakeTwilio fake, int recipients, WildFlyServer server) throws Exception {
        System.out.printf("MariaDB, WildFly (%d MiB resident) and the carrier fake are up; %d recipients%n",
                server.residentMemoryMiB(), recipients);
        List<String> people = importPeople(recipients);

        double rawRate = rawAcceptRate(fake, recipients);
        fake.reset();

        String fastNumber = "+12012000000";
        String fastPool = pool("Bench fast", fastNumber, "SHORT_CODE", 1000);
        Result fast = bulkSend(fake, fastPool, fastNumber, people);

        String slowNumber = "+12013000000";
        String slowPool = pool("Bench limited", slowNumber, "LONG_CODE", 50);
        Result slow = bulkSend(fake, slowPool, slowNumber, people.subList(0, Math.min(500, people.size())));

        double ratio = fast.rate() / rawRate;
        System.out.println();
        System.out.println("==================== bulk send benchmark ====================");
        System.out.printf("recipients                         : %d%n", recipients);
        System.out.printf("planBulkSend                       : %d ms%n", fast.planMillis());
        System.out.printf("startBulkSend answered in          : %d ms   (goal < 1000)%n", fast.startMillis());
        System.out.printf("all messages created (queued) in   : %.1f s%n", fast.createdSeconds());
        System.out.printf("all accepted by the carrier fake in: %.1f s   (goal < 20)%n", fast.allSeconds());
        System.out.printf("our rate                           : %.0f msg/s%n", fast.rate());
        System.out.printf("fake's raw accept rate (same run)  : %.0f msg/s  (%d concurrent senders)%n", rawRate,
                CONCURRENCY);
        System.out.printf("ratio                              : %.0f %%   (goal >= 80 %%)%n", ratio * 100);
        System.out.printf("busiest 1 s window, limit 1000/s   : %d%n", fast.busiestSecond());
        System.out.printf("busiest 1 s window, limit 50/s     : %d   (%d texts in %.1f s)%n", slow.busiestSecond(),
                slow.count(), slow.allSeconds());
        System.out.printf("WildFly resident memory after      : %d MiB%n", server.residentMemoryMiB());
        System.out.println("==============================================================");
    }

    private record Result(long planMillis, long startMillis, double allSeconds, double rate, int busiestSecond,
            int count, double createdSeconds) {
    }

    private Result bulkSend(FakeTwilio fake, String poolId, String number, List<String> people) throws Exception {
        long t0 = System.nanoTime();
        JsonNode plan = graphql("mutation($pool: ID!, $people: [ID!], $body: String!) { planBulkSend(poolId: $pool, "
                        + "audience: {personIds: $people}, body: $body) { id sms estimatedSeconds } }",
                Map.of("pool", poolId, "people", people, "body", "Campus is closed today because of snow."))
                .get("planBulkSend");
        long planMillis = (System.nanoTime() - t0) / 1_000_000;
        int expected = plan.get("sms").asInt();
        long start = System.nanoTime();
        graphql("mutation($id: ID!) { startBulkSend(planId: $id) { status } }", Map.of("id", plan.get("id").asString()));
        long startMillis = (System.nanoTime() - start) / 1_000_000;
        long deadline = start + Duration.ofSeconds(600).toNanos();
        List<FakeTwilio.Accepted> accepted = List.of();
        long createdNanos = 0;
        while (System.nanoTime() < deadline) {
            accepted = fake.accepted().stream().filter(m -> number.equals(m.from())).toList();
            if (accepted.size() >= expected) {
                break;
            }
            if (createdNanos == 0 && graphql("query($id: ID!) { bulkSend(id: $id) { notYetQueued } }",
                    Map.of("id", plan.get("id").asString())).at("/bulkSend/notYetQueued").asLong() == 0) {
                createdNanos = System.nanoTime();
            }
            Thread.sleep(100);
        }
        if (accepted.size() < expected) {
            throw new IllegalStateException("Only " + accepted.size() + " of " + expected + " reached the fake");
        }
        long last = accepted.stream().mapToLong(FakeTwilio.Accepted::acceptedNanos).max().orElseThrow();
        double seconds = (last - start) / 1e9;
        double createdSeconds = createdNanos == 0 ? seconds : (createdNanos - start) / 1e9;
        return new Result(planMillis, startMillis, seconds, expected / seconds, busiestSecond(accepted), expected,
                createdSeconds);
    }

    /** The most messages the fake accepted from one number within any 1-second window. */
    private static int busiestSecond(List<FakeTwilio.Accepted> accepted) {
        long[] times = accepted.stream().mapToLong(FakeTwilio.Accepted::acceptedNanos).sorted().toArray();
        int best = 0;
        int from = 0;
        for (int to = 0; to < times.length; to++) {
            while (times[to] - times[from] >= 1_000_000_000L) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }

    /** The fake's Messages API called directly: what it can accept at our sender's concurrency. */
    private static double rawAcceptRate(FakeTwilio fake, int requests) throws Exception {
        String url = fake.baseUrl() + "/2010-04-01/Accounts/" + FakeTwilio.ACCOUNT_SID + "/Messages.json";
        String auth = "Basic " + Base64.getEncoder().encodeToString((FakeTwilio.ACCOUNT_SID + ":"
                + FakeTwilio.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    String form = "To=" + URLEncoder.encode(String.format("+1201%07d", 5_000_000 + i),
                            StandardCharsets.UTF_8) + "&From=%2B12019999999&Body=raw";
                    HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return requests / seconds;
    }

    private List<String> importPeople(int count) throws Exception {
        String batch = "BENCH" + UUID.randomUUID().toString().substring(0, 6);
        for (int from = 0; from < count; from += 2000) {
            List<Map<String, Object>> people = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 2000); i++) {
                people.add(Map.of("firstName", "Student", "lastName", batch + i, "email", "s" + i + "@example.edu",
                        "records", List.of(Map.of("type", "STUDENT", "externalId", batch + "-" + i,
                                "mobile", String.format("+1201%07d", 2_100_000 + i)))));
            }
            graphql("mutation($people: [PersonInput!]!) { importPeople(people: $people) { created } }",
                    Map.of("people", people));
        }
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

    private String pool(String name, String number, String kind, int rate) throws Exception {
        String id = graphql("mutation($name: String!) { createPool(name: $name) { id } }", Map.of("name", name))
                .at("/createPool/id").asString();
        graphql("mutation($pool: ID!, $number: String!, $kind: SenderKind!, $rate: Int) { addPoolNumber(poolId: "
                + "$pool, number: $number, kind: $kind, segmentsPerSecond: $rate) { id } }",
                Map.of("pool", id, "number", number, "kind", kind, "rate", rate));
        return id;
    }

    private JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
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
}
