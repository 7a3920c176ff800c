/**
 * Liveness, readiness and metrics over HTTP, for the load balancer and Prometheus: no token needed.
 */
package org.campussms.api.operations;
