/**
 * The stores of conversations, outbound messages and inbound messages (behind the ports {@code Conversations},
 * {@code OutboundTexts} and {@code InboundMessages}), the footer ledger and the inbox query.
 */
package org.campussms.conversation.infrastructure;
