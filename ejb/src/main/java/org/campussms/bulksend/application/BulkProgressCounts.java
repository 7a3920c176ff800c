package org.campussms.bulksend.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.email.domain.EmailMessage;

/**
 * The counts behind a running bulk send's progress, counted at most once per {@link #FRESH_FOR} per bulk send however
 * many people watch it (each subscription polls, and so does a page that refreshes), so that a progress is at most
 * that old. Who may see it is still checked on every call; only the counting is shared.
 *
 * <p>Counting a running send's messages is dear: the index entries of rows just updated are checked against the rows
 * themselves.
 */
@ApplicationScoped
public class BulkProgressCounts {

    /** How old a progress may be: the subscription's own polling interval. */
    static final Duration FRESH_FOR = Duration.ofMillis(500);
    /** Past this many bulk sends counted, those not counted recently are forgotten. */
    private static final int KEEP = 100;

    /** A bulk send's texts and emails by status, and the emails still to be queued. */
    public record Counts(Map<MessageStatus, Long> texts, Map<EmailMessage.Status, Long> emails,
            long emailsNotYetQueued) {
    }

    private record Counted(Counts counts, long atNanos) {
    }

    private final ConcurrentMap<Long, Counted> latest = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public BulkProgressCounts() {
        this(System::nanoTime);
    }

    BulkProgressCounts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The counts of this bulk send: as last counted if that was less than {@link #FRESH_FOR} ago, else anew. */
    public Counts of(long bulkId, Supplier<Counts> count) {
        long now = nanoTime.getAsLong();
        Counted last = latest.get(bulkId);
        if (last != null && now - last.atNanos() < FRESH_FOR.toNanos()) {
            return last.counts();
        }
        // Stamped with the time before counting: the counts are at least that recent.
        Counts counts = count.get();
        latest.put(bulkId, new Counted(counts, now));
        if (latest.size() > KEEP) {
            latest.values().removeIf(old -> now - old.atNanos() >= FRESH_FOR.toNanos());
        }
        return counts;
    }
}
