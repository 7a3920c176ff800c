package org.campussms.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** How long a fault case waits for the system to come round, and the waiting. */
final class Patience {

    static final Duration PATIENCE = Duration.ofMinutes(8);

    private Patience() {
    }

    /** Waits until {@code condition} holds, looking every 200 ms; throws after {@link #PATIENCE}. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, what, PATIENCE);
    }

    static void await(BooleanSupplier condition, String what, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not within " + patience.toSeconds() + " s: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Seconds since {@code sinceNanos} (System.nanoTime()). */
    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
