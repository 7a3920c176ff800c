/**
 * Counters the running server keeps (carrier errors, webhook answers, hand-offs per number), written out in
 * Prometheus's text format with the gauges read at scrape time.
 */
package org.campussms.platform.metrics;
