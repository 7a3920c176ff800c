package org.campussms.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.campussms.platform.PhoneNumber;

/**
 * A change of one phone's consent, kept forever and never changed: the current state is derived from these.
 */
@Entity
@Table(name = "consent_event")
@NamedQuery(name = ConsentEvent.FIND_BY_PHONE, query = "select e from ConsentEvent e where e.phone = :phone "
        + "order by e.id")
@NamedQuery(name = ConsentEvent.HISTORY, query = "select e from ConsentEvent e where e.personId = :personId "
        + "or e.phone in :phones order by e.occurredAt desc, e.id desc")
@NamedQuery(name = ConsentEvent.PHONES_WITH_HISTORY, query = "select distinct e.phone from ConsentEvent e "
        + "where e.phone in :phones")
public class ConsentEvent {

    public static final String FIND_BY_PHONE = "ConsentEvent.findByPhone";
    public static final String HISTORY = "ConsentEvent.history";
    public static final String PHONES_WITH_HISTORY = "ConsentEvent.phonesWithHistory";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_event_seq")
    @SequenceGenerator(name = "consent_event_seq", sequenceName = "consent_event_seq", allocationSize = 50)
    private Long id;

    /** Null for a number nobody in the directory has. */
    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "phone_e164", nullable = false, updatable = false, length = 16)
    private PhoneNumber phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, updatable = false, length = 16)
    private ConsentScope.Kind scopeKind;

    @Column(name = "pool_id", updatable = false)
    private Long poolId;

    @Column(name = "sender_number_id", updatable = false)
    private Long senderNumberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private ConsentChoice action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private ConsentSource source;

    @Column(updatable = false, length = ConsentKeywords.MAX_DETAIL_LENGTH)
    private String detail;

    @Column(name = "actor_staff_user_id", updatable = false)
    private Long actorStaffUserId;

    @Column(name = "inbound_message_id", updatable = false)
    private Long inboundMessageId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ConsentEvent() {
    }

    public ConsentEvent(Long personId, PhoneNumber phone, ConsentChange change) {
        this.personId = personId;
        this.phone = Objects.requireNonNull(phone);
        this.scopeKind = change.scope().kind();
        this.poolId = change.scope().poolId();
        this.senderNumberId = change.scope().senderNumberId();
        this.action = change.action();
        this.source = change.source();
        this.detail = change.detail();
        this.actorStaffUserId = change.actorStaffUserId();
        this.inboundMessageId = change.inboundMessageId();
        this.occurredAt = change.at();
    }

    public ConsentScope scope() {
        return new ConsentScope(scopeKind, poolId, senderNumberId);
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public PhoneNumber getPhone() {
        return phone;
    }

    public ConsentChoice getAction() {
        return action;
    }

    public ConsentSource getSource() {
        return source;
    }

    public String getDetail() {
        return detail;
    }

    public Long getActorStaffUserId() {
        return actorStaffUserId;
    }

    public Long getInboundMessageId() {
        return inboundMessageId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
