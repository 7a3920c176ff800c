package org.campussms.delivery.domain;

import java.time.Instant;

/**
 * A message as the carrier lists it.
 *
 * @param status    the carrier's status name (queued, sent, delivered, undelivered, failed, ...)
 * @param errorCode the carrier's error code, or null
 */
public record CarrierMessage(String sid, String body, String status, Integer errorCode, Instant createdAt) {
}
