-- Internal notes: written in a conversation by staff who see it, never sent to the contact; each member of the
-- pool a note mentions is emailed once (emailed_at: the claim of that email).
CREATE TABLE conversation_note (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    conversation_id      BIGINT        NOT NULL,
    author_staff_user_id BIGINT        NOT NULL,
    body                 VARCHAR(2000) NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_note_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_note_author FOREIGN KEY (author_staff_user_id) REFERENCES staff_user (id),
    INDEX ix_note_conversation (conversation_id, created_at)
);
CREATE TABLE note_mention (
    note_id       BIGINT      NOT NULL,
    staff_user_id BIGINT      NOT NULL,
    emailed_at    DATETIME(6) NULL,
    PRIMARY KEY (note_id, staff_user_id),
    CONSTRAINT fk_mention_note FOREIGN KEY (note_id) REFERENCES conversation_note (id),
    CONSTRAINT fk_mention_staff FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    INDEX ix_mention_unsent (emailed_at)
);
