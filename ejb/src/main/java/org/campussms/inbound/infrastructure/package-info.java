/**
 * The inbound SMS queue's codec and its consumer, which files the SMS the webhook could not file at once.
 */
package org.campussms.inbound.infrastructure;
