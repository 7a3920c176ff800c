package org.campussms.delivery.domain;

import java.util.List;

/**
 * The outcome of claiming a batch of queued messages for hand-off.
 *
 * @param ready claimed (now SENDING): hand them off, in this order
 * @param senderNotReady still QUEUED because their sender number is being bought: try them again shortly
 */
public record Claim(List<HandOff> ready, List<Long> senderNotReady) {

    public Claim {
        ready = List.copyOf(ready);
        senderNotReady = List.copyOf(senderNotReady);
    }
}
