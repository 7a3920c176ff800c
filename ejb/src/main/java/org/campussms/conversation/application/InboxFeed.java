package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live inbound messages for signed-in staff: each committed message goes to the listeners who may see its
 * conversation (its pool's members or its personal number's owner, and institution admins), and to nobody else.
 */
@ApplicationScoped
public class InboxFeed {

    private static final Logger LOG = Logger.getLogger(InboxFeed.class.getName());

    /** A signed-in staff user listening. */
    public record Listener(long staffUserId, boolean institutionAdmin, Consumer<InboundView> deliver) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    /** Starts delivering to the listener; the returned handle stops it. */
    public Runnable listen(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundReceived event) {
        for (Listener listener : listeners) {
            if (listener.institutionAdmin() || event.audience().contains(listener.staffUserId())) {
                try {
                    listener.deliver().accept(event.message());
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "A live inbox listener failed; dropping it", e);
                    listeners.remove(listener);
                }
            }
        }
    }
}
