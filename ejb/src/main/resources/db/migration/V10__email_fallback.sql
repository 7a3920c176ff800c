-- Email fallback: a text that cannot reach its recipient by SMS goes to their institutional address. A row is
-- QUEUED in the transaction that decides to email (with its JMS message), and SENT once the mail server took it.
-- outbound_message_id is the text it stands in for (one email at most per text); a bulk send's recipient planned
-- for email from the start has no text, only bulk_send_id and person_id (one email per recipient).
CREATE TABLE email_message (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    outbound_message_id BIGINT        NULL,
    conversation_id     BIGINT        NULL,
    bulk_send_id        BIGINT        NULL,
    pool_id             BIGINT        NULL,
    person_id           BIGINT        NOT NULL,
    to_address          VARCHAR(320)  NOT NULL,
    subject             VARCHAR(255)  NOT NULL,
    body                VARCHAR(1600) NOT NULL,
    reason              VARCHAR(255)  NOT NULL,
    status              VARCHAR(8)    NOT NULL,
    error_message       VARCHAR(255)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    sent_at             DATETIME(6)   NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_email_outbound UNIQUE (outbound_message_id),
    CONSTRAINT uk_email_bulk_person UNIQUE (bulk_send_id, person_id),
    CONSTRAINT fk_email_outbound FOREIGN KEY (outbound_message_id) REFERENCES outbound_message (id),
    CONSTRAINT fk_email_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_email_bulk_send FOREIGN KEY (bulk_send_id) REFERENCES bulk_send (id),
    CONSTRAINT fk_email_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_email_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    INDEX ix_email_conversation (conversation_id, created_at),
    INDEX ix_email_bulk_status (bulk_send_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- FELL_BACK_TO_EMAIL (18 characters) did not fit the status column of V4.
ALTER TABLE outbound_message MODIFY status VARCHAR(20) NOT NULL;
