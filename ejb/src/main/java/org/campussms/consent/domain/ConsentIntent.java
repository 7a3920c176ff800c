package org.campussms.consent.domain;

/**
 * What an inbound message asks of us, consent-wise.
 */
public enum ConsentIntent {
    /** Stop texts from the sender it was sent to (that pool, or that personal number). */
    STOP_SENDER,
    /** Stop all texts from the institution. */
    STOP_ALL,
    /**
     * Resume texts to this number from the sender it was texted to, and lift an institution-wide opt-out (START,
     * UNSTOP): the person asks for texts again, not only from this sender.
     */
    START,
    /**
     * Resume texts to this number from the sender it was texted to, and nothing else (YES, the carrier's START): a
     * "Yes" answered to one office never undoes a STOP given to another or to all of them.
     */
    RESUME_SENDER,
    /** Send the help reply. */
    HELP
}
