package org.campussms.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "inbound_message")
@NamedQuery(name = InboundMessage.FIND_BY_SID,
        query = "select m from InboundMessage m where m.messageSid = :messageSid")
public class InboundMessage {

    public static final String FIND_BY_SID = "InboundMessage.findBySid";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_sid", nullable = false, updatable = false, length = 64)
    private String messageSid;

    @Column(name = "from_number", nullable = false, updatable = false, length = 32)
    private String fromNumber;

    @Column(name = "to_number", nullable = false, updatable = false, length = 32)
    private String toNumber;

    @Column(nullable = false, updatable = false, length = InboundSms.MAX_BODY_LENGTH)
    private String body;

    @Column(name = "num_segments", nullable = false, updatable = false)
    private int numSegments;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected InboundMessage() {
    }

    public InboundMessage(InboundSms sms) {
        this.messageSid = sms.messageSid();
        this.fromNumber = sms.from();
        this.toNumber = sms.to();
        this.body = sms.body();
        this.numSegments = sms.numSegments();
        this.receivedAt = sms.receivedAt();
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
}
