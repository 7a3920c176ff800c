package org.campussms.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Monotonic counters of this server since it started, by name and one label value (Prometheus computes rates from
 * them). Cheap enough for hot paths: one map lookup and an uncontended add.
 */
@ApplicationScoped
public class Counters {

    /** A counter's name, its help text and the name of its one label. */
    public record Counter(String name, String help, String label) {
    }

    public static final Counter CARRIER_ERRORS = new Counter("campus_carrier_errors_total",
            "Failed carrier calls by Twilio error code (or connect, timeout, no_answer)", "code");
    public static final Counter HAND_OFFS = new Counter("campus_hand_offs_total",
            "Texts the carrier took, by the number they went from", "from");
    public static final Counter WEBHOOK_RESPONSES = new Counter("campus_webhook_responses_total",
            "Answers to Twilio's webhooks by HTTP status", "status");

    private final Map<Counter, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    public void increment(Counter counter, String labelValue) {
        counts.computeIfAbsent(counter, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(labelValue, v -> new LongAdder())
                .increment();
    }

    /** Each counter's values by label value, in label order. */
    public Map<Counter, Map<String, Long>> snapshot() {
        Map<Counter, Map<String, Long>> snapshot = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));
        for (Counter counter : List.of(CARRIER_ERRORS, HAND_OFFS, WEBHOOK_RESPONSES)) {
            Map<String, Long> values = new TreeMap<>();
            counts.getOrDefault(counter, Map.of()).forEach((label, adder) -> values.put(label, adder.sum()));
            snapshot.put(counter, values);
        }
        return snapshot;
    }
}
