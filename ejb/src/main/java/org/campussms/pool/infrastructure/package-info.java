/**
 * JPA access to pools, memberships and sender numbers, and the number provisioning queue's codec.
 */
package org.campussms.pool.infrastructure;
