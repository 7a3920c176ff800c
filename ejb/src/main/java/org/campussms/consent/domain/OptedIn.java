package org.campussms.consent.domain;

import java.time.Instant;
import org.campussms.platform.PhoneNumber;

/**
 * Fired (as a CDI event) for each recorded opt-in; observers see it once its transaction committed.
 */
public record OptedIn(PhoneNumber phone, ConsentScope scope, Instant at) {
}
