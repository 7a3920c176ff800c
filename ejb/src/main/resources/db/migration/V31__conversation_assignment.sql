-- Assignment: at most one pool member has a pool's conversation (personal numbers' conversations are their
-- owner's); a pool can leave its conversations unassigned when a member answers one (assign_on_answer false).
ALTER TABLE conversation
    ADD COLUMN assignee_staff_user_id BIGINT NULL,
    ADD COLUMN assigned_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_conversation_assignee FOREIGN KEY (assignee_staff_user_id) REFERENCES staff_user (id),
    ADD INDEX ix_conversation_assignee_activity (assignee_staff_user_id, last_activity_at);
ALTER TABLE pool
    ADD COLUMN assign_on_answer BOOLEAN NOT NULL DEFAULT TRUE;
