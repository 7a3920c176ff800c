package org.campussms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.campussms.delivery.infrastructure.SenderSlotStore;

/**
 * Spaces hand-offs per sender number so that no number exceeds its segments per second: each message reserves
 * the next free slot of its number, as long as its segments take at that rate, plus 10 %. The margin absorbs up to
 * 100 ms of jitter between our hand-off and the carrier's clock (a busy 2-core server showed 60 ms), so no
 * 1-second window at the carrier ever holds more than the limit, at any rate.
 *
 * <p>The slots are in the database ({@link SenderSlotStore}): every server sending from a number takes from the
 * same row, so two servers together keep to the number's limit, and a restart forgets no reservation.
 */
@ApplicationScoped
public class SenderRateLimiter {

    @Inject
    private SenderSlotStore slots;

    /**
     * Reserves the slot of a message.
     *
     * @return the time, in milliseconds since the epoch, at which the message may go
     */
    public long reserve(String sender, int segments, int segmentsPerSecond, long nowMillis) {
        long durationMicros = Math.max(1, segments) * 1_100_000L / Math.max(1, segmentsPerSecond);
        long startMicros = slots.reserve(sender, durationMicros, nowMillis * 1000);
        // Rounded up: a slot is never used before it starts.
        return (startMicros + 999) / 1000;
    }
}
