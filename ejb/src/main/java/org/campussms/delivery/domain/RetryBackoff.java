package org.campussms.delivery.domain;

import java.util.random.RandomGenerator;

/**
 * How long a text the carrier could not take waits before the next try: doubling from 1 s with each attempt up to
 * 60 s, each wait drawn at random within ±20 % so that the texts of an outage do not all come back at the same
 * moment.
 */
public final class RetryBackoff {

    static final long FIRST_MILLIS = 1_000;
    static final long MAX_MILLIS = 60_000;
    private static final double JITTER = 0.2;

    private RetryBackoff() {
    }

    /**
     * @param attempts the hand-off attempts made so far (1 after the first)
     */
    public static long delayMillis(int attempts, RandomGenerator random) {
        int doublings = Math.max(0, Math.min(attempts - 1, 16));
        long base = Math.min(MAX_MILLIS, FIRST_MILLIS << doublings);
        return Math.round(base * (1 - JITTER + 2 * JITTER * random.nextDouble()));
    }
}
