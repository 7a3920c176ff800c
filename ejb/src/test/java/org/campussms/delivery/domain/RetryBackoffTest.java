package org.campussms.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void doublesFromOneSecondUpToAMinuteWithinTwentyPercent() {
        Random random = new Random(7);
        long[] expected = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000};
        for (int attempts = 1; attempts <= expected.length; attempts++) {
            for (int draw = 0; draw < 200; draw++) {
                long delay = RetryBackoff.delayMillis(attempts, random);
                long base = expected[attempts - 1];
                assertTrue(delay >= base * 0.8 && delay <= base * 1.2, attempts + " attempts: " + delay);
            }
        }
        assertEquals(60_000, RetryBackoff.delayMillis(1_000, new Random() {
            @Override
            public double nextDouble() {
                return 0.5;
            }
        }), "capped however many attempts");
    }

    @Test
    void textsOfOneOutageComeBackSpreadOut() {
        Random random = new Random(11);
        Set<Long> delays = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            delays.add(RetryBackoff.delayMillis(5, random) / 100);
        }
        assertTrue(delays.size() > 30, "100 texts after their 5th attempt came back in only " + delays.size()
                + " distinct tenths of a second");
    }
}
