package org.campussms.pool.domain;

/**
 * What a member may do in a pool.
 */
public enum PoolAccess {
    /** Send from the pool and read all of its traffic. */
    ROLE,
    /** Everything ROLE may do, plus members, numbers, footer text and reports. */
    ADMIN
}
