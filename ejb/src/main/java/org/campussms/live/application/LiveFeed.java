package org.campussms.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.consent.application.ConsentRecorded;
import org.campussms.conversation.application.InboundReceived;
import org.campussms.conversation.application.InboundView;
import org.campussms.conversation.application.ReadStateChanged;
import org.campussms.live.application.LiveEvent.Audience;
import org.campussms.live.application.LiveEvent.Kind;
import org.campussms.pool.application.MembershipChanged;

/**
 * The live feed of signed-in staff: each committed change goes to the listeners who may see it, and to nobody
 * else. A listener's pools are fixed when it starts; when the user's access to a pool changes, their listeners are
 * ended, so they start again (with a fresh ticket) under the new access.
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

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    @Inject
    private TextStatusWatch textStatuses;

    /** Starts delivering to the listener; the returned handle stops it. */
    public Runnable listen(Listener listener) {
        listeners.add(listener);
        textStatuses.start();
        return () -> listeners.remove(listener);
    }

    boolean anyoneListening() {
        return !listeners.isEmpty();
    }

    void publish(LiveEvent event) {
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
        publish(new LiveEvent(Kind.REPLY, new Audience(false, reply.poolId(), received.audience()),
                reply.receivedAt(), reply.conversationId(), reply, null, null, null, null));
    }

    void readStateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadStateChanged change) {
        publish(new LiveEvent(change.unreadCount() == 0 ? Kind.READ : Kind.UNREAD,
                Audience.of(change.poolId(), change.ownerStaffUserId()), change.at(), change.conversationId(),
                null, null, change.unreadCount(), change.byStaffUserId(), null));
    }

    void consentRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsentRecorded recorded) {
        ConsentEventView event = recorded.event();
        Audience audience = switch (event.scope().kind()) {
            case ALL -> new Audience(true, null, Set.of());
            case POOL -> Audience.of(event.scope().poolId(), null);
            case PERSONAL_NUMBER -> Audience.of(null, recorded.personalNumberOwner());
        };
        publish(new LiveEvent(Kind.CONSENT, audience, event.occurredAt(), null, null, null, null, null, event));
    }

    void membershipChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged change) {
        for (Listener listener : listeners) {
            if (listener.staffUserId() == change.staffUserId()) {
                listeners.remove(listener);
                listener.end().accept("Your access to pool " + change.poolId() + " changed; subscribe again");
            }
        }
    }
}
