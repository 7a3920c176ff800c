-- Where each inbound message went, and why: the To number's pool or staff owner, the From number's people.
ALTER TABLE inbound_message
    ADD COLUMN conversation_id      BIGINT        NULL,
    ADD COLUMN sender_number_id     BIGINT        NULL,
    ADD COLUMN pool_id              BIGINT        NULL,
    ADD COLUMN owner_staff_user_id  BIGINT        NULL,
    ADD COLUMN person_id            BIGINT        NULL,
    ADD COLUMN candidate_person_ids VARCHAR(1000) NULL,
    ADD COLUMN contact_match        VARCHAR(8)    NULL,
    ADD COLUMN routing_reason       VARCHAR(1000) NULL,
    ADD COLUMN consent_action       VARCHAR(10)   NULL,
    ADD CONSTRAINT fk_inbound_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    ADD CONSTRAINT ck_inbound_contact_match CHECK (contact_match IN ('ONE', 'SEVERAL', 'UNKNOWN')),
    ADD INDEX ix_inbound_conversation (conversation_id, received_at);

-- Replies the system sends on its own (keyword confirmations, HELP) have no staff author and must reach a number
-- that has just opted out: they are exempt from the consent check, and only they are.
ALTER TABLE outbound_message
    MODIFY sent_by_staff_user_id BIGINT NULL,
    ADD COLUMN compliance_reply BOOLEAN NOT NULL DEFAULT FALSE;
