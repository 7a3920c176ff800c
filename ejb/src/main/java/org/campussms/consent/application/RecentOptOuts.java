package org.campussms.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.OptedIn;
import org.campussms.consent.domain.OptedOut;
import org.campussms.platform.PhoneNumber;

/**
 * The opt-outs committed in the last few minutes, in memory: the {@link OptOutGate} of a server on its own. The
 * delivery consumer asks here right before each carrier call, after its database claim: an opt-out that committed in
 * between still stops the message. Older entries are dropped, since the database check made at claim time already
 * sees them.
 */
@ApplicationScoped
public class RecentOptOuts {

    static final Duration KEPT = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 50_000;
    private static final int PURGE_EVERY = 256;

    private record Key(PhoneNumber phone, ConsentScope scope) {
    }

    private static final int STRIPES = 64;
    private static final long NOTE_WAIT_SECONDS = 5;

    /**
     * Hand-offs to a number hold the read lock of its stripe from their check to the carrier's answer; noting an
     * opt-out takes the write lock, so once it is noted no hand-off to that number is still in flight, and every
     * later one sees it.
     */
    private final ReadWriteLock[] stripes = new ReadWriteLock[STRIPES];

    {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantReadWriteLock();
        }
    }

    /** When each opt-out was noted here (our clock, not the event's time, which may be older). */
    private final Map<Key, Instant> notedAt = new ConcurrentHashMap<>();
    private final AtomicInteger notes = new AtomicInteger();
    private Clock clock;

    protected RecentOptOuts() {
        // For the CDI proxy.
    }

    @Inject
    public RecentOptOuts(Clock clock) {
        this.clock = clock;
    }

    /** Whether a recent opt-out stops texts from {@code sender} to this phone (an ALL opt-out stops every sender). */
    boolean blocks(PhoneNumber to, ConsentScope sender) {
        Instant cutoff = clock.instant().minus(KEPT);
        return isRecent(new Key(to, ConsentScope.all()), cutoff) || isRecent(new Key(to, sender), cutoff);
    }

    /** A hand-off to this number holds its stripe's read lock from this check until the carrier answered. */
    OptOutGate.Passage enter(PhoneNumber to, ConsentScope sender) {
        Lock inFlight = stripe(to).readLock();
        inFlight.lock();
        boolean stopped;
        try {
            stopped = blocks(to, sender);
        } catch (RuntimeException e) {
            inFlight.unlock();
            throw e;
        }
        return new OptOutGate.Passage() {
            @Override
            public boolean stopped() {
                return stopped;
            }

            @Override
            public void close() {
                inFlight.unlock();
            }
        };
    }

    /** Notes an opt-out once every hand-off in flight to its number is over (see {@link #stripes}). */
    void optedOut(OptedOut event) {
        Lock exclusive = stripe(event.phone()).writeLock();
        boolean locked = false;
        try {
            // Hand-offs in flight to this number finish first (a carrier call that hangs is not waited for long).
            locked = exclusive.tryLock(NOTE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            notedAt.put(new Key(event.phone(), event.scope()), clock.instant());
        } finally {
            if (locked) {
                exclusive.unlock();
            }
        }
        if (notes.incrementAndGet() % PURGE_EVERY == 0 || notedAt.size() > MAX_ENTRIES) {
            purge();
        }
    }

    /** An opt-in clears what it resumes: everything of the phone for ALL, else that one scope. */
    void optedIn(OptedIn event) {
        notedAt.keySet().removeIf(key -> key.phone().equals(event.phone())
                && (event.scope().isAll() || key.scope().equals(event.scope())));
    }

    private ReadWriteLock stripe(PhoneNumber phone) {
        return stripes[Math.floorMod(phone.e164().hashCode(), STRIPES)];
    }

    int size() {
        return notedAt.size();
    }

    private boolean isRecent(Key key, Instant cutoff) {
        Instant at = notedAt.get(key);
        return at != null && at.isAfter(cutoff);
    }

    private void purge() {
        Instant cutoff = clock.instant().minus(KEPT);
        notedAt.values().removeIf(at -> !at.isAfter(cutoff));
        int excess = notedAt.size() - MAX_ENTRIES;
        if (excess > 0) {
            // A flood of opt-outs: the oldest go first; the database check still covers them.
            notedAt.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).limit(excess)
                    .map(Map.Entry::getKey).toList().forEach(notedAt::remove);
        }
    }
}
