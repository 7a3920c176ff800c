package org.campussms.pool.application;

/**
 * A staff user was added to a pool, removed from it, or their access to it changed (fired in the changing
 * transaction): whatever they had open live was authorized under the old access.
 */
public record MembershipChanged(long poolId, long staffUserId) {
}
