package org.campussms.live.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.conversation.application.OutboundView;
import org.campussms.live.application.LiveEvent.Audience;
import org.campussms.live.application.LiveEvent.Kind;
import org.campussms.live.infrastructure.TextStatusChanges;
import org.campussms.live.infrastructure.TextStatusChanges.StatusChange;

/**
 * Watches the texts' statuses in the database, once a second while anyone listens, and publishes each new status
 * once. Statuses change on many paths (the hand-off, the carrier's callbacks, the reconciler, email fallback) and on
 * any server sharing the database; reading where they land sees them all. A transaction that commits late writes
 * an earlier time: each read goes back {@link #LATE_COMMIT} and skips the statuses it has published already.
 * Texts of bulk sends are left to the bulk send's progress, which counts them: hundreds a second would flood a feed.
 */
@ApplicationScoped
public class TextStatusWatch {

    static final Duration EVERY = Duration.ofSeconds(1);
    static final Duration LATE_COMMIT = Duration.ofSeconds(3);
    static final int MAX_PER_READ = 1000;

    private static final Logger LOG = Logger.getLogger(TextStatusWatch.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private TextStatusChanges changes;

    @Inject
    private LiveFeed feed;

    @Inject
    private Clock clock;

    /** The status each text was last published with, while it is within the late-commit window. */
    private final Map<Long, StatusChange> published = new ConcurrentHashMap<>();
    private Instant readFrom;
    private ScheduledFuture<?> watching;

    synchronized void start() {
        if (watching == null) {
            readFrom = clock.instant();
            watching = scheduler.scheduleWithFixedDelay(this::readSafely, EVERY.toMillis(), EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (watching != null) {
            watching.cancel(false);
        }
    }

    private void readSafely() {
        try {
            if (feed.anyoneListening()) {
                read();
            } else {
                readFrom = clock.instant();
                published.clear();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the texts' new statuses failed; trying again in a second", e);
        }
    }

    private synchronized void read() {
        Instant from = readFrom.minus(LATE_COMMIT);
        List<StatusChange> found = changes.since(from, MAX_PER_READ);
        List<StatusChange> fresh = found.stream()
                .filter(c -> !c.equals(published.get(c.messageId())))
                .toList();
        if (!fresh.isEmpty()) {
            Map<Long, OutboundView> texts = changes.texts(fresh.stream().map(StatusChange::messageId).toList());
            for (StatusChange change : fresh) {
                OutboundView text = texts.get(change.messageId());
                if (text != null) {
                    published.put(change.messageId(), change);
                    feed.publish(new LiveEvent(Kind.TEXT_STATUS,
                            Audience.of(change.poolId(), change.ownerStaffUserId()), change.updatedAt(),
                            text.conversationId(), null, text, null, null, null));
                }
            }
        }
        // A full read may stop short of the present: go on from its last row rather than from now.
        readFrom = found.size() == MAX_PER_READ ? found.get(found.size() - 1).updatedAt().plus(LATE_COMMIT)
                : clock.instant();
        Instant forgetBefore = readFrom.minus(LATE_COMMIT.multipliedBy(2));
        published.values().removeIf(c -> c.updatedAt().isBefore(forgetBefore));
    }
}
