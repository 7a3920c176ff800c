-- Tickets that let a plain link download one CSV export as the user who asked for it: in the database, so that a
-- ticket issued by one server is redeemed on whichever server the link reaches, once.
CREATE TABLE download_ticket (
    token_hash          BINARY(32)  NOT NULL PRIMARY KEY,
    staff_user_id       BIGINT      NOT NULL,
    institution_admin   BOOLEAN     NOT NULL,
    expires_at          DATETIME(6) NOT NULL,
    INDEX ix_download_ticket_expires (expires_at)
);
