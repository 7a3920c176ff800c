package org.campussms.conversation.application;

import java.time.Instant;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.directory.application.ContactView;

/**
 * A conversation as the inbox shows it, ready to display: who the contact is (or how many people have the number),
 * the pool's name, and the last message with its status.
 *
 * @param contact    the person the conversation is with; null when unknown
 * @param candidates when {@code contact} is null, how many people have the contact's number on file
 * @param lastStatus the status of the newest text, when the conversation has one
 * @param assignee   who has the conversation; null: nobody (a personal number's is its owner's)
 */
public record InboxRow(long id, Long poolId, String poolName, boolean personal, String contactNumber,
        ContactView contact, int candidates, Instant lastActivityAt, String lastPreview, String lastDirection,
        MessageStatus lastStatus, int unreadCount, StaffName assignee) {
}
