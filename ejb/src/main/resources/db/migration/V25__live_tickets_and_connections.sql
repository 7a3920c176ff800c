-- Tickets that open one live connection each, and the live connections open on any server: a ticket issued on one
-- server opens a connection on another, once, and a user's connections are counted across servers.
CREATE TABLE live_ticket (
    token_hash          BINARY(32)  NOT NULL PRIMARY KEY,
    staff_user_id       BIGINT      NOT NULL,
    institution_admin   BOOLEAN     NOT NULL,
    sign_in_ends        DATETIME(6) NOT NULL,
    expires_at          DATETIME(6) NOT NULL,
    INDEX ix_live_ticket_expires (expires_at)
);

CREATE TABLE live_connection (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_user_id       BIGINT      NOT NULL,
    opened_at           DATETIME(6) NOT NULL,
    -- Refreshed by the server holding the connection while it is open: a server that died leaves rows that stop
    -- counting once they are no longer refreshed.
    seen_at             DATETIME(6) NOT NULL,
    INDEX ix_live_connection_user (staff_user_id, seen_at),
    INDEX ix_live_connection_seen (seen_at)
);
