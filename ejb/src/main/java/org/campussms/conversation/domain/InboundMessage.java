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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "inbound_message")
@NamedQuery(name = InboundMessage.FIND_BY_CONVERSATION, query = "select m from InboundMessage m "
        + "where m.conversationId = :conversationId order by m.receivedAt, m.id")
public class InboundMessage {

    public static final String FIND_BY_CONVERSATION = "InboundMessage.findByConversation";
    /** Twilio's documented maximum body length. */
    public static final int MAX_BODY_LENGTH = 1600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_sid", nullable = false, updatable = false, length = 64)
    private String messageSid;

    @Column(name = "from_number", nullable = false, updatable = false, length = 32)
    private String fromNumber;

    @Column(name = "to_number", nullable = false, updatable = false, length = 32)
    private String toNumber;

    @Column(nullable = false, updatable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Column(name = "num_segments", nullable = false, updatable = false)
    private int numSegments;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "sender_number_id")
    private Long senderNumberId;

    @Column(name = "pool_id")
    private Long poolId;

    @Column(name = "owner_staff_user_id")
    private Long ownerStaffUserId;

    /** The person the From number belongs to, when exactly one person has it. */
    @Column(name = "person_id")
    private Long personId;

    /**
     * Everyone who has the From number on file, comma-separated, when several do (a parent of two students; a
     * school office's number on file for hundreds): MEDIUMTEXT since V13.
     */
    @Column(name = "candidate_person_ids", length = 16_777_215)
    private String candidatePersonIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_match", length = 8)
    private ContactMatch contactMatch;

    @Column(name = "routing_reason", length = 1000)
    private String routingReason;

    @Column(name = "consent_action", length = 10)
    private String consentAction;

    /** How the From number matched the directory. */
    public enum ContactMatch { ONE, SEVERAL, UNKNOWN }

    protected InboundMessage() {
    }

    /** A message as the carrier reported it, not routed yet. */
    public InboundMessage(String messageSid, String fromNumber, String toNumber, String body, int numSegments,
            Instant receivedAt) {
        this.messageSid = messageSid;
        this.fromNumber = fromNumber;
        this.toNumber = toNumber;
        this.body = body;
        this.numSegments = numSegments;
        this.receivedAt = receivedAt;
    }

    /** Files the message in its conversation, with who it is from and why it went there. */
    public void route(Long conversationId, Long senderNumberId, Long poolId, Long ownerStaffUserId,
            List<Long> people, String reason) {
        this.conversationId = conversationId;
        this.senderNumberId = senderNumberId;
        this.poolId = poolId;
        this.ownerStaffUserId = ownerStaffUserId;
        this.contactMatch = people.isEmpty() ? ContactMatch.UNKNOWN
                : people.size() == 1 ? ContactMatch.ONE : ContactMatch.SEVERAL;
        this.personId = people.size() == 1 ? people.get(0) : null;
        this.candidatePersonIds = people.size() > 1 ? String.join(",", people.stream().map(String::valueOf)
                .toList()) : null;
        this.routingReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public void consentApplied(String action) {
        this.consentAction = action;
    }

    /**
     * The key the database gave this message's row: the webhook's batches are written by the repository in one
     * statement of its own (see InboundMessageRepository#addAllIfNew), not persisted one by one.
     */
    public void stored(long id) {
        if (this.id != null) {
            throw new IllegalStateException("Inbound message " + this.id + " is stored already");
        }
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public String getMessageSid() {
        return messageSid;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public String getToNumber() {
        return toNumber;
    }

    public String getBody() {
        return body;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public int getNumSegments() {
        return numSegments;
    }

    public Long getConversationId() {
        return conversationId;
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

    public Long getPersonId() {
        return personId;
    }

    /** The people who have the From number on file: the one, the several candidates, or none. */
    public List<Long> getCandidatePersonIds() {
        if (personId != null) {
            return List.of(personId);
        }
        return candidatePersonIds == null ? List.of()
                : Arrays.stream(candidatePersonIds.split(",")).map(Long::valueOf).toList();
    }

    public ContactMatch getContactMatch() {
        return contactMatch;
    }

    public String getRoutingReason() {
        return routingReason;
    }

    public String getConsentAction() {
        return consentAction;
    }
}
