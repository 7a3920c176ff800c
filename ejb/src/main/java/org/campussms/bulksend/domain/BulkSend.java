package org.campussms.bulksend.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.platform.DomainException;
import org.campussms.platform.Problem;

/**
 * One text to many people from a pool: planned first (who gets it how, how long it takes), then started.
 */
@Entity
@Table(name = "bulk_send")
public class BulkSend {

    public enum Status { PLANNED, RUNNING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pool_id", nullable = false, updatable = false)
    private Long poolId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(nullable = false, updatable = false, length = OutboundMessage.MAX_TEXT_LENGTH)
    private String body;

    @Column(nullable = false, updatable = false, length = 500)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "planned_sms", nullable = false)
    private int plannedSms;

    @Column(name = "planned_email", nullable = false)
    private int plannedEmail;

    @Column(name = "planned_skipped", nullable = false)
    private int plannedSkipped;

    @Column(name = "planned_segments", nullable = false)
    private int plannedSegments;

    @Column(name = "estimated_seconds", nullable = false)
    private int estimatedSeconds;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    protected BulkSend() {
    }

    public BulkSend(long poolId, long createdBy, String body, String audience, Instant now) {
        this.poolId = poolId;
        this.createdBy = createdBy;
        this.body = body;
        this.audience = audience.length() > 500 ? audience.substring(0, 500) : audience;
        this.status = Status.PLANNED;
        this.createdAt = now;
    }

    public void planned(int sms, int email, int skipped, int segments, int seconds) {
        this.plannedSms = sms;
        this.plannedEmail = email;
        this.plannedSkipped = skipped;
        this.plannedSegments = segments;
        this.estimatedSeconds = seconds;
    }

    public void start(Instant now) {
        if (status != Status.PLANNED) {
            throw new DomainException(Problem.CONFLICT, "Bulk send " + id + " has started already");
        }
        status = Status.RUNNING;
        startedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getPoolId() {
        return poolId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public String getBody() {
        return body;
    }

    public String getAudience() {
        return audience;
    }

    public Status getStatus() {
        return status;
    }

    public int getPlannedSms() {
        return plannedSms;
    }

    public int getPlannedEmail() {
        return plannedEmail;
    }

    public int getPlannedSkipped() {
        return plannedSkipped;
    }

    public int getPlannedSegments() {
        return plannedSegments;
    }

    public int getEstimatedSeconds() {
        return estimatedSeconds;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
