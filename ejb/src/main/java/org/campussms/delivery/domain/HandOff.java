package org.campussms.delivery.domain;

/**
 * One claimed message, ready to go to the carrier.
 */
public record HandOff(long messageId, String from, String to, String text, int segments, int segmentsPerSecond,
        String statusCallbackUrl) {
}
