package org.campussms.conversation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.campussms.platform.DomainException;

/**
 * A note staff write inside a conversation for each other: shown beside its texts to those who see it, never sent to
 * the contact. It may mention staff users (the caller checks they see the conversation), each emailed once.
 */
@Entity
@Table(name = "conversation_note")
public class ConversationNote {

    public static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @Column(name = "author_staff_user_id", nullable = false, updatable = false)
    private Long authorStaffUserId;

    @Column(nullable = false, updatable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "note_mention", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "staff_user_id")
    private Set<Long> mentionedStaffUserIds = new LinkedHashSet<>();

    protected ConversationNote() {
    }

    public ConversationNote(long conversationId, long authorStaffUserId, String body, Set<Long> mentioned,
            Instant now) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_BODY) {
            throw DomainException.invalid("A note has 1 to " + MAX_BODY + " characters");
        }
        this.conversationId = conversationId;
        this.authorStaffUserId = authorStaffUserId;
        this.body = text;
        this.createdAt = now;
        this.mentionedStaffUserIds = new LinkedHashSet<>(mentioned);
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Long getAuthorStaffUserId() {
        return authorStaffUserId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMentionedStaffUserIds() {
        return Set.copyOf(mentionedStaffUserIds);
    }
}
