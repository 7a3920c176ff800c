package org.campussms.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.campussms.devstack.carrier.FakeTwilio;
import org.campussms.devstack.carrier.TwilioSignature;

/**
 * Inbound SMS webhooks with valid signatures, at increasing concurrency, against the deployed system, next to the
 * same load on the unsigned no-op probe {@code /webhooks/twilio/ping} of the same JAX-RS application in the same
 * run (the machines are noisy; the ratio is the figure). Per level: requests per second, p50 and p99 latency and
 * errors of both, and for the webhook the rate at which the messages were stored, which waits for the queue behind
 * the webhook to drain. At the end the database must hold exactly as many inbound messages as were accepted.
 *
 * <p>Each level's time is cut into rounds that alternate the two loads (webhook, no-op, webhook, ...), so that a
 * change in the host's speed during the level weighs on both alike: measured on these machines, the no-op's rate
 * moved between 12,400 and 15,900 per second from one level to the next of the same run.
 */
public final class InboundWebhookBenchmark {

    private static final String WEBHOOK = "/webhooks/twilio/inbound";
    private static final String PING = "/webhooks/twilio/ping";
    private static final String POOL_NUMBER = "+12014000000";
    private static final String[] BODIES = {
            "Is the advising office open on Friday?",
            "Thanks! See you at 3",
            "Can I still drop CHEM 101 this week? My schedule changed and I can't make the labs.",
            "I lost my student ID card, where do I get a new one?",
            "ok",
            "Is the library open late during finals? 📚",
    };

    private static final boolean TRACE = Boolean.getBoolean("bench.inbound.trace");

    private final BenchSystem system;
    private final int people;
    private final Duration warmUp;
    private final Duration measured;
    private final int rounds;
    private final int maxRate;
    private final String sidPrefix = String.format("SM%08x", System.currentTimeMillis() & 0xffffffffL);
    private long nextSid;
    /** Webhook requests answered 200 so far: the messages the database must end up holding. */
    private long accepted;
    /** The inbound messages stored when {@link #awaitStored} last found them all, and the highest id among them. */
    private long storedBefore;
    private long storedUpToId;

    private InboundWebhookBenchmark(BenchSystem system) {
        this.system = system;
        this.people = Integer.getInteger("bench.inbound.people", 1000);
        this.warmUp = Duration.ofMillis(Long.getLong("bench.inbound.warmup-millis", 1000));
        this.measured = Duration.ofSeconds(Long.getLong("bench.inbound.seconds", 8));
        this.rounds = Integer.getInteger("bench.inbound.rounds", 4);
        // Requests are built before each run: enough for this rate. A host measured at 28,000 no-op requests per
        // second ran through 6,000 per second's worth in a fifth of the round.
        this.maxRate = Integer.getInteger("bench.inbound.max-rate", 50_000);
    }

    public static void main(String[] args) throws Exception {
        if (!BenchSystem.selected("inbound")) {
            return;
        }
        int[] levels = Arrays.stream(System.getProperty("bench.inbound.concurrency", "1,4,16,32,64,128").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        // -Dbench.inbound.nodes=2: a cluster of two behind HAProxy, loaded through the balancer.
        int nodes = Integer.getInteger("bench.inbound.nodes", 1);
        try (BenchSystem system = nodes == 1 ? BenchSystem.start() : BenchSystem.startCluster(Map.of(), nodes)) {
            new InboundWebhookBenchmark(system).run(levels);
        }
        // The embedded services leave non-daemon threads behind.
        System.exit(0);
    }

    /**
     * One level's rounds added up; {@code storedNanos}: the time from each round's first webhook request until its
     * last message was stored, summed.
     */
    private record Level(int concurrency, int rounds, Load webhook, long storedNanos, long jitMillis, Load ping,
            String cpu) {

        /** Share of one core the server's JIT compiler used while the webhook load ran. */
        double jitShare() {
            return jitMillis / (storedNanos / 1e6);
        }

        /** How long after a round's last answer its last message was stored, on average. */
        double drainMillis() {
            return (storedNanos - webhook.nanos()) / 1e6 / rounds;
        }

        /** Messages per second from the first request until the last of them was stored. */
        double storedRate() {
            return webhook.ok() / (storedNanos / 1e9);
        }

        double ratio() {
            return storedRate() / ping.rate();
        }

        boolean meetsGoal() {
            return storedRate() >= 1000 && webhook.p99() < 50 && ratio() >= 0.40;
        }
    }

    private void run(int[] levels) throws Exception {
        System.out.printf("MariaDB, WildFly (%d MiB resident) and the carrier fake are up; importing %d people%n",
                system.residentMemoryMiB(), people);
        system.importPeople(people);
        system.pool("Bench inbound", POOL_NUMBER, "LONG_CODE", 1);
        probe();
        List<Level> results = new ArrayList<>();
        try (Connection db = system.db().connect()) {
            if (stored(db) != 0) {
                throw new IllegalStateException("The database holds inbound messages before the benchmark");
            }
            warmUpUntilCompiled(db);
            Duration round = measured.dividedBy(rounds);
            for (int concurrency : levels) {
                load(WEBHOOK, concurrency, warmUp);
                awaitStored(db);
                load(PING, concurrency, warmUp);
                List<Load> webhooks = new ArrayList<>();
                List<Load> pings = new ArrayList<>();
                long storedNanos = 0;
                long jitMillis = 0;
                Map<String, Long> cpuBefore = system.cpuMillisByProcess();
                long levelStart = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    long jitBefore = system.jitCpuMillis();
                    Load webhook = load(WEBHOOK, concurrency, round);
                    storedNanos += awaitStored(db) - webhook.start();
                    jitMillis += system.jitCpuMillis() - jitBefore;
                    webhooks.add(webhook);
                    pings.add(load(PING, concurrency, round));
                }
                Load ping = Load.sum(pings);
                String cpu = BenchSystem.cpuShares(cpuBefore, system.cpuMillisByProcess(),
                        System.nanoTime() - levelStart);
                Level level = new Level(concurrency, rounds, Load.sum(webhooks), storedNanos, jitMillis, ping, cpu);
                System.out.printf("concurrency %d: webhook %.0f/s stored %.0f/s, no-op %.0f/s%n", concurrency,
                        level.webhook().rate(), level.storedRate(), ping.rate());
                results.add(level);
            }
            Thread.sleep(1000);
            report(results, stored(db));
        }
    }

    /**
     * Alternates both endpoints at concurrency 16 until the server's JIT compiler is done with them. Under load the
     * compiler gets little CPU (two cores), so after each round the load pauses until the compiler is idle; the
     * warm-up ends with a round that gave the compiler little new work (under 5 % of the round's load time), or at
     * the limit. Measuring earlier measures the compiler, not the webhook.
     */
    private void warmUpUntilCompiled(Connection db) throws Exception {
        Duration limit = Duration.ofSeconds(Long.getLong("bench.inbound.max-warmup-seconds", 300));
        long until = System.nanoTime() + limit.toNanos();
        System.out.printf("Warming up both endpoints at concurrency 16 until the JIT compiler settles (at most %d s)%n",
                limit.toSeconds());
        Duration loadTime = Duration.ofSeconds(4);
        for (int round = 1; ; round++) {
            long jitBefore = system.jitCpuMillis();
            Load webhook = load(WEBHOOK, 16, loadTime.minusSeconds(1));
            awaitStored(db);
            load(PING, 16, Duration.ofSeconds(1));
            long idleStarted = System.nanoTime();
            system.awaitCompilerIdle(until);
            long jitMillis = system.jitCpuMillis() - jitBefore;
            System.out.printf("  warm-up round %d: webhook %.0f/s; JIT compiler %d ms CPU, idle after %.1f s%n",
                    round, webhook.rate(), jitMillis, (System.nanoTime() - idleStarted) / 1e9);
            if (jitMillis < loadTime.toMillis() / 20) {
                return;
            }
            if (System.nanoTime() > until) {
                System.out.println("  the JIT compiler is still busy; measuring anyway (see the JIT column)");
                return;
            }
        }
    }

    private void report(List<Level> levels, long stored) {
        System.out.println();
        System.out.println("============================== inbound webhook benchmark ==============================");
        System.out.printf("%d s per level and endpoint, in %d rounds alternating them, after %d ms warm-up; "
                + "requests of ~%d bytes from %d senders%n", measured.toSeconds(), rounds, warmUp.toMillis(),
                request(WEBHOOK).length, people);
        System.out.println("      |            signed webhook                            "
                + "|       no-op /ping           |");
        System.out.println(" conc |  200/s  p50 ms  p99 ms  err  stored/s  drain ms  JIT "
                + "|  req/s  p50 ms  p99 ms  err | ratio");
        for (Level l : levels) {
            Load w = l.webhook();
            Load p = l.ping();
            System.out.printf(" %4d | %6.0f  %6.1f  %6.1f  %3d  %8.0f  %8.0f  %2.0f %% "
                            + "| %6.0f  %6.1f  %6.1f  %3d | %3.0f %% %s%n",
                    l.concurrency(), w.rate(), w.p50(), w.p99(), w.errors(), l.storedRate(), l.drainMillis(),
                    l.jitShare() * 100,
                    p.rate(), p.p50(), p.p99(), p.errors(), l.ratio() * 100, l.meetsGoal() ? "goal met" : "");
        }
        System.out.println("ratio = stored/s over no-op req/s; goal: >= 1000 stored/s, webhook p99 < 50 ms, >= 40 %");
        System.out.println("CPU per process over each level (both loads), as shares of one core:");
        levels.forEach(l -> System.out.printf(" %4d | %s%n", l.concurrency(), l.cpu()));
        System.out.println("JIT = share of one core the server's JIT compiler used during the webhook load");
        System.out.printf("webhook requests answered 200: %d; inbound messages in the database: %d  %s%n", accepted,
                stored, accepted == stored ? "(equal)" : "(MISMATCH)");
        System.out.printf("WildFly resident memory after (all nodes): %d MiB%n", system.residentMemoryMiB());
        System.out.println("=======================================================================================");
    }

    /**
     * Timed runs against one endpoint: {@code start} is the first one's (System.nanoTime()), {@code nanos} their
     * duration summed; latencies in nanoseconds, sorted.
     */
    private record Load(long start, long nanos, int ok, int errors, long[] latencies) {

        static Load sum(List<Load> loads) {
            long[] latencies = loads.stream().flatMapToLong(load -> Arrays.stream(load.latencies())).sorted().toArray();
            return new Load(loads.get(0).start(), loads.stream().mapToLong(Load::nanos).sum(),
                    loads.stream().mapToInt(Load::ok).sum(), loads.stream().mapToInt(Load::errors).sum(), latencies);
        }

        double rate() {
            return ok / (nanos / 1e9);
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            return latencies.length == 0 ? Double.NaN
                    : latencies[(int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] / 1e6;
        }
    }

    /**
     * {@code concurrency} connections post as fast as they are answered for {@code duration}. Every request is
     * built and signed before the clock starts, and each connection is opened before it.
     */
    private Load load(String path, int concurrency, Duration duration) throws Exception {
        // At most about 300 MB of requests, for the bench's heap.
        int capacity = (int) Math.min(400_000, Math.max(1000, maxRate * duration.toMillis() / 1000));
        byte[][] requests = new byte[capacity][];
        for (int i = 0; i < capacity; i++) {
            requests[i] = request(path);
        }
        long[] latencies = new long[capacity];
        AtomicInteger next = new AtomicInteger();
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection("127.0.0.1", system.httpPort())) {
                    connection.connect();
                    ready.countDown();
                    go.await();
                    long started;
                    int i;
                    while ((started = System.nanoTime()) < deadline[0] && (i = next.getAndIncrement()) < capacity) {
                        try {
                            (connection.exchange(requests[i]) == 200 ? ok : errors).increment();
                        } catch (IOException e) {
                            errors.increment();
                        }
                        latencies[i] = System.nanoTime() - started;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load-" + w);
            worker.start();
            workers.add(worker);
        }
        ready.await();
        if (TRACE) {
            // For profiling one endpoint's load: a profiler started on this line sees only it.
            System.out.printf("  load %s at concurrency %d for %d ms%n", path, concurrency, duration.toMillis());
        }
        long start = System.nanoTime();
        deadline[0] = start + duration.toNanos();
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long end = System.nanoTime();
        if (next.get() >= capacity && end < deadline[0]) {
            System.out.printf("  %s at concurrency %d used all %d requests built in %.2f of %.2f s; raise "
                    + "bench.inbound.max-rate%n", path, concurrency, capacity, (end - start) / 1e9,
                    duration.toNanos() / 1e9);
        }
        long[] done = Arrays.copyOf(latencies, Math.min(next.get(), capacity));
        Arrays.sort(done);
        if (path.equals(WEBHOOK)) {
            accepted += ok.sum();
        }
        return new Load(start, end - start, ok.intValue(), errors.intValue(), done);
    }

    /** A complete HTTP request as Twilio sends an inbound SMS: a new MessageSid, a known sender, our number. */
    private byte[] request(String path) {
        long n = nextSid++;
        String sid = sidPrefix + String.format("%024x", n);
        String from = BenchSystem.mobile((int) (n % people));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "US");
        form.put("ToState", "NJ");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("ToCity", "HACKENSACK");
        form.put("FromZip", "07601");
        form.put("SmsSid", sid);
        form.put("FromState", "NJ");
        form.put("SmsStatus", "received");
        form.put("FromCity", "HACKENSACK");
        form.put("Body", BODIES[(int) (n % BODIES.length)]);
        form.put("FromCountry", "US");
        form.put("To", POOL_NUMBER);
        form.put("ToZip", "07601");
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        form.put("From", from);
        form.put("ApiVersion", "2010-04-01");
        byte[] body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + system.httpPort() + "\r\n"
                + "User-Agent: TwilioProxy/1.1\r\n"
                + "Accept: */*\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "X-Twilio-Signature: " + TwilioSignature.sign(FakeTwilio.AUTH_TOKEN, system.baseUrl() + path,
                        form) + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** The no-op endpoint must answer TwiML, or the comparison means nothing. */
    private void probe() throws Exception {
        HttpResponse<String> response = BenchSystem.HTTP.send(HttpRequest.newBuilder(
                        URI.create(system.baseUrl() + PING))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Body=probe")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("<Response/>")) {
            throw new IllegalStateException("The probe answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Waits until every accepted webhook is stored; returns System.nanoTime() at the start of the query that found
     * them all (its snapshot). Counts the rows added since the last wait ended (then nothing was in flight, so
     * every later row has a higher id): counting the whole table, which grows by hundreds of thousands of rows in a
     * run, took up to a few hundred milliseconds, and that time counted against the stored rate.
     */
    private long awaitStored(Connection db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            long queried = System.nanoTime();
            long count;
            long lastId;
            try (PreparedStatement since = db.prepareStatement(
                    "select count(*), coalesce(max(id), ?) from inbound_message where id > ? and to_number = ?")) {
                since.setLong(1, storedUpToId);
                since.setLong(2, storedUpToId);
                since.setString(3, POOL_NUMBER);
                try (ResultSet rs = since.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                    lastId = rs.getLong(2);
                }
            }
            if (storedBefore + count >= accepted) {
                storedBefore += count;
                storedUpToId = lastId;
                return queried;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + (storedBefore + count) + " of " + accepted
                        + " inbound messages stored");
            }
            Thread.sleep(2);
        }
    }

    private static long stored(Connection db) throws Exception {
        try (PreparedStatement count = db.prepareStatement(
                "select count(*) from inbound_message where to_number = ?")) {
            count.setString(1, POOL_NUMBER);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
