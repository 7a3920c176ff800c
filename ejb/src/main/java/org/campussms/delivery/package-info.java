/**
 * Getting queued texts to the carrier, or to the person's email instead: per-number rate limits, a claimed,
 * idempotent hand-off through the Twilio SDK, the carrier's status reports, email fallback, and buying personal
 * numbers.
 */
package org.campussms.delivery;
