-- Reports list texts and consent events newest first, filtered by pool, sender, error code: indexes so a page or a
-- streamed export reads in index order rather than sorting the whole table.
ALTER TABLE outbound_message
    ADD INDEX ix_outbound_created (created_at, id),
    ADD INDEX ix_outbound_pool_created (pool_id, created_at),
    ADD INDEX ix_outbound_sender_created (sender_number_id, created_at),
    ADD INDEX ix_outbound_error_code (error_code);

ALTER TABLE consent_event
    ADD INDEX ix_consent_event_pool (pool_id, occurred_at);
