package org.campussms.live.application;

import java.time.Instant;

/**
 * An open live connection: who opened it (the holder of the ticket it was opened with) and until when their sign-in
 * lasts.
 */
public record LiveConnection(long id, long staffUserId, boolean institutionAdmin, Instant signInEnds) {
}
