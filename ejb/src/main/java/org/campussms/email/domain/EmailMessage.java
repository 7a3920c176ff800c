package org.campussms.email.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An email sent instead of a text: to whom, what, why, and whether the mail server has taken it.
 */
@Entity
@Table(name = "email_message")
@NamedQuery(name = EmailMessage.FIND_BY_CONVERSATION, query = "select e from EmailMessage e "
        + "where e.conversationId in :conversationIds order by e.createdAt, e.id")
@NamedQuery(name = EmailMessage.FIND_BY_OUTBOUND, query = "select e from EmailMessage e "
        + "where e.outboundMessageId = :outboundMessageId")
public class EmailMessage {

    public static final String FIND_BY_CONVERSATION = "EmailMessage.findByConversation";
    public static final String FIND_BY_OUTBOUND = "EmailMessage.findByOutbound";

    public enum Status { QUEUED, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outbound_message_id", updatable = false)
    private Long outboundMessageId;

    @Column(name = "conversation_id", updatable = false)
    private Long conversationId;

    @Column(name = "bulk_send_id", updatable = false)
    private Long bulkSendId;

    @Column(name = "pool_id", updatable = false)
    private Long poolId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "to_address", nullable = false, updatable = false, length = 320)
    private String to;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false, length = 1600)
    private String body;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EmailMessage() {
    }

    /** A queued email; {@code outboundMessageId} and {@code conversationId} are null for a bulk recipient planned
     * for email, who has no text. */
    public EmailMessage(Long outboundMessageId, Long conversationId, Long bulkSendId, Long poolId, long personId,
            String to, String subject, String body, String reason, Instant now) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("no email address");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty body");
        }
        this.outboundMessageId = outboundMessageId;
        this.conversationId = conversationId;
        this.bulkSendId = bulkSendId;
        this.poolId = poolId;
        this.personId = personId;
        this.to = to.strip();
        this.subject = truncate(Objects.requireNonNull(subject));
        this.body = body;
        this.reason = truncate(Objects.requireNonNull(reason));
        this.status = Status.QUEUED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether the mail server still has to take it: false once sent (a redelivered queue entry sends nothing). */
    public boolean isDue() {
        return status != Status.SENT;
    }

    public void sent(Instant now) {
        status = Status.SENT;
        errorMessage = null;
        sentAt = now;
        updatedAt = now;
    }

    /** The queue gave up: the mail server kept refusing it. */
    public void failed(String message, Instant now) {
        if (status != Status.SENT) {
            status = Status.FAILED;
            errorMessage = truncate(message);
            updatedAt = now;
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 255);
    }

    public Long getId() {
        return id;
    }

    public Long getOutboundMessageId() {
        return outboundMessageId;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Long getBulkSendId() {
        return bulkSendId;
    }

    public Long getPoolId() {
        return poolId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
