-- Unanswered replies: after how many working hours a pool's members are emailed about a reply nobody answered
-- (NULL: never), and when each conversation's members were last emailed about it.
ALTER TABLE pool
    ADD COLUMN unanswered_alert_hours INT NULL DEFAULT 9;
ALTER TABLE conversation
    ADD COLUMN alerted_at DATETIME(6) NULL,
    ADD INDEX ix_conversation_direction_activity (last_direction, last_activity_at);
