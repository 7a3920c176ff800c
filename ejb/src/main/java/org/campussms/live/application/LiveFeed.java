package org.campussms.live.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.consent.application.ConsentRecorded;
import org.campussms.conversation.application.AssignmentChanged;
import org.campussms.conversation.application.InboundReceived;
import org.campussms.conversation.application.InboundView;
import org.campussms.conversation.application.NoteAdded;
import org.campussms.conversation.application.NoteView;
import org.campussms.conversation.application.ReadStateChanged;
import org.campussms.live.application.LiveEvent.Audience;
import org.campussms.live.application.LiveEvent.Kind;
import org.campussms.platform.Settings;
import org.campussms.pool.application.MembershipChanged;

/**
 * The live feed of signed-in staff: each committed change goes to the listeners who may see it, and to nobody
 * else. A listener's pools are fixed when it starts; when the user's access to a pool changes, their listeners are
 * ended, so they start again (with a fresh ticket) under the new access. Changes are handed to the listeners on the
 * server's executor, one after another in the order they were committed, never on the thread that committed them:
 * a webhook's writer must not wait for anyone's socket. What one server commits reaches the listeners of every other
 * through the {@link LiveChangeBroadcast}: each feed delivers its own changes, then passes them on (a server on its own
 * sends nothing: nobody else would hear it).
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());

    /**
     * A signed-in staff user listening.
     *
     * @param poolIds the pools whose traffic they see
     * @param end     told why, when the listener must stop (the user's access changed)
     */
    public record Listener(long staffUserId, boolean institutionAdmin, Set<Long> poolIds,
            Consumer<LiveEvent> deliver, Consumer<String> end) {

        public Listener {
            poolIds = Set.copyOf(poolIds);
        }
    }

    /** Changes waiting for the executor; past this many it has fallen behind, and every listener starts again. */
    static final int MAX_PENDING = 10_000;

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** This feed among the servers' feeds (one per server, new at each start). */
    private final String origin = UUID.randomUUID().toString();

    @Inject
    private TextStatusWatch textStatuses;

    @Inject
    private LiveChangeBroadcast broadcast;

    @Inject
    private Settings settings;

    @Resource
    private ManagedExecutorService executor;

    /** Starts delivering to the listener; the returned handle stops it. */
    public Runnable listen(Listener listener) {
        listeners.add(listener);
        textStatuses.start();
        return () -> listeners.remove(listener);
    }

    boolean anyoneListening() {
        return !listeners.isEmpty();
    }

    /** Delivers a change to this server's listeners (text statuses: every server reads them itself). */
    void publish(LiveEvent event) {
        later(() -> deliver(event));
    }

    /** Delivers a change committed here to this server's listeners, then passes it to the other servers, if any. */
    private void publishEverywhere(LiveEvent event) {
        later(() -> {
            deliver(event);
            if (settings.clustered()) {
                broadcast.send(new LiveChange.Event(origin, event));
            }
        });
    }

    /** A change from another server's feed; this server's own come back too, and were delivered already. */
    public void heard(LiveChange change) {
        if (change.origin().equals(origin)) {
            return;
        }
        if (change instanceof LiveChange.AccessChanged access) {
            later(() -> endListenersOf(access.staffUserId(), access.poolId()));
        } else {
            publish(((LiveChange.Event) change).event());
        }
    }

    private void deliver(LiveEvent event) {
        for (Listener listener : listeners) {
            if (event.audience().admits(listener)) {
                try {
                    listener.deliver().accept(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "A live listener failed; dropping it", e);
                    listeners.remove(listener);
                }
            }
        }
    }

    void replied(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundReceived received) {
        InboundView reply = received.message();
        publishEverywhere(new LiveEvent(Kind.REPLY, new Audience(false, reply.poolId(), received.audience()),
                reply.receivedAt(), reply.conversationId(), reply, null, null, null, null));
    }

    void readStateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadStateChanged change) {
        publishEverywhere(new LiveEvent(change.unreadCount() == 0 ? Kind.READ : Kind.UNREAD,
                Audience.of(change.poolId(), change.ownerStaffUserId()), change.at(), change.conversationId(),
                null, null, change.unreadCount(), change.byStaffUserId(), null));
    }

    void assignmentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentChanged change) {
        publishEverywhere(new LiveEvent(Kind.ASSIGNED, Audience.of(change.poolId(), null), change.at(),
                change.conversationId(), null, null, null, change.byStaffUserId(), null,
                change.assigneeStaffUserId()));
    }

    void noteAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteAdded added) {
        NoteView note = added.note();
        publishEverywhere(new LiveEvent(Kind.NOTE, Audience.of(added.poolId(), added.ownerStaffUserId()),
                note.createdAt(), note.conversationId(), null, null, null, note.authorStaffUserId(), null, null));
        for (long mentioned : added.mentionedStaffUserIds()) {
            publishEverywhere(new LiveEvent(Kind.MENTION, new Audience(false, null, Set.of(mentioned)),
                    note.createdAt(), note.conversationId(), null, null, null, note.authorStaffUserId(), null,
                    mentioned));
        }
    }

    void consentRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsentRecorded recorded) {
        ConsentEventView event = recorded.event();
        Audience audience = switch (event.scope().kind()) {
            case ALL -> new Audience(true, null, Set.of());
            case POOL -> Audience.of(event.scope().poolId(), null);
            case PERSONAL_NUMBER -> Audience.of(null, recorded.personalNumberOwner());
        };
        publishEverywhere(new LiveEvent(Kind.CONSENT, audience, event.occurredAt(), null, null, null, null, null,
                event));
    }

    void membershipChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged change) {
        later(() -> {
            endListenersOf(change.staffUserId(), change.poolId());
            if (settings.clustered()) {
                broadcast.send(new LiveChange.AccessChanged(origin, change.staffUserId(), change.poolId()));
            }
        });
    }

    private void endListenersOf(long staffUserId, long poolId) {
        for (Listener listener : listeners) {
            if (listener.staffUserId() == staffUserId) {
                end(listener, "Your access to pool " + poolId + " changed; subscribe again");
            }
        }
    }

    /** Queues the work for the executor, which runs queued work one piece at a time, in order. */
    private void later(Runnable work) {
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            pendingCount.decrementAndGet();
            LOG.warning("The live feed fell behind by " + MAX_PENDING + " changes; every listener starts again");
            listeners.forEach(listener -> end(listener, "The live feed fell behind; subscribe again"));
            return;
        }
        pending.add(work);
        drain();
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try {
                for (Runnable work = pending.poll(); work != null; work = pending.poll()) {
                    pendingCount.decrementAndGet();
                    run(work);
                }
            } finally {
                draining.set(false);
            }
            if (!pending.isEmpty()) {
                drain();
            }
        });
    }

    private static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivering a live change failed", e);
        }
    }

    private void end(Listener listener, String why) {
        if (listeners.remove(listener)) {
            try {
                listener.end().accept(why);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Ending a live listener failed", e);
            }
        }
    }
}
