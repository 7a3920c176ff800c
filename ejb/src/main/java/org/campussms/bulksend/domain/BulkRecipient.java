package org.campussms.bulksend.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.campussms.platform.PhoneNumber;

/**
 * One person of a bulk send's plan: texted (at which number), emailed, or skipped and why.
 */
@Entity
@Table(name = "bulk_recipient")
@IdClass(BulkRecipient.Key.class)
public class BulkRecipient {

    public enum Channel { SMS, EMAIL, SKIPPED }

    @Id
    @Column(name = "bulk_send_id")
    private Long bulkSendId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Channel channel;

    @Column(name = "to_e164", length = 16)
    private PhoneNumber to;

    @Column(name = "record_type", length = 10)
    private String recordType;

    @Column(length = 120)
    private String reason;

    @Column(nullable = false)
    private boolean queued;

    protected BulkRecipient() {
    }

    public BulkRecipient(long bulkSendId, long personId, Channel channel, PhoneNumber to, String recordType,
            String reason) {
        this.bulkSendId = bulkSendId;
        this.personId = personId;
        this.channel = channel;
        this.to = to;
        this.recordType = recordType;
        this.reason = reason;
    }

    public Long getPersonId() {
        return personId;
    }

    public Channel getChannel() {
        return channel;
    }

    public PhoneNumber getTo() {
        return to;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getReason() {
        return reason;
    }

    public record Key(Long bulkSendId, Long personId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
