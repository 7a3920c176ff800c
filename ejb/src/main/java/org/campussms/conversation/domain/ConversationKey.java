package org.campussms.conversation.domain;

import java.util.Objects;
import org.campussms.platform.PhoneNumber;

/**
 * What makes a conversation one: our sender number and the contact's phone (the table's unique key).
 */
public record ConversationKey(long senderNumberId, PhoneNumber contact) {

    public ConversationKey {
        Objects.requireNonNull(contact, "contact");
    }

    /** The key of an existing conversation. */
    public static ConversationKey of(Conversation conversation) {
        return new ConversationKey(conversation.getSenderNumberId(), conversation.getContact());
    }
}
