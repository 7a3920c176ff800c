/**
 * Readiness checks and the metrics report.
 */
package org.campussms.operations.application;
