/**
 * Persistence plumbing every context shares: the EntityManager producer, schema migrations, JDBC helpers for the hot
 * paths, group commit, a connection outside JTA for batch writers, and the count of routing-data changes that caches
 * listen to.
 */
package org.campussms.platform.persistence;
