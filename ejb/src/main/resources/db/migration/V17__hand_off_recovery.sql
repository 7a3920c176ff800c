-- Recovery of hand-offs (the reconciler) and outage budgets.
-- due_at: when a text put back on the queue is due again (its rate-limit slot or its backoff); null: at once.
-- failing_since: when the carrier first could not take the text; past the outage budget it goes by email.
ALTER TABLE outbound_message
    ADD COLUMN due_at DATETIME(6) NULL,
    ADD COLUMN failing_since DATETIME(6) NULL,
    DROP INDEX ix_outbound_status,
    ADD INDEX ix_outbound_status_updated (status, updated_at);

-- When the reconciler last resumed a running bulk send that had stopped making progress (a lease: not again before
-- the stale time has passed once more).
ALTER TABLE bulk_send
    ADD COLUMN resumed_at DATETIME(6) NULL;
