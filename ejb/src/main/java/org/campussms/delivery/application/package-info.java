/**
 * The steps of a hand-off, each its own transaction ({@code DeliveryWorker}), the dispatcher that runs them at each
 * number's rate, status callbacks in group commit, the rate limiter, email fallback, and number purchases.
 */
package org.campussms.delivery.application;
