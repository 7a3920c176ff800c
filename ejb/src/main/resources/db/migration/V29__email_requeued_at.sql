-- Emails still queued long after they were queued: their queue entry may be in a broker that is gone (a dead node's
-- journal), so the reconciler queues them again, noting when, and looks again only as long after that.
ALTER TABLE email_message
    ADD COLUMN requeued_at DATETIME(6) NULL,
    ADD INDEX ix_email_message_status_created (status, created_at);
