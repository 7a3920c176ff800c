package org.campussms.pool.application;

/**
 * A staff user as a pool admin finds them to add to a pool.
 */
public record StaffEntry(long staffUserId, String name, String email) {
}
