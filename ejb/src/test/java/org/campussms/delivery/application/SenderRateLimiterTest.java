package org.campussms.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.campussms.delivery.infrastructure.SenderSlotStore;
import org.campussms.platform.Settings;
import org.junit.jupiter.api.Test;

class SenderRateLimiterTest {

    private static final long SECOND = 1_000;

    /** The store's statement in memory: the row's next free moment, pushed past the slot taken. */
    private static final class InMemorySlots extends SenderSlotStore {

        private final Map<String, Long> nextFree = new HashMap<>();

        @Override
        public long reserve(String sender, long durationMicros, long nowMicros) {
            long end = nextFree.containsKey(sender) ? Math.max(nextFree.get(sender), nowMicros) + durationMicros
                    : nowMicros + durationMicros;
            nextFree.put(sender, end);
            return end - durationMicros;
        }
    }

    /** Settings of a server on its own, or of a node of a cluster. */
    private static Settings settings(boolean clustered) {
        return new Settings() {
            @Override
            public boolean clustered() {
                return clustered;
            }
        };
    }

    private static SenderRateLimiter limiter() {
        return limiter(false, new InMemorySlots());
    }

    private static SenderRateLimiter limiter(boolean clustered, SenderSlotStore store) {
        SenderRateLimiter limiter = new SenderRateLimiter();
        try {
            Field slots = SenderRateLimiter.class.getDeclaredField("slots");
            slots.setAccessible(true);
            slots.set(limiter, store);
            Field settings = SenderRateLimiter.class.getDeclaredField("settings");
            settings.setAccessible(true);
            settings.set(limiter, settings(clustered));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return limiter;
    }

    @Test
    void noOneSecondWindowHoldsMoreThanTheLimitEvenWithAHundredMillisecondsOfJitter() {
        SenderRateLimiter limiter = limiter();
        long[] slots = new long[500];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = limiter.reserve("+12015550100", 1, 50, 0);
        }
        // The carrier sees texts up to 100 ms late; the worst case delays the first of a run and none after it.
        long[] seen = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            seen[i] = slots[i] + (i % 50 == 0 ? 100 : 0);
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
        SenderRateLimiter limiter = limiter();
        assertEquals(0, limiter.reserve("+12015550100", 3, 1, 0));
        assertEquals(3_300, limiter.reserve("+12015550100", 1, 1, 0));
        assertEquals(0, limiter.reserve("+12015550101", 1, 1, 0));
    }

    @Test
    void anIdleNumberStartsAtOnceAndASlotNeverStartsEarly() {
        SenderRateLimiter limiter = limiter();
        limiter.reserve("+12015550100", 1, 1, 0);
        assertEquals(5 * SECOND, limiter.reserve("+12015550100", 1, 1, 5 * SECOND));
        // 1.1 s / 3 = 366.67 ms: the next slot starts at 366.667 ms, used from 367 ms.
        assertEquals(0, limiter.reserve("+12015550102", 1, 3, 0));
        assertEquals(367, limiter.reserve("+12015550102", 1, 3, 0));
    }

    @Test
    void aNodeOfAClusterTakesItsSlotsFromTheSharedStoreAndAServerAloneKeepsThemItself() {
        InMemorySlots shared = new InMemorySlots();
        SenderRateLimiter nodeA = limiter(true, shared);
        SenderRateLimiter nodeB = limiter(true, shared);
        assertEquals(0, nodeA.reserve("+12015550100", 1, 1, 0));
        assertEquals(1_100, nodeB.reserve("+12015550100", 1, 1, 0), "after node A's slot, not beside it");

        InMemorySlots unused = new InMemorySlots();
        SenderRateLimiter alone = limiter(false, unused);
        assertEquals(0, alone.reserve("+12015550100", 1, 1, 0));
        assertEquals(1_100, alone.reserve("+12015550100", 1, 1, 0));
        assertTrue(unused.nextFree.isEmpty(), "no round trip to the database");
    }
}
