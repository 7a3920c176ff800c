/**
 * The steps of a hand-off, each its own transaction, the rate limiter, and status reports.
 */
package org.campussms.delivery.application;
