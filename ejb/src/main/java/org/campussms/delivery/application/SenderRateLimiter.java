package org.campussms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Spaces hand-offs per sender number so that no number exceeds its segments per second: each message reserves
 * the next free slot of its number, as long as its segments take at that rate, plus 10 %. The margin absorbs up to
 * 100 ms of jitter between our hand-off and the carrier's clock (a busy 2-core server showed 60 ms), so no
 * 1-second window at the carrier ever holds more than the limit, at any rate.
 *
 * <p>In memory: one server hands off for all numbers. Several servers would need a shared reservation.
 */
@ApplicationScoped
public class SenderRateLimiter {

    private final ConcurrentMap<String, AtomicLong> nextFreeNanos = new ConcurrentHashMap<>();

    /**
     * Reserves the slot of a message.
     *
     * @return the {@link System#nanoTime()} at which the message may go
     */
    public long reserve(String sender, int segments, int segmentsPerSecond, long nowNanos) {
        long duration = Math.max(1, segments) * 1_100_000_000L / Math.max(1, segmentsPerSecond);
        AtomicLong next = nextFreeNanos.computeIfAbsent(sender, s -> new AtomicLong(nowNanos));
        while (true) {
            long free = next.get();
            long start = Math.max(free, nowNanos);
            if (next.compareAndSet(free, start + duration)) {
                return start;
            }
        }
    }
}
