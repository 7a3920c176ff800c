package org.campussms.consent.domain;

/**
 * What a consent event does: stop texts, or allow them again.
 */
public enum ConsentChoice {
    OPT_OUT,
    OPT_IN
}
