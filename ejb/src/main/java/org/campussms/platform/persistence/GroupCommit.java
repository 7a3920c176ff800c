package org.campussms.platform.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.platform.Overloaded;

/**
 * Work handed in by many request threads, done together in shared transactions (group commit). A writer thread takes
 * whatever has arrived, up to a batch size, gives it to the batch function (which runs one transaction and throws when
 * it rolled back) and only then releases the callers with their results. Batches form by themselves while the
 * previous one commits; an item that arrives alone waits for nobody. With more than one writer, that many batches
 * may be committing at once.
 *
 * @param <T> the work items
 * @param <R> the result of each item
 */
public final class GroupCommit<T, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    private final String name;
    private final int maxBatch;
    private final int writerCount;
    private final ThreadFactory threads;
    private final Supplier<? extends Writer<T, R>> writerSessions;
    /**
     * The most items waiting for a writer. Each caller waits for its item, so only items whose callers gave up (a
     * database that stopped answering) pile up; past this the group answers {@link Overloaded} at once.
     */
    public static final int MAX_WAITING = 2_000;

    private final BlockingQueue<Item<T, R>> arrived = new LinkedBlockingQueue<>(MAX_WAITING);

    private final List<Thread> writers = new ArrayList<>();
    private boolean stopped;

    /**
     * What one writer thread commits its batches with, and gives up when the thread ends (a connection of its own,
     * say).
     */
    public interface Writer<T, R> extends AutoCloseable {

        /** Does one batch in one transaction (throws when it rolled back) and returns a result per item, in order. */
        List<R> commit(List<T> batch);

        @Override
        default void close() {
        }
    }

    /** An item waiting for its batch, and its result once the batch committed (empty: it did not). */
    private record Item<T, R>(T work, CompletableFuture<Optional<R>> result) {
    }

    /**
     * @param name     for the writer thread and the log
     * @param maxBatch the most items in one transaction
     * @param threads  where the writer thread comes from (a container-managed factory, so it may call beans)
     * @param commit   does one batch in one transaction and returns a result per item, in their order
     */
    public GroupCommit(String name, int maxBatch, ThreadFactory threads, Function<List<T>, List<R>> commit) {
        this(name, maxBatch, 1, threads, commit);
    }

    /**
     * @param name     for the writer threads and the log
     * @param maxBatch the most items in one transaction
     * @param writers  how many batches may be committing at once: while one waits for the database, the next forms
     *                 and starts; the batch function must then be safe to run concurrently
     * @param threads  where the writer threads come from (a container-managed factory, so they may call beans)
     * @param commit   does one batch in one transaction and returns a result per item, in their order
     */
    public GroupCommit(String name, int maxBatch, int writers, ThreadFactory threads,
            Function<List<T>, List<R>> commit) {
        this(name, maxBatch, threads, writers, () -> commit::apply);
    }

    /**
     * @param name           for the writer threads and the log
     * @param maxBatch       the most items in one transaction
     * @param threads        where the writer threads come from (a container-managed factory, so they may call beans)
     * @param writers        how many batches may be committing at once (see above)
     * @param writerSessions called by each writer thread when it starts, for what it commits its batches with; closed
     *                       when the thread ends
     */
    public GroupCommit(String name, int maxBatch, ThreadFactory threads, int writers,
            Supplier<? extends Writer<T, R>> writerSessions) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("A batch holds at least one item");
        }
        if (writers < 1) {
            throw new IllegalArgumentException("A group commits through at least one writer");
        }
        this.name = name;
        this.maxBatch = maxBatch;
        this.writerCount = writers;
        this.threads = threads;
        this.writerSessions = writerSessions;
    }

    /**
     * Does the work with whatever else arrives meanwhile and waits for the commit.
     *
     * @return the item's result; empty when its batch failed, did not commit within {@code wait}, or the group is
     *         stopped: the caller should then do the work on its own
     * @throws Overloaded when {@link #MAX_WAITING} items already wait
     */
    public Optional<R> submit(T work, Duration wait) {
        if (!writerRunning()) {
            return Optional.empty();
        }
        Item<T, R> item = new Item<>(work, new CompletableFuture<>());
        if (!arrived.offer(item)) {
            throw new Overloaded(name + ": " + MAX_WAITING + " items already wait for a commit");
        }
        try {
            return item.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warning(() -> name + ": an item was not committed within " + wait + "; left to its caller");
            return Optional.empty();
        } finally {
            // A writer that has not taken it yet skips it: its caller does the work now.
            item.result().complete(Optional.empty());
        }
    }

    private synchronized boolean writerRunning() {
        if (stopped) {
            return false;
        }
        writers.removeIf(writer -> !writer.isAlive());
        while (writers.size() < writerCount) {
            Thread writer = threads.newThread(this::write);
            writer.setName(name + "-group-commit");
            writer.start();
            writers.add(writer);
        }
        return true;
    }

    private void write() {
        List<Item<T, R>> batch = new ArrayList<>(maxBatch);
        try (Writer<T, R> session = writerSessions.get()) {
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(arrived.take());
                arrived.drainTo(batch, maxBatch - 1);
                batch.removeIf(item -> item.result().isDone());
                if (batch.isEmpty()) {
                    continue;
                }
                List<R> results = null;
                try {
                    results = session.commit(batch.stream().map(Item::work).toList());
                    if (results.size() != batch.size()) {
                        throw new IllegalStateException(results.size() + " results for " + batch.size() + " items");
                    }
                } catch (RuntimeException e) {
                    int size = batch.size();
                    LOG.log(Level.WARNING, e, () -> name + ": a batch of " + size + " failed; left to its callers");
                    results = null;
                } finally {
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).result().complete(results == null ? Optional.empty()
                                : Optional.ofNullable(results.get(i)));
                    }
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            List<Item<T, R>> left = new ArrayList<>();
            arrived.drainTo(left);
            left.forEach(item -> item.result().complete(Optional.empty()));
        }
    }

    /** Stops the writers after their current batches; items still waiting are left to their callers. */
    public void stop() {
        List<Thread> running;
        synchronized (this) {
            stopped = true;
            running = List.copyOf(writers);
        }
        running.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            for (Thread writer : running) {
                writer.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
