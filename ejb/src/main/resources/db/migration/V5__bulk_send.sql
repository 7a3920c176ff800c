-- A bulk send: one text to many people, each getting an individual message (and conversation).
CREATE TABLE bulk_send (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    pool_id               BIGINT        NOT NULL,
    created_by            BIGINT        NOT NULL,
    body                  VARCHAR(1600) NOT NULL,
    audience              VARCHAR(500)  NOT NULL,
    status                VARCHAR(10)   NOT NULL,
    planned_sms           INT           NOT NULL,
    planned_email         INT           NOT NULL,
    planned_skipped       INT           NOT NULL,
    planned_segments      INT           NOT NULL,
    estimated_seconds     INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    started_at            DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_bulk_send_pool FOREIGN KEY (pool_id) REFERENCES pool (id),
    CONSTRAINT fk_bulk_send_creator FOREIGN KEY (created_by) REFERENCES staff_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The plan, one row per person: by SMS (to which number), by email, or skipped and why.
CREATE TABLE bulk_recipient (
    bulk_send_id BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    channel      VARCHAR(8)   NOT NULL,
    to_e164      VARCHAR(16)  NULL,
    record_type  VARCHAR(10)  NULL,
    reason       VARCHAR(120) NULL,
    queued       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (bulk_send_id, person_id),
    CONSTRAINT fk_bulk_recipient_send FOREIGN KEY (bulk_send_id) REFERENCES bulk_send (id),
    CONSTRAINT fk_bulk_recipient_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_bulk_recipient_pending (bulk_send_id, channel, queued)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE outbound_message
    ADD COLUMN bulk_send_id BIGINT NULL,
    ADD INDEX ix_outbound_bulk_status (bulk_send_id, status);
