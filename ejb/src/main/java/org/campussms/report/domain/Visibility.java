package org.campussms.report.domain;

import java.util.Set;

/**
 * The part of the traffic and consent history a staff user may see: everything for institution admins; otherwise
 * the pools they are a member of (ROLE or ADMIN) and their own personal number. Institution-wide (ALL) consent
 * events concern every sender, so everyone sees them.
 *
 * @param all              institution admins: no limit
 * @param personalNumberId the caller's personal sender number, null when they have none
 */
public record Visibility(boolean all, Set<Long> poolIds, Long personalNumberId) {

    public Visibility {
        poolIds = Set.copyOf(poolIds);
    }

    public static Visibility everything() {
        return new Visibility(true, Set.of(), null);
    }

    public static Visibility of(Set<Long> poolIds, Long personalNumberId) {
        return new Visibility(false, poolIds, personalNumberId);
    }
}
