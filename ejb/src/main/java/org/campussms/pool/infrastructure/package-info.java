/**
 * JPA access to pools and memberships.
 */
package org.campussms.pool.infrastructure;
