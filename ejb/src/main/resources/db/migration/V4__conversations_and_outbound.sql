-- A conversation is one of our sender numbers and one contact's phone; the inbox lists them by last activity.
CREATE TABLE conversation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    sender_number_id    BIGINT       NOT NULL,
    pool_id             BIGINT       NULL,
    owner_staff_user_id BIGINT       NULL,
    contact_e164        VARCHAR(16)  NOT NULL,
    person_id           BIGINT       NULL,
    last_activity_at    DATETIME(6)  NOT NULL,
    last_preview        VARCHAR(160) NULL,
    last_direction      VARCHAR(8)   NULL,
    unread_count        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_conversation UNIQUE (sender_number_id, contact_e164),
    CONSTRAINT fk_conversation_sender FOREIGN KEY (sender_number_id) REFERENCES sender_number (id),
    CONSTRAINT fk_conversation_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_conversation_pool_activity (pool_id, last_activity_at),
    INDEX ix_conversation_owner_activity (owner_staff_user_id, last_activity_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outbound_message (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    conversation_id       BIGINT        NOT NULL,
    pool_id               BIGINT        NULL,
    sender_e164           VARCHAR(16)   NOT NULL,
    to_e164               VARCHAR(16)   NOT NULL,
    person_id             BIGINT        NULL,
    record_type           VARCHAR(10)   NULL,
    body                  VARCHAR(1600) NOT NULL,
    sent_text             VARCHAR(1600) NOT NULL,
    footer_appended       BOOLEAN       NOT NULL,
    segments              INT           NOT NULL,
    encoding              VARCHAR(6)    NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    twilio_sid            VARCHAR(64)   NULL,
    error_code            INT           NULL,
    error_message         VARCHAR(255)  NULL,
    attempts              INT           NOT NULL DEFAULT 0,
    sent_by_staff_user_id BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbound_twilio_sid UNIQUE (twilio_sid),
    CONSTRAINT fk_outbound_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_outbound_sent_by FOREIGN KEY (sent_by_staff_user_id) REFERENCES staff_user (id),
    INDEX ix_outbound_conversation (conversation_id, created_at),
    INDEX ix_outbound_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When each recipient last got a pool's compliance footer.
CREATE TABLE footer_log (
    pool_id        BIGINT      NOT NULL,
    contact_e164   VARCHAR(16) NOT NULL,
    last_footer_at DATETIME(6) NOT NULL,
    PRIMARY KEY (pool_id, contact_e164),
    CONSTRAINT fk_footer_log_pool FOREIGN KEY (pool_id) REFERENCES pool (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
