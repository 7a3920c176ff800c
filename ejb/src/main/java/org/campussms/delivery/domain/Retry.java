package org.campussms.delivery.domain;

import java.util.List;

/**
 * Texts back on the queue after the carrier could not take them, to be tried again after {@code delayMillis}.
 */
public record Retry(List<Long> messageIds, long delayMillis) {

    public Retry {
        messageIds = List.copyOf(messageIds);
    }
}
