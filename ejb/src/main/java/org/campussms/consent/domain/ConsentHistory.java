package org.campussms.consent.domain;

import java.util.List;

/**
 * What a phone's consent events, in the order they were recorded, say about who stopped a sender. The opt-outs in
 * effect keep only the first event of each scope; this reads every event since the scope's last opt-in, so that a
 * STOP texted after a form's opt-out still counts as the person's word.
 */
public final class ConsentHistory {

    private final List<ConsentEvent> inOrder;

    /** @param inOrder every consent event of one phone, oldest first */
    public ConsentHistory(List<ConsentEvent> inOrder) {
        this.inOrder = List.copyOf(inOrder);
    }

    /**
     * Whether texts from {@code sender} are stopped by the person's own word: an opt-out the person (or their
     * carrier) gave for that sender, or for every sender, since that scope's last opt-in.
     */
    public boolean stoppedByThePerson(ConsentScope sender) {
        return stoppedSinceLastOptIn(sender) || (!sender.isAll() && stoppedSinceLastOptIn(ConsentScope.all()));
    }

    private boolean stoppedSinceLastOptIn(ConsentScope scope) {
        boolean stopped = false;
        for (ConsentEvent event : inOrder) {
            if (!event.scope().equals(scope)) {
                continue;
            }
            if (event.getAction() == ConsentChoice.OPT_IN) {
                stopped = false;
            } else if (event.getSource().isThePersonsWord()) {
                stopped = true;
            }
        }
        return stopped;
    }
}
