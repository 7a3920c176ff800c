package org.campussms.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.campussms.devstack.carrier.FakeTwilio;

/**
 * The fault suite: each case injects a fault into the real stack (WildFly, MariaDB, the carrier fake) during real
 * work, then counts what reached the carrier and what was stored, and prints a row: what was injected, texts sent,
 * lost and duplicated, replies answered and stored, and how long recovery took. Exits 1 when a case fails.
 *
 * <p>Run: {@code mvn -Pfaults -DskipTests verify} (how long it takes: bench/RESULTS.md); {@code -Dfaults.only=F1,F6}
 * picks cases, {@code -Dfaults.quick=true} shortens every outage and bulk send.
 */
public final class FaultSuite {

    /** The server reconciles work untouched for 10 s, every 2 s: recovery shows within minutes, not hours. */
    private static final Map<String, String> SETTINGS = Map.of("RECONCILE_AFTER_SECONDS", "10",
            "RECONCILE_EVERY_SECONDS", "2");

    private final BenchSystem system;
    private final boolean quick;
    private final List<FaultRow> rows = new ArrayList<>();
    private int nextMobile = 3_000_000;
    private int nextNumber = 100;

    private FaultSuite(BenchSystem system, boolean quick) {
        this.system = system;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        FaultSelection chosen = FaultSelection.fromSystemProperties();
        boolean passed;
        try (BenchSystem system = BenchSystem.start(SETTINGS)) {
            FaultSuite suite = new FaultSuite(system, chosen.quick());
            if (chosen.runs("F6")) {
                suite.droppedAnswers();
            }
            if (chosen.runs("F2")) {
                suite.carrierOutage();
            }
            if (chosen.runs("F5")) {
                suite.hungCarrier();
            }
            if (chosen.runs("F3", "F4")) {
                suite.databaseKilled();
            }
            if (chosen.runs("F1")) {
                suite.serverKilled();
            }
            passed = FaultRow.printTable(String.format("Fault suite%s: each case against WildFly, MariaDB and "
                    + "the carrier fake", chosen.suffix()), suite.rows);
        }
        System.exit(passed ? 0 : 1);
    }

    // ---- the cases ----

    /** F1: SIGKILL WildFly during a bulk send once 500 texts are out, then start it again on its data. */
    private void serverKilled() throws Exception {
        int recipients = quick ? 1_000 : 3_000;
        FaultBulk bulk = bulkSend("F1", recipients, "SHORT_CODE", 100);
        Patience.await(() -> bulk.texted() >= 500, "500 texts out before the kill");
        int before = bulk.texted();
        system.killServer();
        long restarted = System.nanoTime();
        system.restartServer();
        boolean finished = bulk.awaitFinished();
        double recovery = Patience.seconds(restarted);
        rows.add(bulk.row("F1", "SIGKILL WildFly at " + before + " texts out; restarted", recovery, finished,
                "-", ""));
    }

    /** F2: the carrier answers 503, then 429, for 90 s in the middle of a bulk send. */
    private void carrierOutage() throws Exception {
        int recipients = quick ? 500 : 2_000;
        Duration half = Duration.ofSeconds(quick ? 10 : 45);
        FaultBulk bulk = bulkSend("F2", recipients, "SHORT_CODE", 100);
        Patience.await(() -> bulk.texted() >= recipients / 7, "the bulk send under way");
        system.fake().failFor("*", half, 503);
        Thread.sleep(half.toMillis());
        system.fake().failFor("*", half, 429);
        Thread.sleep(half.toMillis());
        long ended = System.nanoTime();
        boolean finished = bulk.awaitFinished();
        rows.add(bulk.row("F2", "carrier 503 for " + half.toSeconds() + " s, then 429 for " + half.toSeconds() + " s",
                Patience.seconds(ended), finished && bulk.progress().get("failed").asInt() == 0, "-",
                "failed " + bulk.progress().get("failed").asInt()));
    }

    /** F5: the carrier accepts connections and never answers for 60 s; webhooks must keep answering within 1 s. */
    private void hungCarrier() throws Exception {
        Duration hang = Duration.ofSeconds(quick ? 20 : 60);
        FaultBulk bulk = bulkSend("F5", quick ? 300 : 600, "SHORT_CODE", 100);
        Patience.await(() -> bulk.texted() >= 50, "the bulk send under way");
        system.fake().hangFor(hang);
        long hangEnds = System.nanoTime() + hang.toNanos();
        AtomicLong slowestMillis = new AtomicLong();
        AtomicInteger answered = new AtomicInteger();
        String student = BenchSystem.mobile(nextMobile++);
        while (System.nanoTime() < hangEnds) {
            long started = System.nanoTime();
            FakeTwilio.Posted posted = system.fake().post(student, bulk.number(), "Still there? " + answered.get());
            slowestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            if (posted.status() == 200) {
                answered.incrementAndGet();
            }
            Thread.sleep(250);
        }
        long ended = System.nanoTime();
        boolean finished = bulk.awaitFinished();
        int stored = system.storedReplies("Still there? %").values().stream().mapToInt(Integer::intValue).sum();
        boolean fast = slowestMillis.get() < 1_000;
        rows.add(bulk.row("F5", "carrier hangs " + hang.toSeconds() + " s", Patience.seconds(ended), finished && fast
                && stored == answered.get(), answered.get() + " answered 200 (slowest " + slowestMillis.get()
                + " ms), " + stored + " stored", ""));
    }

    /** F6: the carrier takes texts and drops the connection before answering. */
    private void droppedAnswers() throws Exception {
        system.fake().dropAnswers(quick ? 20 : 100);
        FaultBulk bulk = bulkSend("F6", quick ? 200 : 500, "SHORT_CODE", 100);
        long started = System.nanoTime();
        boolean finished = bulk.awaitFinished();
        rows.add(bulk.row("F6", "carrier drops the answer to " + (quick ? 20 : 100) + " texts it took",
                Patience.seconds(started), finished, "-", ""));
    }

    /**
     * F3 and F4: MariaDB SIGKILLed and started again 30 s later, during inbound load at concurrency 32 and a running
     * bulk send; a STOP from one of its recipients arrives during the outage and is posted until answered 2xx.
     */
    private void databaseKilled() throws Exception {
        Duration outage = Duration.ofSeconds(quick ? 10 : 30);
        FaultBulk bulk = bulkSend("F3", quick ? 200 : 400, "LONG_CODE", 10);
        String stopper = bulk.mobiles().get(bulk.mobiles().size() - 1);
        Patience.await(() -> bulk.texted() >= 20, "the bulk send under way");

        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(32, r -> {
            Thread thread = new Thread(r, "F3-load");
            // A case that fails midway must not leave the load running with the JVM waiting for it.
            thread.setDaemon(true);
            return thread;
        });
        for (int t = 0; t < 32; t++) {
            String from = BenchSystem.mobile(nextMobile++);
            load.submit(() -> {
                for (int i = 0; loading.get(); i++) {
                    String body = "F3 load " + from + " " + i;
                    answers.put(body, system.fake().post(from, bulk.number(), body).status());
                }
                return null;
            });
        }
        Thread.sleep(2_000);
        system.killDatabase();
        long killed = System.nanoTime();
        // F4: the STOP arrives while the database is away; the carrier retries it until it is answered 2xx.
        long stopAnswered = 0;
        while (System.nanoTime() - killed < outage.toNanos() && stopAnswered == 0) {
            if (system.fake().reply(stopper, bulk.number(), "STOP") / 100 == 2) {
                stopAnswered = System.nanoTime();
            }
            Thread.sleep(1_000);
        }
        Thread.sleep(Math.max(0, outage.toMillis() - (System.nanoTime() - killed) / 1_000_000));
        system.restartDatabase();
        long restarted = System.nanoTime();
        while (stopAnswered == 0) {
            if (system.fake().reply(stopper, bulk.number(), "STOP") / 100 == 2) {
                stopAnswered = System.nanoTime();
            }
            Thread.sleep(500);
        }
        Thread.sleep(5_000);
        loading.set(false);
        load.shutdown();
        load.awaitTermination(1, TimeUnit.MINUTES);

        Map<String, Integer> stored = new HashMap<>();
        Patience.await(() -> {
            stored.clear();
            stored.putAll(system.storedReplies("F3 load %"));
            return answers.entrySet().stream().filter(a -> a.getValue() / 100 == 2)
                    .allMatch(a -> stored.containsKey(a.getKey()));
        }, "every reply answered 2xx stored");
        long ok = answers.values().stream().filter(s -> s / 100 == 2).count();
        long refused = answers.size() - ok;
        long storedTwice = stored.values().stream().filter(n -> n > 1).count();
        boolean finished = bulk.awaitFinished();
        double recovery = Patience.seconds(restarted);
        boolean repliesOk = storedTwice == 0 && answers.entrySet().stream()
                .filter(a -> a.getValue() / 100 == 2).allMatch(a -> stored.getOrDefault(a.getKey(), 0) == 1);
        rows.add(bulk.row("F3", String.format("SIGKILL MariaDB, up again after %.0f s, under inbound load (32) and "
                + "a bulk send", (restarted - killed) / 1e9), recovery, finished && repliesOk,
                ok + " answered 2xx, all stored once; " + refused + " answered non-2xx", "stored twice " + storedTwice,
                Set.of(stopper)));

        long stopAt = stopAnswered;
        long textsAfterStop = system.fake().acceptedTo(stopper).stream()
                .filter(m -> m.acceptedNanos() > stopAt && m.body().startsWith(bulk.body())).count();
        rows.add(new FaultRow("F4", "STOP during that outage, retried until 2xx", 1, 0, 0, 0, "STOP answered 2xx after "
                + String.format("%.1f", (stopAt - killed) / 1e9) + " s", 0, textsAfterStop == 0,
                textsAfterStop + " texts handed over after the STOP was answered"));
    }

    private FaultBulk bulkSend(String name, int recipients, String kind, int rate) throws Exception {
        int first = nextMobile;
        nextMobile += recipients;
        return FaultBulk.start(system, name, first, recipients, String.format("+1415555%04d", nextNumber++), kind,
                rate);
    }
}
