package org.campussms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.campussms.delivery.infrastructure.CarrierSilenceStore;

/**
 * When the carrier last failed to answer us (a hung send, a lookup that timed out). A carrier that was silent may
 * still be working through requests it took during the silence: a text absent from its list right after it answers
 * again may appear a moment later. So "the carrier does not have this text" is believed only once the carrier has
 * answered for {@link #SETTLE} since its last silence; until then an unanswered hand-off waits rather than risk a
 * second copy (the fault suite's F5 is this case). Kept in the database: a silence one server saw holds every
 * server's reconciler back.
 */
@ApplicationScoped
public class CarrierSilence {

    /** Twice the carrier's read timeout: past it, nothing the carrier took while silent is still in its queue. */
    static final Duration SETTLE = Duration.ofSeconds(30);

    @Inject
    private CarrierSilenceStore store;

    /** The carrier did not answer a request at {@code at}. */
    public void noAnswerAt(Instant at) {
        store.silentAt(at);
    }

    /** Whether the carrier's list, read at {@code now}, can be trusted to hold every text it has taken. */
    public boolean settledAt(Instant now) {
        return !store.lastSilence().plus(SETTLE).isAfter(now);
    }
}
