package org.campussms.conversation.application;

/** The staff user who has a conversation, as the inbox shows them. */
public record Assignee(long staffUserId, String name) {
}
