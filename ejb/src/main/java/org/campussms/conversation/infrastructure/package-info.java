/**
 * The stores of conversations, outbound messages and inbound messages, the footer ledger, the inbox query, and the
 * outbound SMS queue's codec.
 */
package org.campussms.conversation.infrastructure;
