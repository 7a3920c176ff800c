/**
 * Sending (a text becomes a stored message and a queue entry in one transaction: {@code Outbox},
 * {@code MessagingService}), and reading (the inbox, a conversation, where a reply was filed: {@code InboxService}).
 * What changes is fired as events ({@code InboundReceived}, {@code ReadStateChanged}) for the live feed.
 */
package org.campussms.conversation.application;
