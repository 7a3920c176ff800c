package org.campussms.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.campussms.devstack.LocalCluster;

/**
 * The cluster fault suite: two nodes behind HAProxy on one MariaDB, the carrier fake and the mail catcher; each case
 * takes a node away during real work, then counts what reached the carrier and what was stored, and prints a row as
 * the single-server suite does ({@link FaultSuite}). Exits 1 when a case fails.
 *
 * <p>Run: {@code mvn -Pcluster -DskipTests verify} (how long it takes: bench/RESULTS.md); {@code -Dfaults.only=C1}
 * picks cases, {@code -Dfaults.quick=true} shortens every bulk send.
 */
public final class ClusterFaultSuite {

    /** The nodes reconcile work untouched for 10 s, every 2 s: recovery shows within minutes, not hours. */
    private static final Map<String, String> SETTINGS = Map.of("RECONCILE_AFTER_SECONDS", "10",
            "RECONCILE_EVERY_SECONDS", "2");
    /** How long the surviving node is given to finish a bulk send alone before the dead node's stand-in starts. */
    private static final Duration ALONE = Duration.ofMinutes(2);
    /** Narayana's periodic recovery scans every 2 minutes; two scans and the start-up's. */
    private static final Duration RECOVERY = Duration.ofMinutes(6);
    /** The carrier saw nothing new for this long: what was queued anywhere has been handed over. */
    private static final Duration QUIET = Duration.ofSeconds(15);

    private final BenchSystem system;
    private final LocalCluster cluster;
    private final boolean quick;
    private final List<FaultRow> rows = new ArrayList<>();
    private int nextMobile = 5_000_000;
    private int nextNumber = 100;

    private ClusterFaultSuite(BenchSystem system, boolean quick) {
        this.system = system;
        this.cluster = system.cluster();
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        FaultSelection chosen = FaultSelection.fromSystemProperties();
        boolean passed;
        try (BenchSystem system = BenchSystem.startCluster(SETTINGS, 2)) {
            ClusterFaultSuite suite = new ClusterFaultSuite(system, chosen.quick());
            if (chosen.runs("C1")) {
                suite.nodeKilledMidBulk();
            }
            if (chosen.runs("C2")) {
                suite.nodeStoppedMidBulk();
            }
            if (chosen.runs("C3")) {
                suite.nodeKilledUnderReplies();
            }
            passed = FaultRow.printTable(String.format("Cluster fault suite%s: two nodes behind HAProxy, MariaDB and "
                    + "the carrier fake", chosen.suffix()), suite.rows);
        }
        System.exit(passed ? 0 : 1);
    }

    // ---- the cases ----

    /**
     * C1: SIGKILL node 1 in the middle of a bulk send; node 2 is to finish it. Node 1's transaction log is stalled
     * from the start of the send, so that node 1 dies with two-phase commits prepared and their decision unwritten
     * (most hand-offs commit in one phase, and a kill at a random moment rarely finds one of the others between its
     * phases). Then a stand-in with node 1's name and transaction identity, on an empty directory, recovers them.
     */
    private void nodeKilledMidBulk() throws Exception {
        int recipients = quick ? 1_000 : 3_000;
        FaultBulk bulk = bulkSend("C1", recipients);
        long killed;
        int before;
        try (AutoCloseable stalled = system.stallTransactionLog(LocalCluster.nodeName(1))) {
            Patience.await(() -> bulk.texted() >= 500 || bulk.texted() >= 100 && !preparedXaBranches().isEmpty(),
                    "100 texts out and a commit of node 1 waiting for its log, or 500 texts out",
                    Duration.ofSeconds(60));
            before = bulk.texted();
            cluster.kill(1);
            killed = System.nanoTime();
        }
        int inDoubt = preparedXaBranches().size();
        boolean finishedAlone = bulk.awaitFinished(ALONE);
        double recovery = Patience.seconds(killed);
        System.out.printf("C1: %d XA branches prepared when node 1 died; node 2 %s%n", inDoubt,
                finishedAlone ? "finished the bulk send alone" : "did not finish alone");

        long standInStarted = System.nanoTime();
        cluster.standIn(1);
        boolean finished = finishedAlone || bulk.awaitFinished();
        if (!finishedAlone) {
            recovery = Patience.seconds(killed);
        }
        Patience.await(() -> preparedXaBranches().isEmpty(), "XA RECOVER empty", RECOVERY);
        double xaSeconds = Patience.seconds(standInStarted);
        awaitCarrierQuiet();
        rows.add(bulk.row("C1", "SIGKILL node 1 at " + before + " texts out, its transaction log stalled; node 2 "
                + (finishedAlone ? "finished alone" : "finished once the stand-in started")
                + "; stand-in with node 1's identity",
                recovery, finished, "-", inDoubt + " XA branches in doubt at the kill; XA RECOVER empty "
                + String.format("%.0f s", xaSeconds) + " after the stand-in started"));
    }

    /**
     * C2: node 2 stopped gracefully (SIGTERM) once a bulk send is under way; node 1 finishes it, then node 2 comes
     * back on its journal, whose queue entries must send nothing twice.
     */
    private void nodeStoppedMidBulk() throws Exception {
        int recipients = quick ? 500 : 1_500;
        FaultBulk bulk = bulkSend("C2", recipients);
        Patience.await(() -> bulk.texted() >= recipients / 5, "the bulk send under way");
        int before = bulk.texted();
        long stopped = System.nanoTime();
        cluster.stop(2);
        double stopSeconds = Patience.seconds(stopped);
        boolean finished = bulk.awaitFinished();
        double recovery = Patience.seconds(stopped);
        cluster.restart(2);
        awaitCarrierQuiet();
        rows.add(bulk.row("C2", String.format("node 2 stopped gracefully at %d texts out (took %.0f s); node 1 "
                + "finished; node 2 back on its journal", before, stopSeconds), recovery, finished, "-", ""));
    }

    /**
     * C3: SIGKILL node 1 while replies stream through the balancer at concurrency 16; every reply answered 2xx must
     * be stored once (those answered otherwise the carrier posts again, as Twilio does).
     */
    private void nodeKilledUnderReplies() throws Exception {
        String number = String.format("+1415556%04d", nextNumber++);
        system.pool("Cluster faults C3 " + System.nanoTime(), number, "LONG_CODE", 10);
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        int concurrency = 16;
        ExecutorService load = Executors.newFixedThreadPool(concurrency, r -> {
            Thread thread = new Thread(r, "C3-load");
            thread.setDaemon(true);
            return thread;
        });
        for (int t = 0; t < concurrency; t++) {
            String from = BenchSystem.mobile(nextMobile++);
            load.submit(() -> {
                for (int i = 0; loading.get(); i++) {
                    String body = "C3 reply " + from + " " + i;
                    answers.put(body, system.fake().post(from, number, body).status());
                }
                return null;
            });
        }
        Patience.await(() -> answers.size() >= 500, "replies streaming through the balancer");
        cluster.kill(1);
        long killed = System.nanoTime();
        int atKill = answers.size();
        Patience.await(() -> answers.size() >= atKill + (quick ? 500 : 2_000), "replies after the kill");
        loading.set(false);
        load.shutdown();
        load.awaitTermination(1, TimeUnit.MINUTES);
        long ok = answers.values().stream().filter(s -> s / 100 == 2).count();
        Map<String, Integer> stored = new HashMap<>();
        Patience.await(() -> {
            stored.clear();
            stored.putAll(system.storedReplies("C3 reply %"));
            return answers.entrySet().stream().filter(a -> a.getValue() / 100 == 2)
                    .allMatch(a -> stored.containsKey(a.getKey()));
        }, "every reply answered 2xx stored");
        double recovery = Patience.seconds(killed);
        long storedTwice = stored.values().stream().filter(n -> n > 1).count();
        Map<Integer, Long> otherAnswers = answers.values().stream().filter(s -> s / 100 != 2)
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        cluster.restart(1);
        rows.add(new FaultRow("C3", "SIGKILL node 1 under replies through HAProxy (16 at once); node 1 started "
                + "again", 0, 0, 0, 0, ok + " answered 2xx, all stored; non-2xx by status " + otherAnswers,
                recovery, storedTwice == 0, "stored twice " + storedTwice));
    }

    // ---- plumbing ----

    private FaultBulk bulkSend(String name, int recipients) throws Exception {
        int first = nextMobile;
        nextMobile += recipients;
        return FaultBulk.start(system, name, first, recipients, String.format("+1415556%04d", nextNumber++),
                "SHORT_CODE", 100);
    }

    /** The XA transactions MariaDB holds prepared (their data: global and branch ids), those left in doubt. */
    private List<String> preparedXaBranches() {
        List<String> xids = new ArrayList<>();
        try (Connection connection = system.db().connect(); Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("XA RECOVER")) {
            while (found.next()) {
                xids.add(found.getString("data"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("XA RECOVER failed", e);
        }
        return xids;
    }

    /** Waits until the carrier has taken nothing new for {@link #QUIET}: late queue entries had their chance. */
    private void awaitCarrierQuiet() throws InterruptedException {
        int[] seen = {system.fake().accepted().size()};
        long[] since = {System.nanoTime()};
        Patience.await(() -> {
            int now = system.fake().accepted().size();
            if (now != seen[0]) {
                seen[0] = now;
                since[0] = System.nanoTime();
            }
            return System.nanoTime() - since[0] > QUIET.toNanos();
        }, "the carrier quiet for " + QUIET.toSeconds() + " s");
    }
}
