-- Staff users are created on first sign-in; issuer + subject is who they are at the SSO.
CREATE TABLE staff_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    issuer          VARCHAR(255) NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    display_name    VARCHAR(255) NOT NULL,
    email           VARCHAR(320),
    created_at      DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_user_identity UNIQUE (issuer, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pool (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(120) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pool_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pool_member (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    pool_id       BIGINT      NOT NULL,
    staff_user_id BIGINT      NOT NULL,
    access        VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pool_member UNIQUE (pool_id, staff_user_id),
    CONSTRAINT fk_pool_member_pool FOREIGN KEY (pool_id) REFERENCES pool (id),
    CONSTRAINT fk_pool_member_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT ck_pool_member_access CHECK (access IN ('ROLE', 'ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Inbound SMS as Twilio posted them; MessageSid is unique so a retried webhook is stored once.
CREATE TABLE inbound_message (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    message_sid  VARCHAR(64)   NOT NULL,
    from_number  VARCHAR(32)   NOT NULL,
    to_number    VARCHAR(32)   NOT NULL,
    body         VARCHAR(1600) NOT NULL,
    num_segments INT           NOT NULL,
    received_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_inbound_message_sid UNIQUE (message_sid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
