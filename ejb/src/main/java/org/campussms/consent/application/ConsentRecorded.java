package org.campussms.consent.application;

/**
 * A consent event was recorded (fired in its transaction).
 *
 * @param personalNumberOwner for a personal-number scope, the staff user whose number it is; null otherwise
 */
public record ConsentRecorded(ConsentEventView event, Long personalNumberOwner) {
}
