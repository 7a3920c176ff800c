/**
 * Getting queued messages to the carrier: per-number rate limits, retries, idempotent hand-off through the Twilio
 * SDK, and the carrier's status reports.
 */
package org.campussms.delivery;
