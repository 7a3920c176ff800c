package org.campussms.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for what happens behind a queue, with a deadline instead of a fixed sleep.
 */
public final class Await {

    private Await() {
    }

    public static <T> T until(Duration timeout, Supplier<T> probe, Predicate<T> done, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; last seen: "
                        + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
            last = probe.get();
        }
        return last;
    }
}
