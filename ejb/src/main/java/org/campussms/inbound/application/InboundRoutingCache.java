package org.campussms.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.application.PeopleLookup.PhoneOwner;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Settings;
import org.campussms.platform.persistence.RoutingDataChanges;
import org.campussms.platform.persistence.Sql;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.application.PoolLookup.ReceivingNumber;

/**
 * What the webhook's batches ({@link InboundBatchFiling}) route by, kept between batches: which pool or staff user
 * each of our numbers belongs to (with the pool's members, the live inbox's audience), and who has each sender's
 * number on file (none, too, is kept). Read from the database only for the numbers not kept yet.
 *
 * <p>Never older than the last change: everything kept is dropped when a transaction that changed people, phones,
 * pools, members or numbers has completed ({@link RoutingDataChanges}), and a batch takes its {@link View} before its
 * transaction's first statement, so what it reads and keeps is at least as new as the view. Changes made around the
 * application (in the database by hand) are not seen for up to {@link #MAX_AGE}. Another server's changes are seen
 * through the database's routing version, which a batch reads as its first statement: a number added on one server
 * routes the next reply on any other.
 *
 * <p>Why: the two lookups were two of a batch's five round trips and a sixth of the database's work for it
 * (bench/RESULTS.md).
 */
@ApplicationScoped
public class InboundRoutingCache {

    /** The longest a change made around the application goes unseen. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** More senders than this are not kept: everything is dropped and the next batches read afresh. */
    static final int MAX_SENDERS = 50_000;

    @Inject
    private RoutingDataChanges changes;

    @Inject
    private Settings settings;

    @Inject
    private PoolLookup pools;

    @Inject
    private PeopleLookup people;

    private volatile View current;

    /**
     * The routing data as of now, for one batch: take it as the first statement of the batch's transaction.
     */
    public View view(Sql sql) {
        long changeCount = changes.count();
        // A server on its own hears of every change through the count: the version is for changes on other nodes.
        long version = settings.clustered() ? changes.version(sql) : 0;
        long now = System.nanoTime();
        View view = current;
        if (view == null || view.changeCount != changeCount || view.version != version
                || now - view.createdNanos > MAX_AGE.toNanos() || view.owners.size() > MAX_SENDERS) {
            view = new View(changeCount, version, now);
            current = view;
        }
        return view;
    }

    /** Routing data kept since the last change; what a batch looks up and is not there yet is read and added. */
    public final class View {

        private final long changeCount;
        private final long version;
        private final long createdNanos;
        private final Map<PhoneNumber, Optional<ReceivingNumber>> numbers = new ConcurrentHashMap<>();
        private final Map<PhoneNumber, List<PhoneOwner>> owners = new ConcurrentHashMap<>();

        private View(long changeCount, long version, long createdNanos) {
            this.changeCount = changeCount;
            this.version = version;
            this.createdNanos = createdNanos;
        }

        /** As {@link PoolLookup#findReceivingNumbers(Sql, Collection)}: those that are ours. */
        public Map<PhoneNumber, ReceivingNumber> receivingNumbers(Sql sql, Collection<PhoneNumber> wanted) {
            Map<PhoneNumber, ReceivingNumber> found = new HashMap<>();
            List<PhoneNumber> missing = new ArrayList<>();
            for (PhoneNumber number : wanted) {
                Optional<ReceivingNumber> kept = numbers.get(number);
                if (kept == null) {
                    missing.add(number);
                } else {
                    kept.ifPresent(n -> found.put(number, n));
                }
            }
            if (!missing.isEmpty()) {
                Map<PhoneNumber, ReceivingNumber> read = pools.findReceivingNumbers(sql, missing);
                missing.forEach(number -> numbers.put(number, Optional.ofNullable(read.get(number))));
                found.putAll(read);
            }
            return found;
        }

        /** As {@link PeopleLookup#ownersOf(Sql, Collection)}: numbers nobody has are left out. */
        public Map<PhoneNumber, List<PhoneOwner>> ownersOf(Sql sql, Collection<PhoneNumber> senders) {
            Map<PhoneNumber, List<PhoneOwner>> found = new HashMap<>();
            List<PhoneNumber> missing = new ArrayList<>();
            for (PhoneNumber number : senders) {
                List<PhoneOwner> kept = owners.get(number);
                if (kept == null) {
                    missing.add(number);
                } else if (!kept.isEmpty()) {
                    found.put(number, kept);
                }
            }
            if (!missing.isEmpty()) {
                Map<PhoneNumber, List<PhoneOwner>> read = people.ownersOf(sql, missing);
                for (PhoneNumber number : missing) {
                    List<PhoneOwner> of = List.copyOf(read.getOrDefault(number, List.of()));
                    owners.put(number, of);
                    if (!of.isEmpty()) {
                        found.put(number, of);
                    }
                }
            }
            return found;
        }
    }
}
