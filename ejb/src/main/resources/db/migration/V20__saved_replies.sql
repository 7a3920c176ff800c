-- Saved replies: a pool's, which its admins manage and its members use, or one staff user's own.
CREATE TABLE saved_reply (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    pool_id             BIGINT        NULL,
    owner_staff_user_id BIGINT        NULL,
    title               VARCHAR(100)  NOT NULL,
    body                VARCHAR(1600) NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_saved_reply_pool FOREIGN KEY (pool_id) REFERENCES pool (id),
    CONSTRAINT fk_saved_reply_owner FOREIGN KEY (owner_staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT ck_saved_reply_one_home CHECK ((pool_id IS NULL) <> (owner_staff_user_id IS NULL)),
    INDEX ix_saved_reply_pool (pool_id, title),
    INDEX ix_saved_reply_owner (owner_staff_user_id, title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
