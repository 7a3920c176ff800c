package org.campussms.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.OptedIn;
import org.campussms.consent.domain.OptedOut;
import org.campussms.consent.infrastructure.DatabaseOptOutGate;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Settings;

/**
 * What every hand-off to the carrier passes right before the carrier call, after its database claim, so that once a
 * STOP is answered no text to that phone goes to the carrier: the hand-off sees any opt-out committed since its claim,
 * and the opt-out's commit waits, before it is answered, for the hand-offs to its phone already in flight.
 *
 * <p>A server on its own does both in memory ({@link RecentOptOuts}). A node of a cluster does them in the database
 * ({@link DatabaseOptOutGate}), since the hand-off may run on another node than the STOP.
 */
@ApplicationScoped
public class OptOutGate {

    /** Held by a hand-off from its check until the carrier answered; closing it lets a waiting opt-out through. */
    public interface Passage extends AutoCloseable {

        /** Whether an opt-out in effect stops texts from the hand-off's sender to its phone. */
        boolean stopped();

        @Override
        void close();
    }

    @Inject
    private RecentOptOuts recent;

    @Inject
    private DatabaseOptOutGate shared;

    @Inject
    private Settings settings;

    /** Enters the gate for a hand-off from {@code sender} to {@code to}: close the passage when the carrier answered. */
    public Passage enter(PhoneNumber to, ConsentScope sender) {
        return settings.clustered() ? shared.enter(to, sender) : recent.enter(to, sender);
    }

    /** Runs before the opt-out is answered (an inbound STOP's webhook, a form recorded by staff). */
    void optedOut(@Observes(during = TransactionPhase.AFTER_SUCCESS) OptedOut event) {
        if (settings.clustered()) {
            shared.awaitHandOffs(event.phone());
        } else {
            recent.optedOut(event);
        }
    }

    void optedIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) OptedIn event) {
        if (!settings.clustered()) {
            recent.optedIn(event);
        }
    }
}
