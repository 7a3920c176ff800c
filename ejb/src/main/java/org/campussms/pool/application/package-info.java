/**
 * Pool services, every pool read or change checked against the caller's membership, and ordering staff users'
 * personal numbers.
 */
package org.campussms.pool.application;
