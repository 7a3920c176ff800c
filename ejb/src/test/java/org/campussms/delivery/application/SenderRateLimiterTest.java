package org.campussms.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SenderRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void noOneSecondWindowHoldsMoreThanTheLimitEvenWithAHundredMillisecondsOfJitter() {
        SenderRateLimiter limiter = new SenderRateLimiter();
        long[] slots = new long[500];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = limiter.reserve("+12015550100", 1, 50, 0);
        }
        // The carrier sees texts up to 100 ms late; the worst case delays the first of a run and none after it.
        long[] seen = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            seen[i] = slots[i] + (i % 50 == 0 ? 100_000_000L : 0);
        }
        Arrays.sort(seen);
        int from = 0;
        int busiest = 0;
        for (int to = 0; to < seen.length; to++) {
            while (seen[to] - seen[from] >= SECOND) {
                from++;
            }
            busiest = Math.max(busiest, to - from + 1);
        }
        assertTrue(busiest <= 50, "busiest second: " + busiest);
        assertTrue(slots[slots.length - 1] < 11 * SECOND, "and the rate is still used: " + slots[499]);
    }

    @Test
    void longTextsTakeOneSlotPerSegmentAndNumbersAreIndependent() {
        SenderRateLimiter limiter = new SenderRateLimiter();
        assertEquals(0, limiter.reserve("+12015550100", 3, 1, 0));
        assertEquals(3_300_000_000L, limiter.reserve("+12015550100", 1, 1, 0));
        assertEquals(0, limiter.reserve("+12015550101", 1, 1, 0));
    }

    @Test
    void anIdleNumberStartsAtOnce() {
        SenderRateLimiter limiter = new SenderRateLimiter();
        limiter.reserve("+12015550100", 1, 1, 0);
        assertEquals(5 * SECOND, limiter.reserve("+12015550100", 1, 1, 5 * SECOND));
    }
}
