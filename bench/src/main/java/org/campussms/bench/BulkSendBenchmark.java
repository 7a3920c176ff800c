package org.campussms.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.campussms.devstack.carrier.FakeTwilio;
import tools.jackson.databind.JsonNode;

/**
 * Bulk send through the real deployment to the carrier fake, measured against the fake's own raw accept rate in the
 * same run (the machines are noisy; the ratio is the figure):
 * <ol>
 *   <li>the fake's raw rate: its Messages API called directly, as many requests, same concurrency as our sender;
 *   <li>warm-up bulk sends from a pool of their own until the server's JIT compiler is done with the path;
 *   <li>a bulk send of N recipients with the rate limits set high (a pool of three short codes at 1000
 *       segments/s each): time for startBulkSend to answer, time until the fake has accepted all N, messages per second, and
 *       the busiest 1-second window of either number;
 *   <li>a bulk send at a low limit (50 segments/s), to show the limit holds: its busiest 1-second window.
 * </ol>
 */
public final class BulkSendBenchmark {

    private static final int CONCURRENCY = 16;

    private final BenchSystem system;

    private BulkSendBenchmark(BenchSystem system) {
        this.system = system;
    }

    public static void main(String[] args) throws Exception {
        if (!BenchSystem.selected("bulk")) {
            return;
        }
        int recipients = Integer.parseInt(System.getProperty("bench.recipients", "10000"));
        // -Dbench.bulk.nodes=2: a cluster of two behind HAProxy, sharing each number's limit through the database.
        int nodes = Integer.getInteger("bench.bulk.nodes", 1);
        try (BenchSystem system = nodes == 1 ? BenchSystem.start() : BenchSystem.startCluster(Map.of(), nodes)) {
            new BulkSendBenchmark(system).run(system.fake(), recipients);
        }
        // The embedded services leave non-daemon threads behind.
        System.exit(0);
    }

    private void run(FakeTwilio fake, int recipients) throws Exception {
        System.out.printf("MariaDB, WildFly (%d MiB resident) and the carrier fake are up; %d recipients%n",
                system.residentMemoryMiB(), recipients);
        List<String> people = system.importPeople(recipients);

        double rawRate = rawAcceptRate(fake, recipients);
        fake.reset();
        warmUp(fake, people.subList(0, Math.min(2000, people.size())));

        // Limits set high: three short codes of 1000 segments/s each. Each keeps a 10 % margin below its limit (see
        // SenderRateLimiter), so two would cap the send at about 1,820/s: about the goal's 80 % of the fake's rate.
        List<String> fastNumbers = List.of("+12012000000", "+12012000001", "+12012000002");
        String fastPool = system.pool("Bench fast", fastNumbers, "SHORT_CODE", 1000);
        Map<String, Long> cpuBefore = system.cpuMillisByProcess();
        long fastStart = System.nanoTime();
        Result fast = bulkSend(fake, fastPool, fastNumbers, people);
        String fastCpu = BenchSystem.cpuShares(cpuBefore, system.cpuMillisByProcess(), System.nanoTime() - fastStart);

        List<String> slowNumbers = List.of("+12013000000");
        String slowPool = system.pool("Bench limited", slowNumbers, "LONG_CODE", 50);
        Result slow = bulkSend(fake, slowPool, slowNumbers, people.subList(0, Math.min(500, people.size())));

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
        System.out.printf("busiest 1 s window of one number,%n");
        System.out.printf("  pool of three numbers, 1000/s each: %d%n", fast.busiestSecond());
        System.out.printf("busiest 1 s window, limit 50/s     : %d   (%d texts in %.1f s)%n", slow.busiestSecond(),
                slow.count(), slow.allSeconds());
        System.out.printf("CPU per process during the fast send: %s (shares of one core)%n", fastCpu);
        System.out.printf("WildFly resident memory after      : %d MiB%n", system.residentMemoryMiB());
        System.out.println("==============================================================");
    }

    private record Result(long planMillis, long startMillis, double allSeconds, double rate, int busiestSecond,
            int count, double createdSeconds) {
    }

    /**
     * Bulk sends of the first recipients from a pool of their own, repeated until the server's JIT compiler is done
     * with the path (a round that gave it under 1 s of CPU, or 4 minutes): a server in service is warm, and on two
     * cores the compiler otherwise takes most of one core for minutes after boot.
     */
    private void warmUp(FakeTwilio fake, List<String> people) throws Exception {
        List<String> numbers = List.of("+12015000000");
        String pool = system.pool("Bench warm-up", numbers, "SHORT_CODE", 1000);
        long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        System.out.printf("Warming up with bulk sends of %d until the JIT compiler settles%n", people.size());
        for (int round = 1; ; round++) {
            long jitBefore = system.jitCpuMillis();
            Result result = bulkSend(fake, pool, numbers, people);
            system.awaitCompilerIdle(until);
            long jitMillis = system.jitCpuMillis() - jitBefore;
            fake.reset();
            System.out.printf("  warm-up round %d: %.0f msg/s; JIT compiler %d ms CPU%n", round, result.rate(),
                    jitMillis);
            if (jitMillis < 1000 || System.nanoTime() > until) {
                return;
            }
        }
    }

    private Result bulkSend(FakeTwilio fake, String poolId, List<String> numbers, List<String> people)
            throws Exception {
        long t0 = System.nanoTime();
        JsonNode plan = system.graphql("mutation($pool: ID!, $people: [ID!], $body: String!) { planBulkSend("
                        + "poolId: $pool, audience: {personIds: $people}, body: $body) { id sms estimatedSeconds } }",
                Map.of("pool", poolId, "people", people, "body", "Campus is closed today because of snow."))
                .get("planBulkSend");
        long planMillis = (System.nanoTime() - t0) / 1_000_000;
        int expected = plan.get("sms").asInt();
        long start = System.nanoTime();
        system.graphql("mutation($id: ID!) { startBulkSend(planId: $id) { status } }",
                Map.of("id", plan.get("id").asString()));
        long startMillis = (System.nanoTime() - start) / 1_000_000;
        long deadline = start + Duration.ofSeconds(600).toNanos();
        List<FakeTwilio.Accepted> accepted = List.of();
        long createdNanos = 0;
        while (System.nanoTime() < deadline) {
            accepted = fake.accepted().stream().filter(m -> numbers.contains(m.from())).toList();
            if (accepted.size() >= expected) {
                break;
            }
            if (createdNanos == 0 && system.graphql("query($id: ID!) { bulkSend(id: $id) { notYetQueued } }",
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
        int busiest = accepted.stream().collect(Collectors.groupingBy(FakeTwilio.Accepted::from)).values().stream()
                .mapToInt(BulkSendBenchmark::busiestSecond).max().orElse(0);
        return new Result(planMillis, startMillis, seconds, expected / seconds, busiest, expected, createdSeconds);
    }

    /** The most messages the fake accepted within any 1-second window (of one number's messages). */
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
                    BenchSystem.HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
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
}
