package org.campussms.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run command's launcher (LocalRun) as a developer uses it: started, given work, stopped with Ctrl-C (SIGINT to
 * its whole process group, as a terminal sends it) or by WildFly dying (SIGKILL), and started again. Each time the
 * next run starts on the same database and finishes the text the stopped one could not hand to the carrier yet.
 */
class LocalRunIT {

    private static final String BASE = "http://localhost:" + LocalRun.HTTP_PORT;
    private static final String CARRIER = "http://127.0.0.1:" + LocalRun.FAKE_TWILIO_PORT;
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration DELIVERY = Duration.ofMinutes(3);
    /**
     * After a kill, the text may wait for recovery: killed between the commits of the transaction that queued its
     * retry, its queue entry is in doubt until Narayana's periodic recovery (every 2 minutes) commits it, or until
     * the reconciler queues the text again (untouched for 5 minutes in the local run). A CI run met that case.
     */
    private static final Duration DELIVERY_AFTER_A_KILL = Duration.ofMinutes(7);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long POLL_MILLIS = 500;

    private final Path runDir = Path.of(System.getProperty("campus.run.dir"));

    @Test
    void aRunStoppedByCtrlCOrByWildFlyDyingStartsAgainOnItsDataAndFinishesItsWork() throws Exception {
        WildFlyServer.deleteRecursively(runDir);
        Files.createDirectories(runDir.getParent());
        String pool = "Kept " + System.nanoTime();
        String studentMobile = "+12015550187";

        Launched first = Launched.start(runDir, "first");
        String poolId = gql("mutation($name: String!) { createPool(name: $name) { id } }", Map.of("name", pool))
                .at("/createPool/id").asString();
        gql("mutation($pool: ID!) { addPoolNumber(poolId: $pool, number: \"+12015550100\", kind: LONG_CODE) { id } }",
                Map.of("pool", poolId));
        gql("mutation { importPeople(people: [{firstName: \"Kim\", lastName: \"Kept\", records: [{type: STUDENT, "
                + "externalId: \"K1\", mobile: \"" + studentMobile + "\"}]}]) { created } }", Map.of());
        String personId = gql("{ searchContacts(text: \"Kim Kept\") { contacts { id } } }", Map.of())
                .at("/searchContacts/contacts/0/id").asString();
        String firstText = textWhileTheCarrierRefuses(poolId, personId, studentMobile, "Before Ctrl-C");

        first.interrupt();
        assertTrue(Files.isDirectory(runDir.resolve("mariadb/campus_sms")), "the database is still there");

        Launched second = Launched.start(runDir, "second");
        assertEquals(List.of(pool), gql("{ pools { name } }", Map.of()).get("pools").valueStream()
                .map(p -> p.get("name").asString()).toList(), "the pool made before Ctrl-C");
        awaitDelivered(firstText, "the text queued before Ctrl-C");
        String secondText = textWhileTheCarrierRefuses(poolId, personId, studentMobile, "Before WildFly died");

        second.killWildFly();

        Launched third = Launched.start(runDir, "third");
        try {
            assertEquals(List.of(pool), gql("{ pools { name } }", Map.of()).get("pools").valueStream()
                    .map(p -> p.get("name").asString()).toList(), "the pool, after WildFly died");
            await(() -> status(secondText), LocalRunIT::handedOver, DELIVERY_AFTER_A_KILL,
                    "the text queued before WildFly died reaching the carrier");
            assertEquals(1, carrierTexts().stream().filter(t -> t.get("body").asString().startsWith(
                    "Before WildFly died")).count(), "handed to the carrier once");
        } finally {
            third.interrupt();
        }
    }

    /** Sends a text while the carrier refuses it (429), so it waits for a retry; returns its id. */
    private static String textWhileTheCarrierRefuses(String poolId, String personId, String mobile, String body)
            throws Exception {
        post(CARRIER + "/_fake/failures", "Number=" + mobile.replace("+", "%2B") + "&Seconds=3600&Status=429");
        JsonNode sent = gql("mutation($pool: ID!, $person: ID!, $body: String!) { sendMessage(poolId: $pool, "
                + "personId: $person, body: $body) { id } }", Map.of("pool", poolId, "person", personId, "body", body));
        String id = sent.at("/sendMessage/id").asString();
        await(() -> status(id), "QUEUED after a refusal"::equals, "the text waiting to be tried again after a 429");
        return id;
    }

    private static void awaitDelivered(String messageId, String what) throws Exception {
        await(() -> status(messageId), LocalRunIT::handedOver, what + " reaching the carrier");
    }

    private static boolean handedOver(String status) {
        return status.startsWith("SENT") || status.startsWith("DELIVERED");
    }

    private static String status(String messageId) {
        JsonNode conversations = gql("{ inbox(first: 10) { rows { id } } }", Map.of()).at("/inbox/rows");
        for (JsonNode row : conversations) {
            JsonNode messages = gql("query($id: ID!) { conversation(id: $id) { messages { id status errorMessage } } }",
                    Map.of("id", row.get("id").asString())).at("/conversation/messages");
            for (JsonNode message : messages) {
                if (message.get("id").asString().equals(messageId)) {
                    return message.get("status").asString()
                            + (message.get("errorMessage").isNull() ? "" : " after a refusal");
                }
            }
        }
        return "missing";
    }

    private static List<JsonNode> carrierTexts() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(CARRIER + "/_fake/messages"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        List<JsonNode> texts = new ArrayList<>();
        JSON.readTree(response.body()).get("messages").forEach(texts::add);
        return texts;
    }

    private static JsonNode gql(String query, Map<String, Object> variables) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/graphql"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + adminToken())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query,
                            "variables", variables))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (answer.has("errors")) {
                throw new AssertionError(query + ": " + response.body());
            }
            return answer.get("data");
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + LocalRun.SIGN_IN_PORT + "/campus/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=demo-admin&client_secret=local"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static void post(String url, String form) throws IOException, InterruptedException {
        HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, String what) throws InterruptedException {
        return await(probe, done, DELIVERY, what);
    }

    /**
     * Asks {@code probe} until {@code done} says yes, at most {@code patience}; what is waited for (a status in the
     * database, a line in a log) tells of itself no other way, so it is asked twice a second.
     */
    private static <T> T await(Supplier<T> probe, Predicate<T> done, Duration patience, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + patience + " for " + what + "; last seen: " + last);
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            last = probe.get();
        }
        return last;
    }

    /** The launcher in a process group of its own, as a terminal runs a command, its output in a file. */
    private static final class Launched {

        private final Process process;
        private final Path runDir;
        private final Path log;

        private Launched(Process process, Path runDir, Path log) {
            this.process = process;
            this.runDir = runDir;
            this.log = log;
        }

        static Launched start(Path runDir, String name) throws IOException, InterruptedException {
            Path log = runDir.resolveSibling("launcher-" + name + ".log");
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process process = new ProcessBuilder("setsid", Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", classpath,
                    "-Dcampus.wildfly.home=" + System.getProperty("campus.wildfly.home"),
                    "-Dcampus.ear=" + System.getProperty("campus.ear"),
                    "-Dcampus.run.dir=" + runDir,
                    LocalRun.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Launched launched = new Launched(process, runDir, log);
            try {
                String output = await(launched::output, out -> out.contains("Campus SMS is ready")
                        || !process.isAlive(), START, "the " + name + " run's banner");
                assertTrue(process.isAlive(), "the " + name + " run exited before it was ready:\n" + output);
            } catch (AssertionError e) {
                process.destroyForcibly();
                throw e;
            }
            return launched;
        }

        /** Ctrl-C: SIGINT to the launcher's process group (the launcher, MariaDB and WildFly), then its exit. */
        void interrupt() throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start().waitFor();
            awaitExit();
        }

        /** SIGKILL to WildFly's JVM, as when it crashes: the launcher sees it die, stops the rest and exits. */
        void killWildFly() throws InterruptedException {
            Optional<ProcessHandle> wildfly = process.descendants()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")).orElse(false))
                    .findFirst();
            assertTrue(wildfly.isPresent(), "WildFly runs under the launcher");
            wildfly.get().destroyForcibly();
            awaitExit();
        }

        private void awaitExit() throws InterruptedException {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("The launcher did not exit; its output:\n" + output());
            }
            String runDir = this.runDir.toString();
            List<String> left = ProcessHandle.allProcesses()
                    .map(p -> p.info().commandLine().orElse(""))
                    .filter(command -> command.contains(runDir))
                    .toList();
            assertEquals(List.of(), left, "nothing of the run is left running");
        }

        private String output() {
            try {
                return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        }
    }
}
