package org.campussms.conversation.application;

/** A staff user as the inbox and the timeline name them: who has a conversation, who wrote or was named in a note. */
public record StaffName(long staffUserId, String name) {
}
