package org.campussms.consent.domain;

/**
 * What an inbound message asks of us, consent-wise.
 */
public enum ConsentIntent {
    /** Stop texts from the sender it was sent to (that pool, or that personal number). */
    STOP_SENDER,
    /** Stop all texts from the institution. */
    STOP_ALL,
    /** Resume all texts to this number. */
    START,
    /** Send the help reply. */
    HELP
}
