package org.campussms.delivery.domain;

/**
 * The outcome of claiming a queued message for hand-off.
 */
public sealed interface Claim {

    /** Claimed: hand it off. */
    record Ready(HandOff handOff) implements Claim {
    }

    /** Its sender number is still being bought: try again shortly. */
    record SenderNotReady() implements Claim {
    }

    /** Gone, or not queued any more (handed off already, failed): nothing to do. */
    record Nothing() implements Claim {
    }
}
