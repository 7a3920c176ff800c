package org.campussms.consent.domain;

import java.time.Instant;
import org.campussms.platform.PhoneNumber;

/**
 * Fired (as a CDI event) for each recorded opt-out; observers see it once its transaction committed.
 */
public record OptedOut(PhoneNumber phone, ConsentScope scope, Instant at) {
}
