package org.campussms.conversation.domain;

import java.time.Instant;
import org.campussms.platform.PhoneNumber;

/**
 * What newly stored messages from the contact do to their conversation, gathered here and applied by the database to
 * whatever the row holds ({@code ConversationStore#applyIncomingActivity}), so the row is never read for it: the newest of
 * them becomes the conversation's activity unless the row shows a newer one (or none yet); each is unread until
 * someone reads the conversation; the last of them from a known person names the person.
 */
public final class IncomingActivity {

    private final Long conversationId;
    private final long senderNumberId;
    private final PhoneNumber contact;
    private Long personId;
    private Instant latestAt;
    private String latestPreview;
    private int count;

    public IncomingActivity(long conversationId, long senderNumberId, PhoneNumber contact) {
        this((Long) conversationId, senderNumberId, contact);
    }

    /**
     * For a conversation that may not exist yet: the database creates it with this activity or applies it.
     *
     * @param knownConversationId its id if an earlier batch learnt it (the database then finds the row by its primary
     *                            key), else null
     */
    public static IncomingActivity arriving(Long knownConversationId, long senderNumberId, PhoneNumber contact) {
        return new IncomingActivity(knownConversationId, senderNumberId, contact);
    }

    private IncomingActivity(Long conversationId, long senderNumberId, PhoneNumber contact) {
        this.conversationId = conversationId;
        this.senderNumberId = senderNumberId;
        this.contact = contact;
    }

    /** One more message, in the order they arrived (a later one at the same instant is the newer). */
    public void add(String text, Long person, Instant at) {
        if (person != null) {
            personId = person;
        }
        if (latestAt == null || !at.isBefore(latestAt)) {
            latestAt = at;
            latestPreview = Conversation.preview(text);
        }
        count++;
    }

    public long conversationId() {
        if (conversationId == null) {
            throw new IllegalStateException("The conversation with " + contact.e164() + " is not known yet");
        }
        return conversationId;
    }

    /** The conversation's id if it is known, else null. */
    public Long knownConversationId() {
        return conversationId;
    }

    public long senderNumberId() {
        return senderNumberId;
    }

    public PhoneNumber contact() {
        return contact;
    }

    /** The person the last message with a known sender came from; null when none of them had one. */
    public Long personId() {
        return personId;
    }

    public Instant latestAt() {
        return latestAt;
    }

    public String latestPreview() {
        return latestPreview;
    }

    /** How many messages: each is unread. */
    public int count() {
        return count;
    }
}
