/**
 * Pools: named shared senders whose members have ROLE or ADMIN access.
 */
package org.campussms.pool;
