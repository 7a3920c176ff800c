package org.campussms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.campussms.platform.Overloaded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(1);

    private final ExecutorService callers = Executors.newFixedThreadPool(32);
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private GroupCommit<Integer, String> group;

    @AfterEach
    void stop() {
        callers.shutdownNow();
        if (group != null) {
            group.stop();
        }
    }

    @Test
    void itemsArrivingTogetherAreCommittedTogetherAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch othersArrived = new CountDownLatch(1);
        group = new GroupCommit<>("test", 10, Thread::new, batch -> {
            batches.add(batch);
            firstBatchStarted.countDown();
            await(othersArrived);
            return batch.stream().map(i -> "done " + i).toList();
        });
        Future<Optional<String>> first = callers.submit(() -> group.submit(0, WAIT));
        firstBatchStarted.await();
        // While the first batch commits, 25 more arrive: they go in batches of at most 10.
        List<Future<Optional<String>>> others = new ArrayList<>();
        List<Thread> otherCallers = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= 25; i++) {
            int item = i;
            others.add(callers.submit(() -> {
                otherCallers.add(Thread.currentThread());
                return group.submit(item, WAIT);
            }));
        }
        // A caller queues its item, then waits for its result with a timeout (nothing else in submit waits timed),
        // and nothing completes while the first batch is held: once all 25 callers are in that wait, all 25 queued.
        awaitCondition("the 25 items are queued", () -> otherCallers.size() == 25
                && otherCallers.stream().allMatch(caller -> caller.getState() == Thread.State.TIMED_WAITING));
        othersArrived.countDown();

        assertEquals(Optional.of("done 0"), first.get());
        for (int i = 1; i <= 25; i++) {
            assertEquals(Optional.of("done " + i), others.get(i - 1).get());
        }
        assertEquals(List.of(0), batches.get(0));
        assertEquals(26, batches.stream().mapToInt(List::size).sum());
        assertTrue(batches.stream().allMatch(b -> b.size() <= 10), batches.toString());
        assertEquals(4, batches.size(), "1 alone, then 25 as 10 + 10 + 5: " + batches);
    }

    @Test
    void withTwoWritersABatchCommitsWhileTheOtherStillWaitsForTheDatabase() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        group = new GroupCommit<>("test", 10, 2, Thread::new, batch -> {
            if (batch.contains(0)) {
                firstBatchStarted.countDown();
                await(firstMayCommit);
            }
            batches.add(batch);
            return batch.stream().map(i -> "done " + i).toList();
        });
        Future<Optional<String>> first = callers.submit(() -> group.submit(0, WAIT));
        firstBatchStarted.await();

        assertEquals(Optional.of("done 1"), group.submit(1, WAIT), "not held up behind the first batch");
        assertFalse(first.isDone());
        firstMayCommit.countDown();
        assertEquals(Optional.of("done 0"), first.get());
        assertEquals(List.of(List.of(1), List.of(0)), batches);
    }

    @Test
    void aGroupCommitsThroughAtLeastOneWriter() {
        assertThrows(IllegalArgumentException.class, () -> new GroupCommit<Integer, String>("test", 10, 0,
                Thread::new, batch -> List.of()));
    }

    @Test
    void whenABatchFailsEachOfItsCallersIsToldToDoItsItemAlone() throws Exception {
        group = new GroupCommit<>("test", 10, Thread::new, batch -> {
            if (batch.contains(13)) {
                throw new IllegalStateException("rolled back");
            }
            return batch.stream().map(String::valueOf).toList();
        });
        assertEquals(Optional.empty(), group.submit(13, WAIT));
        assertEquals(Optional.of("14"), group.submit(14, WAIT), "the writer goes on after a failed batch");
    }

    @Test
    void aBatchFunctionThatLosesResultsFailsTheBatch() {
        group = new GroupCommit<>("test", 10, Thread::new, batch -> List.of());
        assertEquals(Optional.empty(), group.submit(1, WAIT));
    }

    @Test
    void aBatchThatDoesNotCommitInTimeLeavesTheItemToItsCaller() {
        CountDownLatch never = new CountDownLatch(1);
        group = new GroupCommit<>("test", 10, Thread::new, batch -> {
            await(never);
            return batch.stream().map(String::valueOf).toList();
        });
        assertEquals(Optional.empty(), group.submit(1, Duration.ofMillis(100)));
        never.countDown();
    }

    @Test
    void aStoppedGroupTakesNothing() {
        group = new GroupCommit<>("test", 10, Thread::new, batch -> {
            batches.add(batch);
            return batch.stream().map(String::valueOf).toList();
        });
        assertEquals(Optional.of("1"), group.submit(1, WAIT));
        group.stop();

        assertEquals(Optional.empty(), group.submit(2, WAIT));
        assertEquals(List.of(List.of(1)), batches);
    }

    @Test
    void eachWriterThreadCommitsThroughASessionOfItsOwnAndClosesItWhenStopped() throws Exception {
        List<String> opened = new CopyOnWriteArrayList<>();
        List<String> closed = new CopyOnWriteArrayList<>();
        CountDownLatch bothBusy = new CountDownLatch(2);
        AtomicInteger sessions = new AtomicInteger();
        group = new GroupCommit<>("test", 1, Thread::new, 2, () -> {
            String session = "session " + sessions.incrementAndGet();
            opened.add(session);
            return new GroupCommit.Writer<Integer, String>() {
                @Override
                public List<String> commit(List<Integer> batch) {
                    bothBusy.countDown();
                    await(bothBusy);
                    return batch.stream().map(item -> session).toList();
                }

                @Override
                public void close() {
                    closed.add(session);
                }
            };
        });
        Future<Optional<String>> first = callers.submit(() -> group.submit(1, WAIT));
        Future<Optional<String>> second = callers.submit(() -> group.submit(2, WAIT));

        String one = first.get().orElseThrow();
        String two = second.get().orElseThrow();
        assertFalse(one.equals(two), "the two batches committed at once went through different sessions");
        assertEquals(2, opened.size());
        assertTrue(opened.containsAll(List.of(one, two)));
        assertTrue(closed.isEmpty(), "sessions stay open between batches");

        group.stop();
        assertEquals(Set.copyOf(opened), Set.copyOf(closed));
    }

    @Test
    void whenTheDatabaseStopsAnsweringTheItemsOfCallersWhoGaveUpAreBoundedAndTheNextIsTurnedAway() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        group = new GroupCommit<>("test", 10, Thread::new, batch -> {
            batches.add(batch);
            firstBatchStarted.countDown();
            await(stuck);
            return batch.stream().map(i -> "done " + i).toList();
        });
        Future<Optional<String>> first = callers.submit(() -> group.submit(-1, WAIT));
        firstBatchStarted.await();
        for (int i = 0; i < GroupCommit.MAX_WAITING; i++) {
            assertEquals(Optional.empty(), group.submit(i, Duration.ZERO), "a caller who gives up at once");
        }
        assertThrows(Overloaded.class, () -> group.submit(GroupCommit.MAX_WAITING, WAIT));

        stuck.countDown();
        assertEquals(Optional.of("done -1"), first.get());
        // The freed writer first skims the 2,000 abandoned items; until then the group may still turn callers away.
        AtomicReference<Optional<String>> seven = new AtomicReference<>();
        awaitCondition("the group takes items again", () -> {
            try {
                seven.set(group.submit(7, WAIT));
                return true;
            } catch (Overloaded stillSkimming) {
                return false;
            }
        });
        assertEquals(Optional.of("done 7"), seven.get(), "committed again once the writer is free");
        assertEquals(2, batches.size(), "the items whose callers gave up were skipped, not committed");
    }

    /** Polls the condition until it holds; fails when it does not within {@link #WAIT}. */
    private static void awaitCondition(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() - deadline < 0, "still waiting until " + what + " after " + WAIT);
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
