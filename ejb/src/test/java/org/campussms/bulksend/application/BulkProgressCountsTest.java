package org.campussms.bulksend.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.campussms.conversation.domain.MessageStatus;
import org.junit.jupiter.api.Test;

class BulkProgressCountsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final BulkProgressCounts progress = new BulkProgressCounts(clock::get);
    private final AtomicInteger counted = new AtomicInteger();

    private BulkProgressCounts.Counts count(long delivered) {
        counted.incrementAndGet();
        return new BulkProgressCounts.Counts(Map.of(MessageStatus.DELIVERED, delivered), Map.of(), 0);
    }

    @Test
    void watchersWithinHalfASecondShareOneCount() {
        BulkProgressCounts.Counts first = progress.of(7, () -> count(10));
        clock.addAndGet(BulkProgressCounts.FRESH_FOR.toNanos() - 1);

        assertSame(first, progress.of(7, () -> count(20)));
        assertEquals(1, counted.get());
    }

    @Test
    void anOlderCountIsCountedAgain() {
        progress.of(7, () -> count(10));
        clock.addAndGet(BulkProgressCounts.FRESH_FOR.toNanos());

        assertEquals(20L, progress.of(7, () -> count(20)).texts().get(MessageStatus.DELIVERED));
        assertEquals(2, counted.get());
    }

    @Test
    void eachBulkSendHasItsOwnCount() {
        progress.of(7, () -> count(10));

        assertEquals(30L, progress.of(8, () -> count(30)).texts().get(MessageStatus.DELIVERED));
        assertEquals(10L, progress.of(7, () -> count(99)).texts().get(MessageStatus.DELIVERED));
        assertEquals(2, counted.get());
    }
}
