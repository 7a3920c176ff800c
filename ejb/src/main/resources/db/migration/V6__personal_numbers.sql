-- Personal numbers: a staff user's own number, bought from the carrier on their first personal send. Until the
-- purchase completes the number is PROVISIONING and has no E.164 yet; messages wait for it.
ALTER TABLE sender_number
    MODIFY e164 VARCHAR(16) NULL,
    ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN carrier_sid VARCHAR(64) NULL,
    ADD CONSTRAINT uk_sender_number_owner UNIQUE (staff_user_id);

ALTER TABLE outbound_message
    MODIFY sender_e164 VARCHAR(16) NULL,
    ADD COLUMN sender_number_id BIGINT NULL;
