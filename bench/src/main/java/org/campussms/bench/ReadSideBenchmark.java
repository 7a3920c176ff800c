package org.campussms.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox's reads at a campus's size: 200,000 people, 100,000 conversations in 10 pools and 1,000,000 messages
 * (600,000 texts, 400,000 replies) are inserted straight into the database, then each read the browser inbox makes
 * is asked through GraphQL, as an institution admin (who sees every pool), at concurrency 1 and 8: the inbox's first
 * page, a thread's newest page, a contact search, a history search and the person view, with {@code me} in the same
 * run as the baseline. Prints requests/s, p50 and p95 per read and level. Goal: p95 under 30 ms at concurrency 8.
 */
public final class ReadSideBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PEOPLE = Integer.getInteger("bench.read.people", 200_000);
    private static final int CONVERSATIONS = Integer.getInteger("bench.read.conversations", 100_000);
    private static final int TEXTS = Integer.getInteger("bench.read.texts", 600_000);
    private static final int REPLIES = Integer.getInteger("bench.read.replies", 400_000);
    private static final int SECONDS = Integer.getInteger("bench.read.seconds", 8);
    private static final int POOLS = 10;
    private static final long PERSON_BASE = 1_000_000;
    private static final long CONVERSATION_BASE = 1_000_000;
    private static final String[] FIRST = {"Ava", "Ben", "Chloe", "Diego", "Emma", "Farah", "Gabe", "Hana", "Ivan",
        "Jade", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill",
        "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts"};
    private static final String[] WORDS = {"advising", "appointment", "transcript", "financial", "deadline",
        "registration", "scholarship", "housing", "parking", "library", "tuition", "counseling", "orientation",
        "internship", "graduation", "schedule", "tutoring", "athletics", "immunization", "residency"};

    private record Read(String name, Supplier<Map<String, Object>> request) {
    }

    /** @param incomplete history searches that stopped before reading every older message */
    private record Level(int concurrency, long requests, long errors, long incomplete, double seconds, long p50Micros,
            long p95Micros) {
    }

    public static void main(String[] args) throws Exception {
        if (!BenchSystem.selected("read")) {
            System.exit(0);
        }
        try (BenchSystem stack = BenchSystem.start()) {
            String staffId = stack.graphql("{ me { id } }", Map.of()).at("/me/id").asString();
            List<String> pools = new ArrayList<>();
            for (int p = 0; p < POOLS; p++) {
                pools.add(stack.pool("Read bench " + p, String.format("+1203555%04d", p), "LONG_CODE", 1));
            }
            long loadStart = System.nanoTime();
            load(stack, staffId);
            System.out.printf("Loaded %,d people, %,d conversations, %,d texts and %,d replies in %.0f s%n", PEOPLE,
                    CONVERSATIONS, TEXTS, REPLIES, (System.nanoTime() - loadStart) / 1e9);

            List<Read> reads = reads();
            for (Read read : reads) {
                measure(stack, read, 8, 3);
            }
            stack.awaitCompilerIdle(System.nanoTime() + 60_000_000_000L);
            System.out.println();
            System.out.printf("Read-side benchmark: %,d people, %,d conversations, %,d messages; %d s per level%n",
                    PEOPLE, CONVERSATIONS, TEXTS + REPLIES, SECONDS);
            System.out.println("| read | concurrency | requests/s | p50 ms | p95 ms | errors | incomplete |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Read read : reads) {
                for (int concurrency : new int[] {1, 8}) {
                    Level level = measure(stack, read, concurrency, SECONDS);
                    System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %d | %d |%n", read.name(), concurrency,
                            level.requests() / level.seconds(), level.p50Micros() / 1000.0,
                            level.p95Micros() / 1000.0, level.errors(), level.incomplete());
                }
            }
        }
        System.exit(0);
    }

    private static List<Read> reads() {
        return List.of(
                new Read("me (baseline)", () -> Map.of("query", "{ me { id name } }")),
                new Read("inbox first page (50)", () -> Map.of("query", """
                        { inbox(first: 50) { nextCursor rows { id poolName contactNumber candidates lastMessage
                          lastDirection lastStatus unreadCount lastActivityAt
                          contact { id firstName lastName kind records { type externalId } } } } }""")),
                new Read("thread page (50)", () -> Map.of("query", """
                        query($id: ID!) { conversationTimeline(id: $id, last: 50) { olderCursor
                          items { kind at sentByName text { id body status } reply { id body }
                          consent { action scope } } } }""", "variables", Map.of("id",
                        String.valueOf(CONVERSATION_BASE + 1 + random(CONVERSATIONS))))),
                new Read("contact search", () -> Map.of("query", """
                        query($text: String!) { searchContacts(text: $text, limit: 20) { total
                          contacts { id firstName lastName kind records { externalId } mobiles { number } } } }""",
                        "variables", Map.of("text", LAST[random(LAST.length)].substring(0, 3) + " "
                                + FIRST[random(FIRST.length)].substring(0, 2)))),
                new Read("history search", () -> Map.of("query", """
                        query($text: String!) { searchMessages(text: $text, limit: 20) { more complete
                          hits { direction conversationId poolName body at } } }""",
                        "variables", Map.of("text", WORDS[random(WORDS.length)] + " "
                                + WORDS[random(WORDS.length)]))),
                new Read("person view", () -> {
                    String person = String.valueOf(PERSON_BASE + 2 * (1 + random(CONVERSATIONS)));
                    return Map.of("query", """
                            query($id: ID!) {
                              contact(id: $id) { id firstName lastName kind records { type externalId }
                                mobiles { number recordType consent { optedOut lastOptIn { source occurredAt } } } }
                              inbox(filter: { personId: $id }, first: 20) { rows { id poolName lastMessage } }
                              personTimeline(personId: $id, last: 30) { items { kind at text { body } reply { body } } }
                            }""", "variables", Map.of("id", person));
                }));
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    /** Asks the read from {@code concurrency} threads for {@code seconds}, each waiting for its answer. */
    private static Level measure(BenchSystem stack, Read read, int concurrency, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong incomplete = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Long>>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            runs.add(threads.submit(() -> {
                List<Long> micros = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(BenchSystem.BASE_URL + "/graphql"))
                            .header("Authorization", "Bearer " + stack.token())
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(read.request().get())))
                            .build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = BenchSystem.HTTP.send(request,
                            HttpResponse.BodyHandlers.ofString());
                    micros.add((System.nanoTime() - sent) / 1000);
                    if (response.body().contains("\"complete\":false")) {
                        incomplete.incrementAndGet();
                    }
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        if (errors.incrementAndGet() == 1) {
                            System.out.println(read.name() + " failed: " + response.body());
                        }
                    }
                }
                return micros;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> run : runs) {
            all.addAll(run.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Level(concurrency, sorted.length, errors.get(), incomplete.get(), elapsed, percentile(sorted, 0.50),
                percentile(sorted, 0.95));
    }

    private static long percentile(long[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /**
     * Inserts the data in a few statements from MariaDB's sequence engine, as a directory import and years of use.
     * STRAIGHT_JOIN keeps the sequence first: each of its rows finds its conversation by primary key, where the
     * optimizer's own order scanned the sequence once per conversation.
     */
    private static void load(BenchSystem stack, String staffId) throws Exception {
        try (Connection connection = stack.db().connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into person (id, first_name, last_name, email, created_at, updated_at) "
                    + "select " + PERSON_BASE + " + seq, " + elt("seq mod " + FIRST.length, FIRST) + ", "
                    + elt("(seq div " + FIRST.length + ") mod " + LAST.length, LAST)
                    + ", concat('p', seq, '@example.edu'), now(6), now(6) from seq_1_to_" + PEOPLE);
            sql.executeUpdate("insert into person_record (person_id, record_type, external_id) "
                    + "select " + PERSON_BASE + " + seq, 'STUDENT', concat('S', seq) from seq_1_to_" + PEOPLE);
            sql.executeUpdate("insert into phone (person_id, e164, phone_type, record_type) "
                    + "select " + PERSON_BASE + " + seq, concat('+1202', lpad(seq, 7, '0')), 'MOBILE', 'STUDENT' "
                    + "from seq_1_to_" + PEOPLE);
            // Ids far above the sequence Hibernate draws from.
            sql.executeUpdate("insert into consent_event (id, person_id, phone_e164, action, scope, source, "
                    + "occurred_at) select 3000000000 + seq, " + PERSON_BASE + " + seq, "
                    + "concat('+1202', lpad(seq, 7, '0')), 'OPT_IN', 'ALL', 'IMPORT', now(6) from seq_1_to_" + PEOPLE);
            // Conversation n is with person 2n, from pool n mod 10's number.
            sql.executeUpdate("create temporary table bench_sender (k int primary key, sender_number_id bigint, "
                    + "pool_id bigint, e164 varchar(16))");
            sql.executeUpdate("insert into bench_sender select row_number() over (order by id) - 1, id, pool_id, "
                    + "e164 from sender_number where e164 like '+1203555%'");
            sql.executeUpdate("insert into conversation (id, sender_number_id, pool_id, contact_e164, person_id, "
                    + "last_activity_at, last_preview, last_direction, unread_count) "
                    + "select straight_join " + CONVERSATION_BASE + " + seq, s.sender_number_id, s.pool_id, "
                    + "concat('+1202', lpad(2 * seq, 7, '0')), " + PERSON_BASE + " + 2 * seq, "
                    + "timestampadd(minute, seq, '2025-06-01'), 'See you then', "
                    + "if(seq mod 3 = 0, 'INBOUND', 'OUTBOUND'), if(seq mod 3 = 0, 1, 0) "
                    + "from seq_1_to_" + CONVERSATIONS + " join bench_sender s on s.k = seq mod " + POOLS);
            sql.executeUpdate("insert into outbound_message (id, conversation_id, pool_id, sender_e164, "
                    + "sender_number_id, to_e164, person_id, body, sent_text, footer_appended, segments, encoding, "
                    + "status, attempts, sent_by_staff_user_id, created_at, updated_at) "
                    + "select straight_join 2000000000 + seq, c.id, c.pool_id, s.e164, c.sender_number_id, "
                    + "c.contact_e164, "
                    + "c.person_id, " + body("seq") + ", " + body("seq") + ", false, 1, 'GSM7', 'DELIVERED', 1, "
                    + staffId + ", timestampadd(second, seq * 31, '2025-01-01'), now(6) "
                    + "from seq_1_to_" + TEXTS + " join conversation c on c.id = " + CONVERSATION_BASE + " + 1 + "
                    + "seq mod " + CONVERSATIONS + " join bench_sender s on s.sender_number_id = c.sender_number_id");
            sql.executeUpdate("insert into inbound_message (message_sid, from_number, to_number, body, "
                    + "num_segments, received_at, conversation_id, sender_number_id, pool_id, person_id, "
                    + "contact_match) select straight_join concat('SMbench', seq), c.contact_e164, s.e164, "
                    + body("(seq + 7)") + ", 1, timestampadd(second, seq * 47, '2025-01-01'), c.id, "
                    + "c.sender_number_id, c.pool_id, "
                    + "c.person_id, 'ONE' from seq_1_to_" + REPLIES + " join conversation c on c.id = "
                    + CONVERSATION_BASE + " + 1 + seq mod " + CONVERSATIONS
                    + " join bench_sender s on s.sender_number_id = c.sender_number_id");
            // History search's index, as the application writes it (MessageWords): the five words of each body.
            for (String[] messages : new String[][] {{"outbound_message", "O", "created_at"},
                {"inbound_message", "I", "received_at"}}) {
                for (int word = 1; word <= 5; word++) {
                    sql.executeUpdate("insert ignore into message_word (word, at_time, direction, message_id, "
                            + "pool_id, sender_number_id, person_id) select w, at_time, '" + messages[1] + "', id, "
                            + "pool_id, sender_number_id, person_id from (select substring_index(substring_index("
                            + "body, ' ', " + word + "), ' ', -1) w, " + messages[2] + " at_time, id, pool_id, "
                            + "sender_number_id, person_id from " + messages[0] + ") m where char_length(w) >= 3");
                }
            }
            for (String table : List.of("person", "person_record", "phone", "consent_event", "conversation",
                    "outbound_message", "inbound_message", "message_word")) {
                sql.execute("analyze table " + table);
            }
        }
    }

    /** A message of three words of {@link #WORDS} picked by the sequence number, and the number. */
    private static String body(String seq) {
        return "concat(" + elt(seq + " mod " + WORDS.length, WORDS) + ", ' ', "
                + elt("(" + seq + " div 3) mod " + WORDS.length, WORDS) + ", ' ', "
                + elt("(" + seq + " div 7) mod " + WORDS.length, WORDS) + ", ' question ', " + seq + ")";
    }

    private static String elt(String index, String[] values) {
        return "elt(1 + " + index + ", '" + String.join("', '", values) + "')";
    }
}
