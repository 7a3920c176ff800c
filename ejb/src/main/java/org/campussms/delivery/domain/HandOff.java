package org.campussms.delivery.domain;

import org.campussms.consent.domain.ConsentScope;

/**
 * One claimed message, ready to go to the carrier.
 *
 * @param consentScope    the sender whose opt-outs stop it (its pool, or the personal number)
 * @param complianceReply a reply to a keyword, which goes even to a number that has just opted out
 */
public record HandOff(long messageId, String from, String to, String text, int segments, int segmentsPerSecond,
        String statusCallbackUrl, ConsentScope consentScope, boolean complianceReply) {
}
