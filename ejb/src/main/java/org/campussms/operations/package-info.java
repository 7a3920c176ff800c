/**
 * Running the system: whether it is alive and ready, and the figures an operator watches (Prometheus metrics).
 * Reads the other contexts' state; nothing depends on it.
 */
package org.campussms.operations;
