/**
 * The queries behind the metrics' gauges.
 */
package org.campussms.operations.infrastructure;
