package org.campussms.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campussms.devstack.carrier.FakeTwilio;
import tools.jackson.databind.JsonNode;

/** A started bulk send of a fault case, to people of its own from a pool of its own, and what reached the carrier. */
final class FaultBulk {

    private final BenchSystem system;
    private final String id;
    private final String number;
    private final String body;
    private final List<String> mobiles;

    private FaultBulk(BenchSystem system, String id, String number, String body, List<String> mobiles) {
        this.system = system;
        this.id = id;
        this.number = number;
        this.body = body;
        this.mobiles = mobiles;
    }

    /**
     * Imports {@code recipients} people with the mobiles {@link BenchSystem#mobile}(firstMobile ...), creates a pool
     * with {@code number} of this kind and rate, and starts a bulk send to them all.
     */
    static FaultBulk start(BenchSystem system, String name, int firstMobile, int recipients, String number,
            String kind, int rate) throws Exception {
        List<String> people = system.importPeople(firstMobile, recipients);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            mobiles.add(BenchSystem.mobile(firstMobile + i));
        }
        String pool = system.pool("Faults " + name + " " + System.nanoTime(), number, kind, rate);
        String body = name + ": classes resume Monday (" + System.nanoTime() + ")";
        String plan = system.graphql("mutation($pool: ID!, $people: [ID!]!, $body: String!) { planBulkSend(poolId: "
                + "$pool, audience: {personIds: $people}, body: $body) { id sms } }",
                Map.of("pool", pool, "people", people, "body", body)).at("/planBulkSend/id").asString();
        system.graphql("mutation($id: ID!) { startBulkSend(planId: $id) { status } }", Map.of("id", plan));
        return new FaultBulk(system, plan, number, body, mobiles);
    }

    String number() {
        return number;
    }

    String body() {
        return body;
    }

    List<String> mobiles() {
        return mobiles;
    }

    /** Recipients with at least one text at the carrier (the text may carry the pool's footer). */
    int texted() {
        return (int) counts().values().stream().filter(n -> n > 0).count();
    }

    Map<String, Long> counts() {
        Set<String> ours = Set.copyOf(mobiles);
        return system.fake().accepted().stream()
                .filter(m -> number.equals(m.from()) && m.body().startsWith(body) && ours.contains(m.to()))
                .collect(Collectors.groupingBy(FakeTwilio.Accepted::to, Collectors.counting()));
    }

    JsonNode progress() throws Exception {
        return system.graphql("query($id: ID!) { bulkSend(id: $id) { status finished sms delivered failed "
                + "fellBackToEmail notYetQueued queued sending sent } }", Map.of("id", id)).get("bulkSend");
    }

    /** Waits until the bulk send says it finished; false when it did not within the patience. */
    boolean awaitFinished() {
        return awaitFinished(Patience.PATIENCE);
    }

    boolean awaitFinished(Duration patience) {
        try {
            Patience.await(() -> {
                try {
                    return progress().get("finished").asBoolean();
                } catch (Exception e) {
                    return false;
                }
            }, "bulk send " + id + " finished", patience);
            return true;
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    FaultRow row(String name, String injected, double recoverySeconds, boolean passed, String replies, String note) {
        return row(name, injected, recoverySeconds, passed, replies, note, Set.of());
    }

    /**
     * @param optedOut recipients who opted out during the case: no text to them is no loss (their message goes by
     *                 email)
     */
    FaultRow row(String name, String injected, double recoverySeconds, boolean passed, String replies, String note,
            Set<String> optedOut) {
        Map<String, Long> counts = counts();
        int texted = (int) counts.values().stream().filter(n -> n > 0).count();
        int duplicated = (int) counts.values().stream().mapToLong(n -> n - 1).filter(n -> n > 0).sum();
        int lost = (int) mobiles.stream().filter(m -> !counts.containsKey(m) && !optedOut.contains(m)).count();
        return new FaultRow(name, injected, mobiles.size(), texted, lost, duplicated, replies, recoverySeconds,
                passed && lost == 0 && duplicated == 0, note);
    }
}
