/**
 * Persistence plumbing every context shares: the EntityManager producer, schema migrations, the one path for plain
 * SQL ({@link org.campussms.platform.persistence.Database}, {@link org.campussms.platform.persistence.Sql}, with
 * {@link org.campussms.platform.persistence.Params} and {@link org.campussms.platform.persistence.Row}), group commit,
 * a connection outside JTA for batch writers, and the count of routing-data changes that caches listen to.
 */
package org.campussms.platform.persistence;
