package org.campussms.pool.application;

/**
 * A pool as a list shows it.
 */
public record PoolSummary(long id, String name) {
}
