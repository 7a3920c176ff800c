-- Footer: appended to the first message from a pool to a recipient, and again after footer_interval_days.
ALTER TABLE pool
    ADD COLUMN footer_text          VARCHAR(300) NULL,
    ADD COLUMN footer_interval_days INT          NOT NULL DEFAULT 182;

-- A number we send from: it belongs to a pool, or is a staff user's personal number.
CREATE TABLE sender_number (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    e164                VARCHAR(16) NOT NULL,
    kind                VARCHAR(12) NOT NULL,
    segments_per_second INT         NOT NULL,
    pool_id             BIGINT      NULL,
    staff_user_id       BIGINT      NULL,
    created_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sender_number_e164 UNIQUE (e164),
    CONSTRAINT fk_sender_number_pool FOREIGN KEY (pool_id) REFERENCES pool (id),
    CONSTRAINT fk_sender_number_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT ck_sender_number_owner CHECK ((pool_id IS NULL) <> (staff_user_id IS NULL)),
    CONSTRAINT ck_sender_number_rate CHECK (segments_per_second BETWEEN 1 AND 1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
