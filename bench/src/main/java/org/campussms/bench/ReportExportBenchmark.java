package org.campussms.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CSV export of a large message report: N texts (200,000 by default) are inserted straight into the database,
 * then {@code GET /exports/messages.csv} is read to the end twice while the server's resident memory is sampled.
 * Prints rows, MiB, seconds, time to the first byte, and the server's resident memory before, at its peak during,
 * and after each export: flat memory means the peak stays near "before" whatever N is.
 */
public final class ReportExportBenchmark {


    private record Export(long lines, long bytes, double seconds, double firstByteSeconds, long rssBefore,
            long rssPeak, long rssAfter) {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(System.getProperty("bench.export.rows", "200000"));
        if (!BenchSystem.selected("export")) {
            System.exit(0);
        }
        try (BenchSystem stack = BenchSystem.start()) {
            String staffId = stack.graphql("{ me { id } }", Map.of()).at("/me/id").asString();
            String number = "+12014000000";
            String poolId = stack.pool("Bench reports", number, "LONG_CODE", 1);
            long insertStart = System.nanoTime();
            insert(stack, rows, poolId, number, staffId);
            System.out.printf("Inserted %d texts in %.1f s; WildFly %d MiB resident%n", rows,
                    (System.nanoTime() - insertStart) / 1e9, stack.server().residentMemoryMiB());

            Export first = export(stack, poolId);
            Export second = export(stack, poolId);
            if (first.lines() != rows + 1 || second.lines() != rows + 1) {
                throw new IllegalStateException("Expected " + (rows + 1) + " lines, got " + first.lines() + " and "
                        + second.lines());
            }
            System.out.println();
            System.out.println("=================== report export benchmark ===================");
            System.out.printf("rows                                : %d%n", rows);
            print("first export ", first);
            print("second export", second);
            System.out.println("===============================================================");
        }
        System.exit(0);
    }

    private static void print(String name, Export e) {
        System.out.printf("%s: %d lines, %.1f MiB of CSV in %.1f s (%.0f rows/s), first byte after %.2f s%n", name,
                e.lines(), e.bytes() / 1048576.0, e.seconds(), e.lines() / e.seconds(), e.firstByteSeconds());
        System.out.printf("  WildFly resident memory           : before %d MiB, peak during %d MiB, after %d MiB%n",
                e.rssBefore(), e.rssPeak(), e.rssAfter());
    }

    private static void insert(BenchSystem stack, int rows, String poolId, String number, String staffId)
            throws Exception {
        try (Connection connection = stack.db().connect(); Statement sql = connection.createStatement()) {
            String contact = "+12014999999";
            sql.executeUpdate("insert into conversation (sender_number_id, pool_id, contact_e164, last_activity_at) "
                    + "select id, pool_id, '" + contact + "', now(6) from sender_number where e164 = '" + number + "'");
            // Ids far above the sequence's, in one statement from MariaDB's sequence engine.
            sql.executeUpdate("insert into outbound_message (id, conversation_id, pool_id, sender_e164, "
                    + "sender_number_id, to_e164, body, sent_text, footer_appended, segments, encoding, status, "
                    + "error_code, attempts, sent_by_staff_user_id, created_at, updated_at) "
                    + "select 1000000000 + seq, c.id, c.pool_id, '" + number + "', c.sender_number_id, '" + contact
                    + "', concat('Campus is closed today because of snow, notice ', seq), "
                    + "concat('Campus is closed today because of snow, notice ', seq), false, 1, 'GSM7', "
                    + "if(seq mod 50 = 0, 'FAILED', 'DELIVERED'), if(seq mod 50 = 0, 30003, null), 1, " + staffId
                    + ", timestampadd(second, seq, '2026-01-01'), now(6) from seq_1_to_" + rows + " "
                    + "join conversation c on c.contact_e164 = '" + contact + "' and c.pool_id = " + poolId);
        }
    }

    /** Reads the export to the end, counting lines, while a thread samples the server's resident memory. */
    private static Export export(BenchSystem stack, String poolId) throws Exception {
        long before = stack.server().residentMemoryMiB();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(stack.server().residentMemoryMiB(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long firstByte = 0;
        long lines = 0;
        long bytes = 0;
        HttpResponse<InputStream> response = BenchSystem.HTTP.send(HttpRequest.newBuilder(URI.create(BenchSystem.BASE_URL
                        + "/exports/messages.csv?poolId=" + poolId)).header("Authorization", "Bearer " + stack.token())
                        .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Export answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes()));
        }
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (firstByte == 0) {
                    firstByte = System.nanoTime();
                }
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        return new Export(lines, bytes, seconds, (firstByte - start) / 1e9, before, peak.get(),
                stack.server().residentMemoryMiB());
    }
}
