package org.campussms.platform;

import java.time.Instant;

/**
 * Time to look for work a crash or an outage left unfinished (fired by {@link Reconciliation}). Each context
 * observes it and takes up its own stale work, claimed by row locks so that servers sharing the database never take
 * the same piece twice.
 *
 * @param staleBefore work untouched since before this instant is stale
 */
public record ReconciliationDue(Instant now, Instant staleBefore) {
}
