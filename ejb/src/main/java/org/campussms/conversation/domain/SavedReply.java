package org.campussms.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.campussms.platform.DomainException;

/**
 * A reply kept to reuse, a pool's or one staff user's own. Its body may hold variables ({@link MessageTemplate}).
 */
@Entity
@Table(name = "saved_reply")
public class SavedReply {

    public static final int MAX_TITLE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pool_id", updatable = false)
    private Long poolId;

    @Column(name = "owner_staff_user_id", updatable = false)
    private Long ownerStaffUserId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = OutboundMessage.MAX_TEXT_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SavedReply() {
    }

    private SavedReply(Long poolId, Long ownerStaffUserId, String title, String body, Instant now) {
        this.poolId = poolId;
        this.ownerStaffUserId = ownerStaffUserId;
        this.createdAt = now;
        change(title, body, now);
    }

    public static SavedReply ofPool(long poolId, String title, String body, Instant now) {
        return new SavedReply(poolId, null, title, body, now);
    }

    public static SavedReply personal(long staffUserId, String title, String body, Instant now) {
        return new SavedReply(null, staffUserId, title, body, now);
    }

    public void change(String newTitle, String newBody, Instant now) {
        if (newTitle == null || newTitle.isBlank() || newTitle.strip().length() > MAX_TITLE) {
            throw DomainException.invalid("A saved reply has a title of 1 to " + MAX_TITLE + " characters");
        }
        if (newBody == null || newBody.isBlank() || newBody.strip().length() > OutboundMessage.MAX_TEXT_LENGTH) {
            throw DomainException.invalid("A saved reply has a text of 1 to " + OutboundMessage.MAX_TEXT_LENGTH
                    + " characters");
        }
        this.title = newTitle.strip();
        this.body = newBody.strip();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getPoolId() {
        return poolId;
    }

    public Long getOwnerStaffUserId() {
        return ownerStaffUserId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
