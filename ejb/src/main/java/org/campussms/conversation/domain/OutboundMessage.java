package org.campussms.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.campussms.platform.PhoneNumber;

/**
 * A text we send: what the staff user wrote, what went to the carrier (with the footer), and where it is.
 */
@Entity
@Table(name = "outbound_message")
@NamedQuery(name = OutboundMessage.FIND_BY_SID, query = "select m from OutboundMessage m where m.twilioSid = :sid")
@NamedQuery(name = OutboundMessage.FIND_BY_CONVERSATION, query = "select m from OutboundMessage m "
        + "where m.conversationId = :conversationId order by m.createdAt, m.id")
public class OutboundMessage {

    public static final String FIND_BY_SID = "OutboundMessage.findBySid";
    public static final String FIND_BY_CONVERSATION = "OutboundMessage.findByConversation";
    public static final int MAX_TEXT_LENGTH = 1600;
    /** The reason of a message not sent because its recipient opted out. */
    public static final String OPTED_OUT = "Not sent: the recipient has opted out of texts from this sender";

    /** Given by the database (AUTO_INCREMENT) when the message is stored ({@link #stored}); see V15. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @Column(name = "pool_id", updatable = false)
    private Long poolId;

    /** The number it goes out from; null while that (personal) number is still being bought. */
    @Column(name = "sender_e164", length = 16)
    private PhoneNumber sender;

    @Column(name = "sender_number_id", updatable = false)
    private Long senderNumberId;

    @Column(name = "to_e164", nullable = false, updatable = false, length = 16)
    private PhoneNumber to;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "record_type", updatable = false, length = 10)
    private String recordType;

    @Column(nullable = false, updatable = false, length = MAX_TEXT_LENGTH)
    private String body;

    @Column(name = "sent_text", nullable = false, updatable = false, length = MAX_TEXT_LENGTH)
    private String sentText;

    @Column(name = "footer_appended", nullable = false, updatable = false)
    private boolean footerAppended;

    @Column(nullable = false, updatable = false)
    private int segments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 6)
    private Segments.Encoding encoding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageStatus status;

    @Column(name = "twilio_sid", length = 64)
    private String twilioSid;

    @Column(name = "error_code")
    private Integer errorCode;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(nullable = false)
    private int attempts;

    /** The staff user who wrote it; null for the system's own compliance replies. */
    @Column(name = "sent_by_staff_user_id", updatable = false)
    private Long sentByStaffUserId;

    /**
     * A reply the system sends on its own to a keyword (opt-out confirmation, HELP): the one kind of message that
     * goes to a number that has just opted out.
     */
    @Column(name = "compliance_reply", nullable = false, updatable = false)
    private boolean complianceReply;

    @Column(name = "bulk_send_id", updatable = false)
    private Long bulkSendId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When it is due again after being put back on the queue (a rate-limit slot, a backoff); null: at once. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** When the carrier first could not take it; past the outage budget it goes by email instead. */
    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OutboundMessage() {
    }

    /**
     * A queued message. {@code footer} null means none is due.
     */
    public OutboundMessage(Conversation conversation, PhoneNumber sender, Long personId, String recordType,
            String body, String footer, Long sentBy, Long bulkSendId, Instant now) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty body");
        }
        this.conversationId = conversation.getId();
        this.poolId = conversation.getPoolId();
        this.senderNumberId = conversation.getSenderNumberId();
        this.sender = sender;
        this.to = conversation.getContact();
        this.personId = personId;
        this.recordType = recordType;
        this.body = body;
        this.footerAppended = footer != null;
        this.sentText = footer == null ? body : body + "\n" + footer;
        Segments counted = Segments.of(sentText);
        this.segments = counted.count();
        this.encoding = counted.encoding();
        this.status = MessageStatus.QUEUED;
        this.sentByStaffUserId = sentBy;
        this.bulkSendId = bulkSendId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Not before {@code opening}: the sending window is closed where the recipient is (set before it is stored). */
    public void holdForSendingWindow(Instant opening) {
        if (status == MessageStatus.QUEUED && id == null) {
            dueAt = opening;
            errorMessage = "Waiting for the sending window to open at " + opening;
        }
    }

    /** The system's reply to a keyword the contact texted: no author, no footer, exempt from the consent check. */
    public static OutboundMessage complianceReply(Conversation conversation, PhoneNumber sender, Long personId,
            String text, Instant now) {
        OutboundMessage reply = new OutboundMessage(conversation, sender, personId, null, text, null, null, null,
                now);
        reply.complianceReply = true;
        return reply;
    }

    public boolean isComplianceReply() {
        return complianceReply;
    }

    /**
     * Claims a queued message for a hand-off attempt from {@code from}; false when another attempt has it or it is
     * done.
     */
    public boolean startSending(PhoneNumber from, Instant now) {
        if (status != MessageStatus.QUEUED) {
            return false;
        }
        sender = Objects.requireNonNull(from);
        status = MessageStatus.SENDING;
        dueAt = null;
        attempts++;
        // The previous attempt's error (a 429, an outage) is history once the next attempt starts.
        errorCode = null;
        errorMessage = null;
        updatedAt = now;
        return true;
    }

    /** Its sender's rate limit has no slot for it before {@code slot}: back to the queue until then. */
    public void waitForSlot(Instant slot, Instant now) {
        if (status == MessageStatus.SENDING) {
            status = MessageStatus.QUEUED;
            errorCode = null;
            errorMessage = "Waiting for the sender's rate limit";
            dueAt = slot;
            updatedAt = now;
        }
    }

    /**
     * The carrier could not take it now (429, an outage), or could not be asked because an earlier text of its batch
     * got no answer: back to the queue until {@code retryAt}.
     */
    public void carrierUnavailable(Integer code, String message, Instant retryAt, Instant now) {
        if (status == MessageStatus.SENDING) {
            status = MessageStatus.QUEUED;
            errorCode = code;
            errorMessage = truncate(message);
            dueAt = retryAt;
            failing(now);
        }
    }

    /**
     * The carrier gave no clear answer to its hand-off: it may have the text. It stays SENDING, without a sid, until
     * the carrier is asked ({@link #backToQueue} when it has nothing).
     */
    public void noAnswer(Integer code, String message, Instant now) {
        if (status == MessageStatus.SENDING && twilioSid == null) {
            errorCode = code;
            errorMessage = truncate(message);
            failing(now);
        }
    }

    /** The carrier has no trace of its unanswered hand-off: it is queued again and will be sent once. */
    public void backToQueue(Instant now) {
        if (status == MessageStatus.SENDING && twilioSid == null) {
            status = MessageStatus.QUEUED;
            dueAt = null;
            updatedAt = now;
        }
    }

    private void failing(Instant now) {
        if (failingSince == null) {
            failingSince = now;
        }
        updatedAt = now;
    }

    /** Whether the carrier has been failing it for longer than {@code budget}. */
    public boolean failingLongerThan(Duration budget, Instant now) {
        return failingSince != null && failingSince.plus(budget).isBefore(now);
    }

    /**
     * The carrier has it after all (found by the reconciler): it takes the carrier's sid, and the carrier's status
     * when that is further along (sent, delivered, undelivered ...).
     */
    public void foundAtCarrier(String sid, MessageStatus carrierStatus, Integer carrierErrorCode, Instant now) {
        if (status == MessageStatus.SENDING && twilioSid == null) {
            twilioSid = sid;
            if (status.mayBecome(carrierStatus)) {
                status = carrierStatus;
            }
            errorCode = carrierErrorCode;
            errorMessage = null;
            updatedAt = now;
        }
    }

    /** Not handed to the carrier: the recipient has opted out of texts from this sender. */
    public void optedOut(Instant now) {
        if (status == MessageStatus.QUEUED || status == MessageStatus.SENDING) {
            failed(null, OPTED_OUT, now);
        }
    }

    public void failed(Integer code, String message, Instant now) {
        this.errorCode = code;
        this.errorMessage = truncate(message);
        this.status = MessageStatus.FAILED;
        this.updatedAt = now;
    }

    /** Its message went to the person by email instead; the carrier's error code stays, {@code reason} says why. */
    public void fellBackToEmail(String reason, Instant now) {
        this.status = MessageStatus.FELL_BACK_TO_EMAIL;
        this.errorMessage = truncate(reason);
        this.updatedAt = now;
    }

    /** It reaches the person neither by text nor by email: failed, unless the carrier gave a final status. */
    public void notDeliverable(String reason, Instant now) {
        if (!status.isFinal()) {
            this.status = MessageStatus.FAILED;
        }
        this.errorMessage = truncate(reason);
        this.updatedAt = now;
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 255 ? message : message.substring(0, 255);
    }

    /** Takes the id the database gave the message's row (messages are stored in batches, not persisted). */
    public void stored(long id) {
        if (this.id != null) {
            throw new IllegalStateException("Outbound message " + this.id + " is stored already");
        }
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public Long getSentByStaffUserId() {
        return sentByStaffUserId;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Long getPoolId() {
        return poolId;
    }

    public Long getSenderNumberId() {
        return senderNumberId;
    }

    public PhoneNumber getSender() {
        return sender;
    }

    public PhoneNumber getTo() {
        return to;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getBody() {
        return body;
    }

    public String getSentText() {
        return sentText;
    }

    public boolean isFooterAppended() {
        return footerAppended;
    }

    public int getSegments() {
        return segments;
    }

    public Segments.Encoding getEncoding() {
        return encoding;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getTwilioSid() {
        return twilioSid;
    }

    public Integer getErrorCode() {
        return errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Long getBulkSendId() {
        return bulkSendId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getFailingSince() {
        return failingSince;
    }
}
