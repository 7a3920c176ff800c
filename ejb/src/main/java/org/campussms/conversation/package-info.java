/**
 * Conversations between a sender number and a person's phone: inbound and outbound messages in order.
 */
package org.campussms.conversation;
