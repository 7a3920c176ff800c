-- Consent: every opt-out and opt-in is an event kept forever; the current state is derived from them.
-- No foreign keys to person, pool or staff user: the record of consent must outlive what it mentions, and an
-- unknown number (no person) can opt out too. Ids from a sequence so an import's opt-in events insert in batches.
CREATE SEQUENCE consent_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE consent_event (
    id                  BIGINT      NOT NULL,
    person_id           BIGINT      NULL,
    phone_e164          VARCHAR(16) NOT NULL,
    scope               VARCHAR(16) NOT NULL,
    pool_id             BIGINT      NULL,
    sender_number_id    BIGINT      NULL,
    action              VARCHAR(8)  NOT NULL,
    source              VARCHAR(24) NOT NULL,
    detail              VARCHAR(64) NULL,
    actor_staff_user_id BIGINT      NULL,
    inbound_message_id  BIGINT      NULL,
    occurred_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_consent_event_scope CHECK (
        (scope = 'ALL' AND pool_id IS NULL AND sender_number_id IS NULL)
        OR (scope = 'POOL' AND pool_id IS NOT NULL AND sender_number_id IS NULL)
        OR (scope = 'PERSONAL_NUMBER' AND pool_id IS NULL AND sender_number_id IS NOT NULL)),
    CONSTRAINT ck_consent_event_action CHECK (action IN ('OPT_OUT', 'OPT_IN')),
    CONSTRAINT ck_consent_event_source CHECK (source IN ('KEYWORD', 'CARRIER_OPT_OUT_TYPE', 'CARRIER_ERROR', 'FORM',
        'STAFF', 'IMPORT')),
    INDEX ix_consent_event_occurred (occurred_at),
    INDEX ix_consent_event_person (person_id, occurred_at),
    INDEX ix_consent_event_phone (phone_e164, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The opt-outs in effect, one row per phone and scope (scope_ref: the pool or sender number id, 0 for ALL), written
-- in the transaction of the event that changed it, so "may we text this number?" is one primary-key range read.
-- A projection only: it can be deleted and replayed from consent_event in id order.
CREATE TABLE consent_state (
    phone_e164 VARCHAR(16) NOT NULL,
    scope      VARCHAR(16) NOT NULL,
    scope_ref  BIGINT      NOT NULL,
    event_id   BIGINT      NOT NULL,
    since      DATETIME(6) NOT NULL,
    PRIMARY KEY (phone_e164, scope, scope_ref),
    CONSTRAINT fk_consent_state_event FOREIGN KEY (event_id) REFERENCES consent_event (id),
    CONSTRAINT ck_consent_state_scope CHECK (scope IN ('ALL', 'POOL', 'PERSONAL_NUMBER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
