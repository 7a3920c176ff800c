package org.campussms.live.application;

import java.time.Instant;

/**
 * Who a live ticket was issued to, and when the sign-in it was issued under ends.
 *
 * @param institutionAdmin whether the holder saw everything when the ticket was issued
 */
public record LiveTicket(long staffUserId, boolean institutionAdmin, Instant signInEnds) {
}
