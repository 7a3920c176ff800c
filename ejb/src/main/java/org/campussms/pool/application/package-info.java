/**
 * Pool services; every pool read or change is checked against the caller's membership here.
 */
package org.campussms.pool.application;
