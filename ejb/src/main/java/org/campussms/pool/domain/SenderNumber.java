package org.campussms.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.RoutingDataListener;

/**
 * A number we send from, with the rate (segments per second) the carrier allows it.
 */
@Entity
@EntityListeners(RoutingDataListener.class)
@Table(name = "sender_number")
@NamedQuery(name = SenderNumber.FIND_BY_POOL,
        query = "select n from SenderNumber n where n.pool.id = :poolId order by n.id")
@NamedQuery(name = SenderNumber.FIND_BY_NUMBER, query = "select n from SenderNumber n left join fetch n.pool "
        + "where n.number = :number")
@NamedQuery(name = SenderNumber.FIND_PERSONAL, query = "select n from SenderNumber n "
        + "where n.staffUserId = :staffUserId")
public class SenderNumber {

    public static final String FIND_BY_POOL = "SenderNumber.findByPool";
    public static final String FIND_BY_NUMBER = "SenderNumber.findByNumber";
    public static final String FIND_PERSONAL = "SenderNumber.findPersonal";

    /**
     * A pool's numbers are added ACTIVE; a personal number is PROVISIONING until the carrier sold it to us, FAILED
     * when it would not (the next personal text orders it again).
     */
    public enum Status { PROVISIONING, ACTIVE, FAILED }
    public static final int MAX_SEGMENTS_PER_SECOND = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null while a personal number is being bought. */
    @Column(name = "e164", length = 16)
    private PhoneNumber number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SenderKind kind;

    @Column(name = "segments_per_second", nullable = false)
    private int segmentsPerSecond;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pool_id", updatable = false)
    private Pool pool;

    @Column(name = "staff_user_id", updatable = false)
    private Long staffUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "carrier_sid", length = 64)
    private String carrierSid;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SenderNumber() {
    }

    private SenderNumber(PhoneNumber number, SenderKind kind, Integer segmentsPerSecond, Instant now) {
        this.number = number;
        this.status = number == null ? Status.PROVISIONING : Status.ACTIVE;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = Objects.requireNonNull(now);
        changeRate(segmentsPerSecond == null ? kind.defaultSegmentsPerSecond() : segmentsPerSecond);
    }

    public static SenderNumber ofPool(Pool pool, PhoneNumber number, SenderKind kind, Integer segmentsPerSecond,
            Instant now) {
        SenderNumber sender = new SenderNumber(Objects.requireNonNull(number), kind, segmentsPerSecond, now);
        sender.pool = Objects.requireNonNull(pool);
        return sender;
    }

    /** A staff user's personal number, to be bought from the carrier (long code). */
    public static SenderNumber personal(long staffUserId, Instant now) {
        SenderNumber sender = new SenderNumber(null, SenderKind.LONG_CODE, null, now);
        sender.staffUserId = staffUserId;
        return sender;
    }

    /** The carrier sold us the number. */
    public void activate(PhoneNumber bought, String sid) {
        if (status == Status.ACTIVE) {
            return;
        }
        this.number = Objects.requireNonNull(bought);
        this.carrierSid = sid;
        this.status = Status.ACTIVE;
    }

    /** The carrier would not sell a number for it. */
    public void failed() {
        if (status == Status.PROVISIONING) {
            status = Status.FAILED;
        }
    }

    /** A failed personal number is to be bought again; true when it was failed. */
    public boolean reorder() {
        if (status != Status.FAILED) {
            return false;
        }
        status = Status.PROVISIONING;
        return true;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public boolean isFailed() {
        return status == Status.FAILED;
    }

    public Long getStaffUserId() {
        return staffUserId;
    }

    public Status getStatus() {
        return status;
    }

    public final void changeRate(int segmentsPerSecond) {
        if (segmentsPerSecond < 1 || segmentsPerSecond > MAX_SEGMENTS_PER_SECOND) {
            throw DomainException.invalid("A number sends 1 to " + MAX_SEGMENTS_PER_SECOND + " segments per second");
        }
        this.segmentsPerSecond = segmentsPerSecond;
    }

    public Long getId() {
        return id;
    }

    public PhoneNumber getNumber() {
        return number;
    }

    public SenderKind getKind() {
        return kind;
    }

    public int getSegmentsPerSecond() {
        return segmentsPerSecond;
    }

    public Pool getPool() {
        return pool;
    }
}
