/**
 * Pool and membership entities and the access levels a member can hold.
 */
package org.campussms.pool.domain;
