package org.campussms.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;

/**
 * One of our sender numbers and one contact's phone: the messages between them, in order.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    private static final int PREVIEW_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sender_number_id", nullable = false, updatable = false)
    private Long senderNumberId;

    @Column(name = "pool_id", updatable = false)
    private Long poolId;

    @Column(name = "owner_staff_user_id", updatable = false)
    private Long ownerStaffUserId;

    @Column(name = "contact_e164", nullable = false, updatable = false, length = 16)
    private PhoneNumber contact;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "last_preview", length = PREVIEW_LENGTH)
    private String lastPreview;

    @Column(name = "last_direction", length = 8)
    private String lastDirection;

    @Column(name = "unread_count", nullable = false)
    private int unreadCount;

    @Column(name = "assignee_staff_user_id")
    private Long assigneeStaffUserId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    protected Conversation() {
    }

    public void outgoing(String text, Long person, Instant at) {
        if (person != null) {
            this.personId = person;
        }
        this.lastActivityAt = at;
        this.lastPreview = preview(text);
        this.lastDirection = "OUTBOUND";
    }

    /** What the inbox shows of a message: its beginning. */
    public static String preview(String text) {
        return text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH) : text;
    }

    /** Someone wants the conversation looked at again: it counts as one unread message unless it has some. */
    public void markUnread() {
        this.unreadCount = Math.max(1, unreadCount);
    }

    public void read() {
        this.unreadCount = 0;
    }

    /**
     * Gives the conversation to a staff user (the caller checks they are a member of its pool), or to nobody (null).
     * A personal number's conversations are its owner's and are not assigned.
     *
     * @return whether the assignee changed
     */
    public boolean assign(Long staffUserId, Instant at) {
        if (getPoolId() == null) {
            throw DomainException.invalid("A personal number's conversations are its owner's; they are not assigned");
        }
        if (Objects.equals(assigneeStaffUserId, staffUserId)) {
            return false;
        }
        this.assigneeStaffUserId = staffUserId;
        this.assignedAt = staffUserId == null ? null : at;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getSenderNumberId() {
        return senderNumberId;
    }

    public Long getPoolId() {
        return poolId;
    }

    public Long getOwnerStaffUserId() {
        return ownerStaffUserId;
    }

    public PhoneNumber getContact() {
        return contact;
    }

    public Long getPersonId() {
        return personId;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getLastPreview() {
        return lastPreview;
    }

    public String getLastDirection() {
        return lastDirection;
    }

    public int getUnreadCount() {
        return unreadCount;
    }

    /** Who has the conversation: its assignee, or null (a personal number's is its owner's). */
    public Long getAssigneeStaffUserId() {
        return assigneeStaffUserId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
