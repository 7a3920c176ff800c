package org.campussms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.campussms.delivery.infrastructure.SenderSlotStore;
import org.campussms.platform.Settings;

/**
 * Spaces hand-offs per sender number so that no number exceeds its segments per second: each message reserves
 * the next free slot of its number, as long as its segments take at that rate, plus 10 %. The margin absorbs up to
 * 100 ms of jitter between our hand-off and the carrier's clock (a busy 2-core server showed 60 ms), so no
 * 1-second window at the carrier ever holds more than the limit, at any rate.
 *
 * <p>A node of a cluster takes its slots from the database ({@link SenderSlotStore}): every server sending from a
 * number takes from the same row, so together they keep to the number's limit. A server on its own keeps them in
 * memory, where a slot costs no round trip to the database (bench/RESULTS.md, 2026-12-07).
 */
@ApplicationScoped
public class SenderRateLimiter {

    private final ConcurrentMap<String, AtomicLong> nextFreeMicros = new ConcurrentHashMap<>();

    @Inject
    private SenderSlotStore slots;

    @Inject
    private Settings settings;

    /**
     * Reserves the slot of a message.
     *
     * @return the time, in milliseconds since the epoch, at which the message may go
     */
    public long reserve(String sender, int segments, int segmentsPerSecond, long nowMillis) {
        long durationMicros = Math.max(1, segments) * 1_100_000L / Math.max(1, segmentsPerSecond);
        long nowMicros = nowMillis * 1000;
        long startMicros = settings.clustered() ? slots.reserve(sender, durationMicros, nowMicros)
                : reserveHere(sender, durationMicros, nowMicros);
        // Rounded up: a slot is never used before it starts.
        return (startMicros + 999) / 1000;
    }

    private long reserveHere(String sender, long durationMicros, long nowMicros) {
        AtomicLong next = nextFreeMicros.computeIfAbsent(sender, s -> new AtomicLong(nowMicros));
        while (true) {
            long free = next.get();
            long start = Math.max(free, nowMicros);
            if (next.compareAndSet(free, start + durationMicros)) {
                return start;
            }
        }
    }
}
