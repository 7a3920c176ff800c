/**
 * Consent: who has opted out of texts from which sender, kept as events forever, and the one check every send
 * path asks before a message reaches the carrier.
 */
package org.campussms.consent;
