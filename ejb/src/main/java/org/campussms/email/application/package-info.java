/**
 * Queueing an email with the caller's transaction ({@code EmailOutbox}), and sending a queued email exactly once
 * ({@code EmailDelivery}).
 */
package org.campussms.email.application;
