/**
 * Sending (a text becomes a stored message and a queue entry in one transaction: {@code Outbox},
 * {@code MessagingService}), reading (the inbox, a conversation, where a reply was filed: {@code InboxService}), and
 * the live feed of new replies ({@code InboxFeed}).
 */
package org.campussms.conversation.application;
