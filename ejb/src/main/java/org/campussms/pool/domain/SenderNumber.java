package org.campussms.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A number we send from, with the rate (segments per second) the carrier allows it.
 */
@Entity
@Table(name = "sender_number")
@NamedQuery(name = SenderNumber.FIND_BY_POOL,
        query = "select n from SenderNumber n where n.pool.id = :poolId order by n.id")
@NamedQuery(name = SenderNumber.FIND_BY_NUMBER, query = "select n from SenderNumber n where n.number = :number")
public class SenderNumber {

    public static final String FIND_BY_POOL = "SenderNumber.findByPool";
    public static final String FIND_BY_NUMBER = "SenderNumber.findByNumber";
    public static final int MAX_SEGMENTS_PER_SECOND = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "e164", nullable = false, updatable = false, length = 16)
    private PhoneNumber number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SenderKind kind;

    @Column(name = "segments_per_second", nullable = false)
    private int segmentsPerSecond;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pool_id", updatable = false)
    private Pool pool;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SenderNumber() {
    }

    private SenderNumber(PhoneNumber number, SenderKind kind, Integer segmentsPerSecond, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = Objects.requireNonNull(now);
        changeRate(segmentsPerSecond == null ? kind.defaultSegmentsPerSecond() : segmentsPerSecond);
    }

    public static SenderNumber ofPool(Pool pool, PhoneNumber number, SenderKind kind, Integer segmentsPerSecond,
            Instant now) {
        SenderNumber sender = new SenderNumber(number, kind, segmentsPerSecond, now);
        sender.pool = Objects.requireNonNull(pool);
        return sender;
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
