/**
 * The consent service (inbound keywords, carrier opt-outs, forms, the send-time check) and the in-memory record of
 * the latest opt-outs that the delivery consumer checks right before each carrier call.
 */
package org.campussms.consent.application;
